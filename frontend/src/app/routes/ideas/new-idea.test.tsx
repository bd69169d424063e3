import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aChallenge, aCitizen, anIdea, aService } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const SERVICE_ID = '22222222-2222-4222-8222-222222222222';

function stubPropose(signedIn = true) {
  return stubFetch()
    .on('GET', '/api/v1/me', signedIn ? { body: aCitizen() } : problem(401, 'Unauthorized'))
    .on('GET', `/api/v1/services/${SERVICE_ID}`, { body: aService() })
    .on('GET', '/api/v1/ideas', (request) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      return {
        body: {
          items: q.toLowerCase().includes('lights')
            ? [anIdea({ id: 'similar-1', title: 'Solar lights by Mill Bridge', supportCount: 12, status: 'UNDER_REVIEW' })]
            : [],
          nextCursor: null,
        },
      };
    });
}

const similarRequests = (requests: Request[]) =>
  requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === '/api/v1/ideas');

describe('propose an idea', () => {
  it('asks people who are signed out to sign in', async () => {
    stubPropose(false);
    renderApp(`/ideas/new?service=${SERVICE_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to propose an idea' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('href')).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent(`/ideas/new?service=${SERVICE_ID}`)}`,
    );
  });

  it('looks up similar ideas once the title has settled, with the title as q, in a polite live region', async () => {
    const user = userEvent.setup();
    const fetch = stubPropose();
    renderApp(`/ideas/new?service=${SERVICE_ID}`);

    const title = await screen.findByLabelText('Title');
    await user.type(title, 'Lig');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(similarRequests(fetch.requests)).toHaveLength(0);

    await user.type(title, 'hts on the riverside path');
    const heading = await screen.findByRole('heading', { name: 'Similar ideas already proposed' }, { timeout: 2000 });
    const region = heading.closest('[aria-live]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(within(region as HTMLElement).getByRole('link', { name: 'Solar lights by Mill Bridge' }).getAttribute('href')).toBe(
      '/ideas/similar-1',
    );
    expect(region.textContent).toContain('12 supporters');

    const lookups = similarRequests(fetch.requests);
    expect(lookups).toHaveLength(1);
    const params = new URL(lookups[0].url).searchParams;
    expect(params.get('q')).toBe('Lights on the riverside path');
    expect(params.get('service')).toBe(SERVICE_ID);
    expect(params.get('limit')).toBe('5');
  });

  it('shows an error summary for a missing title and idea, and checks tags', async () => {
    const user = userEvent.setup();
    const fetch = stubPropose();
    renderApp(`/ideas/new?service=${SERVICE_ID}`);

    await user.type(await screen.findByLabelText('Tags (optional, separated by commas)'), 'ok, <b>');
    await user.click(screen.getByRole('button', { name: 'Propose idea' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a title', '#title'],
      ['Enter your idea', '#body'],
      ['Tags must use only letters, numbers, spaces and hyphens', '#tags'],
    ]);
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('proposes the idea with an Idempotency-Key and shows what happens next on its page', async () => {
    const user = userEvent.setup();
    const created = anIdea({ id: 'new-idea', title: 'Benches by the pond', supportCount: 0 });
    const fetch = stubPropose()
      .on('POST', '/api/v1/ideas', { status: 201, body: created })
      .on('GET', '/api/v1/ideas/new-idea/supports', { body: { supportCount: 0, supportedByMe: false } })
      .on('GET', '/api/v1/ideas/new-idea/status', { body: { items: [], nextCursor: null } });
    const { router } = renderApp(`/ideas/new?service=${SERVICE_ID}`);

    await user.type(await screen.findByLabelText('Title'), 'Benches by the pond');
    await user.type(screen.getByLabelText('Your idea'), 'Somewhere to rest.');
    await user.type(screen.getByLabelText('Place (optional)'), 'Duck pond');
    await user.type(screen.getByLabelText('Tags (optional, separated by commas)'), 'seating, older people ,seating');
    await user.click(screen.getByRole('button', { name: 'Propose idea' }));

    expect(
      await screen.findByText('Idea proposed. Staff will review it; you will see their answer on this page.'),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/ideas/new-idea');
    expect(screen.getByRole('heading', { level: 1, name: 'Benches by the pond' })).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      serviceId: SERVICE_ID,
      title: 'Benches by the pond',
      body: 'Somewhere to rest.',
      placeName: 'Duck pond',
      tags: ['seating', 'older people'],
    });
  });

  it('explains a 409 when the challenge has closed, and sends the challenge', async () => {
    const user = userEvent.setup();
    const challenge = aChallenge();
    const fetch = stubPropose()
      .on('GET', `/api/v1/challenges/${challenge.id}`, { body: challenge })
      .on('POST', '/api/v1/ideas', problem(409, 'Conflict'));
    renderApp(`/ideas/new?service=${SERVICE_ID}&challenge=${challenge.id}`);

    expect(await screen.findByRole('link', { name: challenge.title })).toBeTruthy();
    await user.type(screen.getByLabelText('Title'), 'Benches');
    await user.type(screen.getByLabelText('Your idea'), 'Rest.');
    await user.click(screen.getByRole('button', { name: 'Propose idea' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This challenge has closed'));
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(((await post.json()) as { challengeId: string }).challengeId).toBe(challenge.id);
  });
});
