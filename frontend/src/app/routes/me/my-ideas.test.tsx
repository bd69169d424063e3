import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, anIdea, BOB } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const ME = aCitizen();
const mine = anIdea({ id: 'i1', title: 'Lights on the riverside path', author: { id: ME.id, displayName: ME.displayName } });
const withdrawn = anIdea({ id: 'i2', title: 'A dog park', status: 'WITHDRAWN', author: { id: ME.id, displayName: ME.displayName } });
const hidden = anIdea({ id: 'i3', title: 'Rude idea', hidden: true, author: { id: ME.id, displayName: ME.displayName } });
const coauthored = anIdea({ id: 'i4', title: 'Benches by the pond', author: BOB, coauthors: [{ id: ME.id, displayName: ME.displayName }] });

const card = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

describe('my ideas', () => {
  it('lists every idea I proposed or co-author, with status, hidden and co-author markers', async () => {
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: ME })
      .on('GET', '/api/v1/me/ideas', { body: { items: [mine, withdrawn, hidden, coauthored], nextCursor: null } });
    renderApp('/my-ideas');

    expect(await screen.findByRole('heading', { level: 1, name: 'My ideas' })).toBeTruthy();
    expect(await screen.findByText('Showing 4 ideas')).toBeTruthy();
    expect(within(card('Lights on the riverside path')).getByText('Waiting for review')).toBeTruthy();
    expect(within(card('Lights on the riverside path')).queryByText('Co-author')).toBeNull();
    expect(within(card('A dog park')).getByText('Withdrawn')).toBeTruthy();
    expect(within(card('Rude idea')).getByText('Hidden by a moderator')).toBeTruthy();
    expect(within(card('Lights on the riverside path')).queryByText('Hidden by a moderator')).toBeNull();
    expect(within(card('Benches by the pond')).getByText('Co-author')).toBeTruthy();
    expect(within(card('Benches by the pond')).getByText('Bob Citizen')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Benches by the pond' }).getAttribute('href')).toBe('/ideas/i4');
    expect(screen.getByRole('link', { name: 'Propose an idea' }).getAttribute('href')).toBe('/ideas/new');
    expect(screen.getByRole('link', { name: 'My ideas' }).getAttribute('aria-current')).toBe('page');

    const call = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/me/ideas')!;
    expect(new URL(call.url).searchParams.get('limit')).toBe('20');
  });

  it('shows more ideas with the next cursor', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: ME })
      .on('GET', '/api/v1/me/ideas', (request) =>
        new URL(request.url).searchParams.get('cursor') === 'c2'
          ? { body: { items: [withdrawn], nextCursor: null } }
          : { body: { items: [mine], nextCursor: 'c2' } },
      );
    renderApp('/my-ideas');

    await user.click(await screen.findByRole('button', { name: 'Show more ideas' }));

    const more = await screen.findByRole('link', { name: 'A dog park' });
    await waitFor(() => expect(document.activeElement).toBe(more));
    expect(screen.getByText('Showing 2 ideas')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more ideas' })).toBeNull();
    expect(fetch.requests.filter((r) => new URL(r.url).pathname === '/api/v1/me/ideas')).toHaveLength(2);
  });

  it('says so when I have no ideas, and links to propose one', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: ME })
      .on('GET', '/api/v1/me/ideas', { body: { items: [], nextCursor: null } });
    renderApp('/my-ideas');

    expect(await screen.findByText('You have not proposed or co-authored any ideas yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Propose an idea' })).toBeTruthy();
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/my-ideas');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see your ideas' })).toBeTruthy();
  });
});
