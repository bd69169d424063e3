import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aService } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import { anOpportunity, VOLUNTEERING_SETTINGS } from '@/testing/volunteering-data';

const SERVICE_ID = aService().id;

function stubBasics() {
  return stubFetch()
    .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/volunteering/settings', { body: VOLUNTEERING_SETTINGS })
    .on('GET', '/api/v1/services', {
      body: { items: [aService(), aService({ id: 'libraries', name: 'Libraries' })], nextCursor: null },
    });
}

const apiCalls = (fetch: ReturnType<typeof stubFetch>) =>
  fetch.requests.filter((r) => new URL(r.url).pathname === '/api/v1/opportunities').map((r) => new URL(r.url).searchParams);

describe('volunteering opportunities', () => {
  it('lists opportunities with their service, place, next shift and places, filtered by the URL', async () => {
    const fetch = stubBasics().on('GET', '/api/v1/opportunities', {
      body: {
        items: [
          anOpportunity(),
          anOpportunity({ id: 'o2', title: 'Read with children', placeName: '', placesLeft: 0, nextShiftAt: '2099-12-05T10:00:00Z' }),
          anOpportunity({ id: 'o3', title: 'Plant bulbs', nextShiftAt: null as unknown as string, placesLeft: 0 }),
        ],
        nextCursor: null,
      },
    });
    renderApp(`/opportunities?service=${SERVICE_ID}&from=2099-06-01&to=2099-06-30&place=park&hasPlaces=true`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Volunteering opportunities' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Litter pick in Riverside Park' });
    expect(link.getAttribute('href')).toBe(`/opportunities/${anOpportunity().id}`);
    const card = link.closest('li')!;
    expect(within(card).getByText('Community gardens')).toBeTruthy();
    expect(within(card).getByText('Main gate, Riverside Park')).toBeTruthy();
    expect(within(card).getByText('Saturday 6 June 2099 at 10:00')).toBeTruthy();
    expect(within(card).getByText('2 places left')).toBeTruthy();
    const full = screen.getByRole('link', { name: 'Read with children' }).closest('li')!;
    expect(within(full).getByText('Full: you can join a waiting list')).toBeTruthy();
    expect(within(screen.getByRole('link', { name: 'Plant bulbs' }).closest('li')!).getByText('No upcoming shifts')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing 3 opportunities');

    expect((screen.getByLabelText('Service') as HTMLSelectElement).value).toBe(SERVICE_ID);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2099-06-01');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2099-06-30');
    expect((screen.getByLabelText('Place') as HTMLInputElement).value).toBe('park');
    expect((screen.getByLabelText('Only show opportunities with places left') as HTMLInputElement).checked).toBe(true);

    // days are whole days in the instance's zone: 1 June starts at 23:00 UTC the day before (BST),
    // and the "to" day is included
    expect(Object.fromEntries(apiCalls(fetch).at(-1)!)).toEqual({
      limit: '20',
      service: SERVICE_ID,
      from: '2099-05-31T23:00:00Z',
      to: '2099-06-30T23:00:00Z',
      place: 'park',
      hasPlaces: 'true',
    });

    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Volunteer' }).getAttribute('aria-current')).toBe('page');
  });

  it('puts the filters in the URL', async () => {
    const user = userEvent.setup();
    stubBasics().on('GET', '/api/v1/opportunities', { body: { items: [anOpportunity()], nextCursor: null } });
    const { router } = renderApp('/opportunities');

    await screen.findByRole('link', { name: 'Litter pick in Riverside Park' });
    await screen.findByRole('option', { name: 'Libraries' });
    await user.selectOptions(screen.getByLabelText('Service'), 'Libraries');
    await user.type(screen.getByLabelText('From'), '2099-06-01');
    await user.type(screen.getByLabelText('Place'), ' Riverside ');
    await user.click(screen.getByLabelText('Only show opportunities with places left'));
    await user.click(within(screen.getByRole('search', { name: 'Find an opportunity' })).getByRole('button', { name: 'Search' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?service=libraries&from=2099-06-01&place=Riverside&hasPlaces=true'),
    );
  });

  it('refuses a "to" date before the "from" date with an error summary', async () => {
    const user = userEvent.setup();
    stubBasics().on('GET', '/api/v1/opportunities', { body: { items: [], nextCursor: null } });
    const { router } = renderApp('/opportunities?from=2099-06-10');

    expect(await screen.findByText('No opportunities match your search.')).toBeTruthy();
    await user.type(screen.getByLabelText('To'), '2099-06-01');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: "The 'To' date must be the same as or after the 'From' date" })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(router.state.location.search).toBe('?from=2099-06-10');
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    stubBasics().on('GET', '/api/v1/opportunities', { body: { items: [], nextCursor: null } });
    renderApp('/opportunities?place=nowhere');

    expect(await screen.findByText('No opportunities match your search.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Clear the filters' }).getAttribute('href')).toBe('/opportunities');
  });

  it('shows more below the first page and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    stubBasics()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/opportunities', (request) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return cursor === 'c2'
          ? { body: { items: [anOpportunity({ id: 'o2', title: 'Read with children' })], nextCursor: null } }
          : { body: { items: [anOpportunity()], nextCursor: 'c2' } };
      });
    renderApp('/opportunities');

    await screen.findByRole('link', { name: 'Litter pick in Riverside Park' });
    expect(screen.getByRole('link', { name: 'See my shifts' }).getAttribute('href')).toBe('/my-shifts');
    await user.click(screen.getByRole('button', { name: 'Show more opportunities' }));

    const next = await screen.findByRole('link', { name: 'Read with children' });
    await waitFor(() => expect(document.activeElement).toBe(next));
    expect(screen.getByRole('link', { name: 'Litter pick in Riverside Park' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more opportunities' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Showing 2 opportunities');
  });
});
