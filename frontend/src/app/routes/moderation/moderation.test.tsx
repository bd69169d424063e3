import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { ReportView } from '@/types';

const IDEA_ID = '55555555-5555-4555-8555-555555555555';
const COMMENT_ID = '88888888-8888-4888-8888-888888888888';
const RATING_ID = '77777777-7777-4777-8777-777777777777';

function aReport(overrides: Partial<ReportView> = {}): ReportView {
  return {
    id: 'r1',
    targetType: 'idea',
    targetId: IDEA_ID,
    ideaId: IDEA_ID,
    link: `/ideas/${IDEA_ID}`,
    excerpt: 'Lights on the riverside path: my neighbour at number 12 is a thief…',
    hidden: false,
    reason: 'It names a neighbour and makes accusations about them.',
    createdAt: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

const reports = [
  aReport(),
  aReport({
    id: 'r2',
    targetType: 'comment',
    targetId: COMMENT_ID,
    link: `/ideas/${IDEA_ID}#comment-${COMMENT_ID}`,
    excerpt: 'You are all idiots',
    reason: 'Abusive',
    createdAt: '2026-12-02T09:00:00Z',
  }),
  aReport({ id: 'r3', reason: 'Personal information', createdAt: '2026-12-03T09:00:00Z' }),
];

const item = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('li')!;

describe('moderation queue', () => {
  it('gathers the reports on each idea or comment, oldest first, with the excerpt, reasons and a link', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/moderation/queue', { body: { items: reports, nextCursor: null } });
    renderApp('/moderation');

    expect(await screen.findByRole('heading', { level: 1, name: 'Moderation' })).toBeTruthy();
    expect(await screen.findByText('2 items reported')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Reported idea', 'Reported comment']);

    const idea = item('Reported idea');
    expect(within(idea).getByText('Reported by 2 people', { exact: false })).toBeTruthy();
    expect(within(idea).getByText('first reported on 1 December 2026', { exact: false })).toBeTruthy();
    expect(within(idea).getByText('Lights on the riverside path: my neighbour at number 12 is a thief…', { exact: false })).toBeTruthy();
    expect(within(idea).getByText('It names a neighbour and makes accusations about them.', { exact: false })).toBeTruthy();
    expect(within(idea).getByText('Personal information', { exact: false })).toBeTruthy();
    expect(within(idea).getByRole('link', { name: 'Open the idea' }).getAttribute('href')).toBe(`/ideas/${IDEA_ID}`);
    expect(within(idea).getByRole('button', { name: 'Hide' })).toBeTruthy();
    expect(within(idea).getByRole('button', { name: 'Keep visible' })).toBeTruthy();

    const comment = item('Reported comment');
    expect(within(comment).getByText('Reported by 1 person', { exact: false })).toBeTruthy();
    expect(within(comment).getByText('You are all idiots', { exact: false })).toBeTruthy();
    // A comment's link goes to it, on the idea it is on.
    expect(within(comment).getByRole('link', { name: 'Open the comment' }).getAttribute('href')).toBe(
      `/ideas/${IDEA_ID}#comment-${COMMENT_ID}`,
    );
  });

  it('asks for a reason before hiding, then hides and says what happened', async () => {
    const user = userEvent.setup();
    let decided = false;
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/moderation/queue', () => ({ body: { items: decided ? [] : [aReport()], nextCursor: null } }))
      .on('POST', `/api/v1/moderation/idea/${IDEA_ID}/hide`, () => {
        decided = true;
        return { status: 204 };
      });
    renderApp('/moderation');

    await user.click(await screen.findByRole('button', { name: 'Hide' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Enter a reason for your decision' }).getAttribute('href')).toBe(
      `#reason-idea-${IDEA_ID}`,
    );
    expect(document.activeElement).toBe(summary);
    const reason = screen.getByLabelText('Reason for your decision');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(reason, 'Names a private person');
    await user.click(screen.getByRole('button', { name: 'Hide' }));

    expect(await screen.findByText('The idea is hidden')).toBeTruthy();
    expect(screen.getByText('Only its author can see it now.', { exact: false })).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ reason: 'Names a private person' });
    expect(await screen.findByText('Nothing to moderate')).toBeTruthy();
    expect(screen.queryByText('There is a problem')).toBeNull();
  });

  it('restores hidden content with its reason', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/moderation/queue', { body: { items: [aReport({ targetType: 'comment', targetId: COMMENT_ID, hidden: true })], nextCursor: null } })
      .on('POST', `/api/v1/moderation/comment/${COMMENT_ID}/restore`, { status: 204 });
    renderApp('/moderation');

    expect(await screen.findByText('Hidden', { selector: '.govuk-tag' })).toBeTruthy();
    await user.type(screen.getByLabelText('Reason for your decision'), 'Reported by mistake');
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('The comment is restored')).toBeTruthy();
    expect(fetch.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      `/api/v1/moderation/comment/${COMMENT_ID}/restore`,
    ]);
  });

  it('lists a reported review with a link to it on the service, and hides it', async () => {
    const user = userEvent.setup();
    let decided = false;
    const review = aReport({
      id: 'r9',
      targetType: 'review',
      targetId: RATING_ID,
      ideaId: null as unknown as string,
      link: `/services/community-gardens/reviews#review-${RATING_ID}`,
      excerpt: 'The gardener at plot 4 is a crook',
      reason: 'Accuses a named person',
    });
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/moderation/queue', () => ({ body: { items: decided ? [] : [review], nextCursor: null } }))
      .on('POST', `/api/v1/moderation/review/${RATING_ID}/hide`, () => {
        decided = true;
        return { status: 204 };
      });
    renderApp('/moderation');

    const reported = await screen.findByRole('heading', { level: 2, name: 'Reported review' });
    const card = reported.closest('li')!;
    expect(within(card).getByText('The gardener at plot 4 is a crook', { exact: false })).toBeTruthy();
    expect(within(card).getByText('Accuses a named person', { exact: false })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Open the review' }).getAttribute('href')).toBe(
      `/services/community-gardens/reviews#review-${RATING_ID}`,
    );
    expect(within(card).queryByRole('link', { name: 'Open the idea' })).toBeNull();

    await user.type(within(card).getByLabelText('Reason for your decision'), 'Names a private person');
    await user.click(within(card).getByRole('button', { name: 'Hide' }));

    expect(await screen.findByText('The review is hidden')).toBeTruthy();
    expect(fetch.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      `/api/v1/moderation/review/${RATING_ID}/hide`,
    ]);
    expect(await screen.findByText('Nothing to moderate')).toBeTruthy();
  });

  it('leaves out a link that does not go to a page of the portal', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/moderation/queue', {
        body: { items: [aReport({ targetType: 'review', targetId: RATING_ID, link: 'https://elsewhere.example/' })], nextCursor: null },
      });
    renderApp('/moderation');

    expect(await screen.findByRole('heading', { level: 2, name: 'Reported review' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Open the review' })).toBeNull();
  });

  it('explains when the API refuses: another organisation', async () => {
    const user = userEvent.setup();
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/moderation/queue', { body: { items: [aReport()], nextCursor: null } })
      .on('POST', `/api/v1/moderation/idea/${IDEA_ID}/hide`, problem(403, 'Forbidden'));
    renderApp('/moderation');

    await user.type(await screen.findByLabelText('Reason for your decision'), 'Abusive');
    await user.click(screen.getByRole('button', { name: 'Hide' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(within(summary).getByText("You can only moderate ideas, comments and reviews on your own organisation's services.")).toBeTruthy(),
    );
  });

  it('says there is nothing to moderate when the queue is empty, and shows staff the nav items', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/moderation/queue', { body: { items: [], nextCursor: null } });
    renderApp('/moderation');

    expect(await screen.findByText('Nothing to moderate')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Moderation' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'My ideas' })).toBeTruthy();
  });

  it('tells citizens they cannot moderate, without asking the API for the queue', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: aCitizen() });
    renderApp('/moderation');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot moderate' })).toBeTruthy();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/moderation/queue')).toBe(false);
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).queryByRole('link', { name: 'Moderation' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'My ideas' })).toBeTruthy();
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/moderation');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to moderate' })).toBeTruthy();
  });
});
