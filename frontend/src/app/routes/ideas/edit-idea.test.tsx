import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meKey } from '@/lib/auth';
import { BOB, aCitizen, anIdea, aStaffMember } from '@/testing/data';
import { problem, stubFetch, type StubResponse } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { IdeaView, MeView } from '@/types';

const IDEA_ID = '55555555-5555-4555-8555-555555555555';
const IDEA_PATH = `/api/v1/ideas/${IDEA_ID}`;
const IDEA_URL = `/ideas/${IDEA_ID}`;
const EDIT_URL = `${IDEA_URL}/edit`;
const ALICE = { id: '66666666-6666-4666-8666-666666666666', displayName: 'Alice Citizen' };

const bob = () => aCitizen({ id: BOB.id, displayName: BOB.displayName, email: 'bob@example.org' });
const alice = () => aCitizen();

/** Everything the edit page and the idea page ask for; `idea` may change between calls. */
function stubIdea(me: MeView | null, idea: IdeaView | (() => IdeaView) = anIdea()) {
  const current = () => (typeof idea === 'function' ? idea() : idea);
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', IDEA_PATH, (): StubResponse => ({ body: current(), headers: { ETag: `"${current().version}"` } }))
    .on('GET', `${IDEA_PATH}/comments`, { body: { items: [], nextCursor: null } })
    .on('GET', `${IDEA_PATH}/coauthors`, { body: { items: [] } })
    .on('GET', `${IDEA_PATH}/supports`, () => ({
      body: { supportCount: current().supportCount, supportedByMe: false },
    }))
    .on('GET', `${IDEA_PATH}/status`, { body: { items: [], nextCursor: null } });
}

const puts = (requests: Request[]) => requests.filter((r) => r.method === 'PUT');

async function replaceTitle(user: ReturnType<typeof userEvent.setup>, title: string) {
  const field = await screen.findByLabelText('Title');
  await user.clear(field);
  await user.type(field, title);
}

describe('change an idea', () => {
  it('shows its author the form filled in with the idea, without looking up similar ideas', async () => {
    const fetch = stubIdea(bob());
    renderApp(EDIT_URL);

    expect(await screen.findByRole('heading', { level: 1, name: 'Change your idea' })).toBeTruthy();
    expect(document.title).toBe('Change your idea – Coproduce');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Lights on the riverside path');
    expect((screen.getByLabelText('Your idea') as HTMLTextAreaElement).value).toBe(
      'The path is dark by 5pm in winter.\n\nSolar lights would help.',
    );
    expect((screen.getByLabelText('Place (optional)') as HTMLInputElement).value).toBe('Mill Bridge');
    expect((screen.getByLabelText('Tags (optional, separated by commas)') as HTMLInputElement).value).toBe(
      'lighting, safety',
    );
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe(IDEA_URL);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/ideas')).toBe(false);
  });

  it('saves the change to the version loaded and shows it on the idea page with a banner', async () => {
    const user = userEvent.setup();
    let idea = anIdea({ version: 4, latitude: 51.5, longitude: -0.12 });
    const fetch = stubIdea(bob(), () => idea).on('PUT', IDEA_PATH, async (request) => {
      const input = (await request.json()) as { title: string };
      idea = { ...idea, title: input.title, version: 5 };
      return { body: idea, headers: { ETag: '"5"' } };
    });
    const { router } = renderApp(EDIT_URL);

    await replaceTitle(user, 'Solar lights on the riverside path');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes are saved')).toBeTruthy();
    expect(router.state.location.pathname).toBe(IDEA_URL);
    expect(screen.getByRole('heading', { level: 1, name: 'Solar lights on the riverside path' })).toBeTruthy();

    const [put] = puts(fetch.requests);
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toEqual({
      serviceId: idea.service.id,
      title: 'Solar lights on the riverside path',
      body: 'The path is dark by 5pm in winter.\n\nSolar lights would help.',
      placeName: 'Mill Bridge',
      latitude: 51.5,
      longitude: -0.12,
      tags: ['lighting', 'safety'],
    });
  });

  it('lets an accepted co-author change it, and drops coordinates when the place changes', async () => {
    const user = userEvent.setup();
    const idea = anIdea({ coauthors: [ALICE], latitude: 51.5, longitude: -0.12 });
    const fetch = stubIdea(alice(), idea).on('PUT', IDEA_PATH, { body: idea });
    renderApp(EDIT_URL);

    const place = await screen.findByLabelText('Place (optional)');
    await user.clear(place);
    await user.type(place, 'Weir steps');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes are saved')).toBeTruthy();
    const body = (await puts(fetch.requests)[0].json()) as Record<string, unknown>;
    expect(body.placeName).toBe('Weir steps');
    expect(body).not.toHaveProperty('latitude');
    expect(body).not.toHaveProperty('longitude');
  });

  it('puts the API’s field errors in the error summary, linked to their fields', async () => {
    const user = userEvent.setup();
    stubIdea(bob()).on(
      'PUT',
      IDEA_PATH,
      problem(400, 'Bad Request', { errors: [{ field: 'edit.input.title', message: 'Title is already used' }] }),
    );
    const { router } = renderApp(EDIT_URL);

    await replaceTitle(user, 'Lights');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('link', { name: 'Title is already used' }).getAttribute('href')).toBe('#title');
    expect(router.state.location.pathname).toBe(EDIT_URL);
  });

  it('says when someone else saved first, keeps what was typed, and reloads their version', async () => {
    const user = userEvent.setup();
    let idea = anIdea({ version: 1 });
    stubIdea(bob(), () => idea).on('PUT', IDEA_PATH, () => {
      idea = { ...idea, title: 'Lights and benches on the path', version: 2 };
      return problem(412, 'Precondition Failed');
    });
    renderApp(EDIT_URL);

    await replaceTitle(user, 'My new title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'Someone changed this idea while you were editing it. Reload to see their changes, then make yours again.',
    );
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('My new title');

    await user.click(within(summary).getByRole('link', { name: 'Reload the idea' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Lights and benches on the path'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says editing has closed when review started meanwhile', async () => {
    const user = userEvent.setup();
    stubIdea(bob()).on('PUT', IDEA_PATH, problem(409, 'Conflict'));
    renderApp(EDIT_URL);

    await replaceTitle(user, 'Too late');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'You can no longer change this idea' })).toBeTruthy();
    expect(
      screen.getByText('Staff started to review this idea while you were changing it, so your changes were not saved.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go back to the idea' }).getAttribute('href')).toBe(IDEA_URL);
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('explains a 403 instead of the form', async () => {
    const user = userEvent.setup();
    stubIdea(bob()).on('PUT', IDEA_PATH, problem(403, 'Forbidden'));
    renderApp(EDIT_URL);

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot change this idea' })).toBeTruthy();
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('tells someone who is not an author that they cannot change it', async () => {
    const fetch = stubIdea(alice());
    renderApp(EDIT_URL);

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot change this idea' })).toBeTruthy();
    expect(screen.getByText('Only the person who proposed an idea and its co-authors can change it.')).toBeTruthy();
    expect(document.title).toBe('You cannot change this idea – Coproduce');
    expect(screen.queryByLabelText('Title')).toBeNull();
    expect(puts(fetch.requests)).toHaveLength(0);
  });

  it('tells the author when review has started', async () => {
    stubIdea(bob(), anIdea({ status: 'UNDER_REVIEW' }));
    renderApp(EDIT_URL);

    expect(await screen.findByRole('heading', { level: 1, name: 'You can no longer change this idea' })).toBeTruthy();
    expect(screen.getByText('Ideas can be changed only until staff start to review them.')).toBeTruthy();
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('asks people who are signed out to sign in', async () => {
    stubIdea(null);
    renderApp(EDIT_URL);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to change your idea' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('href')).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent(EDIT_URL)}`,
    );
  });
});

describe('"Change this idea" on the idea page', () => {
  const changeLink = () => screen.queryByRole('link', { name: 'Change this idea' });

  it.each([
    ['its author', bob(), anIdea()],
    ['an accepted co-author', alice(), anIdea({ coauthors: [ALICE] })],
  ])('is shown to %s while the idea waits for review', async (_who, me, idea) => {
    stubIdea(me, idea);
    renderApp(IDEA_URL);

    expect(await screen.findByRole('heading', { level: 1, name: idea.title })).toBeTruthy();
    await waitFor(() => expect(changeLink()?.getAttribute('href')).toBe(EDIT_URL));
  });

  it.each([
    ['someone signed out', null, anIdea()],
    ['another citizen', alice(), anIdea()],
    ['staff of the service', aStaffMember(), anIdea()],
    ['its author once review has started', bob(), anIdea({ status: 'UNDER_REVIEW' })],
  ])('is not shown to %s', async (_who, me, idea) => {
    stubIdea(me, idea);
    const { queryClient } = renderApp(IDEA_URL);

    expect(await screen.findByRole('heading', { level: 1, name: idea.title })).toBeTruthy();
    await waitFor(() => expect(queryClient.getQueryState(meKey)?.status).not.toBe('pending'));
    expect(changeLink()).toBeNull();
  });
});
