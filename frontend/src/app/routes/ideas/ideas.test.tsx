import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aChallenge, anIdea, aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const SERVICE_ID = '22222222-2222-4222-8222-222222222222';

describe('ideas list', () => {
  it('lists ideas of a service with status, supporters and a Next page link, filtered by the URL', async () => {
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', `/api/v1/services/${SERVICE_ID}`, { body: aService() })
      .on('GET', '/api/v1/ideas', {
        body: { items: [anIdea(), anIdea({ id: 'i2', title: 'Benches', status: 'NOT_TAKEN_FORWARD', supportCount: 1 })], nextCursor: 'c2' },
      });
    renderApp(`/ideas?service=${SERVICE_ID}&sort=most-supported&status=UNDER_REVIEW&q=light`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ideas for Community gardens' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Lights on the riverside path' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing 2 ideas');
    expect(screen.getByText('Not taken forward', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.getByText('1 supporter')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Propose an idea' }).getAttribute('href')).toBe(`/ideas/new?service=${SERVICE_ID}`);
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('most-supported');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('UNDER_REVIEW');

    const next = new URL(screen.getByRole('link', { name: 'Next page' }).getAttribute('href')!, 'http://localhost');
    expect(next.searchParams.get('cursor')).toBe('c2');
    expect(next.searchParams.get('service')).toBe(SERVICE_ID);
    expect(next.searchParams.get('sort')).toBe('most-supported');

    const call = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/ideas')!;
    const params = new URL(call.url).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      limit: '20',
      service: SERVICE_ID,
      q: 'light',
      status: 'UNDER_REVIEW',
      sort: 'most-supported',
    });
  });

  it('puts the search, status and order in the URL, keeping the service', async () => {
    const user = userEvent.setup();
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', `/api/v1/services/${SERVICE_ID}`, { body: aService() })
      .on('GET', '/api/v1/ideas', { body: { items: [], nextCursor: null } });
    const { router } = renderApp(`/ideas?service=${SERVICE_ID}`);

    expect(await screen.findByText('No ideas match your search.')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search ideas' }), 'bench');
    await user.selectOptions(screen.getByLabelText('Status'), 'Accepted');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Recently answered');
    await user.click(within(screen.getByRole('search', { name: 'Find ideas' })).getByRole('button', { name: 'Search' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(`?service=${SERVICE_ID}&status=ACCEPTED&sort=recently-answered&q=bench`),
    );
  });
});

describe('service page ideas and challenges', () => {
  it('shows the top 3 ideas, links to all and to propose, and open challenges', async () => {
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/services/community-gardens', { body: aService() })
      .on('GET', '/api/v1/challenges', { body: { items: [aChallenge()], nextCursor: null } })
      .on('GET', '/api/v1/ideas', { body: { items: [anIdea({ supportCount: 9 })], nextCursor: null } });
    renderApp('/services/community-gardens');

    const section = (await screen.findByRole('heading', { name: 'Ideas for this service' })).closest('section')!;
    expect(await within(section).findByRole('link', { name: 'Lights on the riverside path' })).toBeTruthy();
    expect(within(section).getByText('9 supporters')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'See all ideas for this service' }).getAttribute('href')).toBe(
      `/ideas?service=${SERVICE_ID}`,
    );
    expect(within(section).getByRole('link', { name: 'Propose an idea' }).getAttribute('href')).toBe(
      `/ideas/new?service=${SERVICE_ID}`,
    );
    const challenge = await screen.findByRole('link', { name: aChallenge().title });
    expect(challenge.getAttribute('href')).toBe(`/challenges/${aChallenge().id}`);
    expect(screen.getByText('Closes on 31 January 2027')).toBeTruthy();

    const ideasCall = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/ideas')!;
    expect(new URL(ideasCall.url).searchParams.get('sort')).toBe('most-supported');
    expect(new URL(ideasCall.url).searchParams.get('limit')).toBe('3');
    const challengesCall = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/challenges')!;
    expect(new URL(challengesCall.url).searchParams.get('state')).toBe('OPEN');
  });
});

describe('challenge page', () => {
  it('shows the brief, dates, budget, a Propose an idea button and its ideas, most supported first', async () => {
    const challenge = aChallenge();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', `/api/v1/challenges/${challenge.id}`, { body: challenge })
      .on('GET', '/api/v1/ideas', { body: { items: [anIdea()], nextCursor: null } });
    renderApp(`/challenges/${challenge.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: challenge.title })).toBeTruthy();
    expect(screen.getByText('Open for ideas')).toBeTruthy();
    expect(screen.getByText('1 December 2026')).toBeTruthy();
    expect(screen.getByText('Up to £20,000')).toBeTruthy();
    expect(screen.getByText('What would help?').tagName).toBe('P');
    expect(screen.getByRole('button', { name: 'Propose an idea' }).getAttribute('href')).toBe(
      `/ideas/new?service=${SERVICE_ID}&challenge=${challenge.id}`,
    );
    expect(await screen.findByRole('link', { name: 'Lights on the riverside path' })).toBeTruthy();
    const call = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/ideas')!;
    expect(new URL(call.url).searchParams.get('challenge')).toBe(challenge.id);
    expect(new URL(call.url).searchParams.get('sort')).toBe('most-supported');
  });

  it('offers no Propose button when the challenge is not taking ideas', async () => {
    const challenge = aChallenge({ state: 'CLOSED', acceptingIdeas: false });
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', `/api/v1/challenges/${challenge.id}`, { body: challenge })
      .on('GET', '/api/v1/ideas', { body: { items: [], nextCursor: null } });
    renderApp(`/challenges/${challenge.id}`);
    expect(await screen.findByText('This challenge is not taking new ideas.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Propose an idea' })).toBeNull();
  });
});

describe('review queue', () => {
  it('shows staff how long each idea has waited, with a Review ideas link in the menu', async () => {
    const created = new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/ideas/review-queue', {
        body: { items: [anIdea({ createdAt: created }), anIdea({ id: 'i2', title: 'New one', createdAt: new Date().toISOString() })], nextCursor: null },
      });
    renderApp('/review-queue');

    expect(await screen.findByRole('heading', { level: 1, name: 'Review ideas' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Review ideas' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('Waiting 3 days')).toBeTruthy();
    expect(screen.getByText('Proposed today')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lights on the riverside path' }).getAttribute('href')).toBe(
      '/ideas/55555555-5555-4555-8555-555555555555',
    );
    expect(screen.getByRole('status').textContent).toBe('2 ideas waiting');
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/ideas/review-queue')).toBe(true);
  });

  it('explains to citizens that it is for staff, without asking the API', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: { ...aStaffMember(), roles: ['citizen'], staffOf: [] } });
    renderApp('/review-queue');
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot review ideas' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Review ideas' })).toBeNull();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/ideas/review-queue')).toBe(false);
  });
});
