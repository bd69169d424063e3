import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import { aReview, anImportedReview, OTHER_SERVICE, RATING_ID } from '@/testing/ratings-staff-data';

const GARDENS = aService();
const BINS = aService({ id: OTHER_SERVICE.id, slug: OTHER_SERVICE.slug, name: OTHER_SERVICE.name });

function stubServices(fetch: ReturnType<typeof stubFetch>) {
  return fetch
    .on('GET', `/api/v1/services/${GARDENS.id}`, { body: GARDENS })
    .on('GET', `/api/v1/services/${BINS.id}`, { body: BINS });
}

const card = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('li')!;

describe('reviews waiting for a reply', () => {
  it('lists each review with its service, score, words, reviewer, date and a link to reply', async () => {
    const second = aReview({ id: '77777777-7777-4777-8777-777777777773', reviewerName: 'Carol Jones', overall: 1 });
    const fetch = stubServices(
      stubFetch()
        .on('GET', '/api/v1/me', { body: aStaffMember() })
        .on('GET', '/api/v1/ratings/awaiting-reply', { body: { items: [aReview(), anImportedReview(), second], nextCursor: null } }),
    );
    renderApp('/reviews/awaiting-reply');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews waiting for a reply' })).toBeTruthy();
    expect(await screen.findByText('3 reviews waiting for a reply')).toBeTruthy();

    const gardens = await screen.findAllByRole('link', { name: 'Community gardens' });
    expect(gardens).toHaveLength(2);
    expect(gardens[0].getAttribute('href')).toBe('/services/community-gardens');
    const first = gardens[0].closest('li')!;
    expect(within(first).getByText(/2 out of 5/)).toBeTruthy();
    expect(within(first).getByText('The gate was locked on Saturday morning.')).toBeTruthy();
    expect(within(first).getByText('Nobody answered the phone.')).toBeTruthy();
    expect(within(first).getByText('Bob Citizen')).toBeTruthy();
    expect(within(first).getByText('20 November 2026')).toBeTruthy();
    const reply = within(first).getByRole('link', { name: 'Reply to the review of Community gardens by Bob Citizen' });
    expect(reply.getAttribute('href')).toBe(`/reviews/${RATING_ID}/reply`);

    const imported = card('Missed bin collections');
    expect(within(imported).getByRole('link', { name: 'Missed bin collections' }).getAttribute('href')).toBe('/services/missed-bins');
    expect(within(imported).getByText('Collected by library-kiosk')).toBeTruthy();
    expect(
      within(imported).getByRole('link', { name: 'Reply to the review of Missed bin collections collected by library-kiosk' }),
    ).toBeTruthy();

    // each service is asked for once, however many of its reviews are listed
    await waitFor(() => {
      const services = fetch.requests.map((r) => new URL(r.url).pathname).filter((path) => path.startsWith('/api/v1/services/'));
      expect(services.sort()).toEqual([`/api/v1/services/${GARDENS.id}`, `/api/v1/services/${BINS.id}`].sort());
    });
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Reviews to answer' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows more reviews on request and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    const later = aReview({ id: '77777777-7777-4777-8777-777777777779', serviceId: BINS.id, reviewerName: 'Dev Patel' });
    const fetch = stubServices(
      stubFetch()
        .on('GET', '/api/v1/me', { body: aStaffMember() })
        .on('GET', '/api/v1/ratings/awaiting-reply', (request) =>
          new URL(request.url).searchParams.get('cursor') === 'next-1'
            ? { body: { items: [later], nextCursor: null } }
            : { body: { items: [aReview()], nextCursor: 'next-1' } },
        ),
    );
    renderApp('/reviews/awaiting-reply');

    expect(await screen.findByText('1 review waiting for a reply')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show more reviews' }));

    expect(await screen.findByText('2 reviews waiting for a reply')).toBeTruthy();
    const heading = await screen.findByRole('heading', { level: 2, name: 'Missed bin collections' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('button', { name: 'Show more reviews' })).toBeNull();
    const pages = fetch.requests.filter((r) => new URL(r.url).pathname === '/api/v1/ratings/awaiting-reply');
    expect(pages.map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([null, 'next-1']);
  });

  it('says when no reviews are waiting', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/ratings/awaiting-reply', { body: { items: [], nextCursor: null } });
    renderApp('/reviews/awaiting-reply');

    expect(await screen.findByText('No reviews are waiting for a reply')).toBeTruthy();
    expect(screen.getByText('When someone reviews one of your organisation', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Reply/ })).toBeNull();
  });

  it('tells administrators they see every organisation', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember({ roles: ['citizen', 'admin'], staffOf: [] }) })
      .on('GET', '/api/v1/ratings/awaiting-reply', { body: { items: [], nextCursor: null } });
    renderApp('/reviews/awaiting-reply');

    expect(await screen.findByText("As an administrator, you see reviews of every organisation's services.")).toBeTruthy();
  });

  it('says so when the reviews cannot be loaded', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/ratings/awaiting-reply', problem(500, 'Server error'));
    renderApp('/reviews/awaiting-reply');

    expect(await screen.findByText('Sorry, the reviews could not be loaded. Try again later.')).toBeTruthy();
  });

  it('tells citizens only staff answer reviews, without asking the API for them', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: aCitizen() });
    renderApp('/reviews/awaiting-reply');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot answer reviews' })).toBeTruthy();
    expect(screen.getByText('Only staff of an organisation that runs services can answer reviews.')).toBeTruthy();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/ratings/awaiting-reply')).toBe(false);
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).queryByRole('link', { name: 'Reviews to answer' })).toBeNull();
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/reviews/awaiting-reply');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to answer reviews' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('href')).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent('/reviews/awaiting-reply')}`,
    );
  });
});
