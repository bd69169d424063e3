import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BOB, aCitizen, anIdea, aStaffMember } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { CoauthorView, CommentView, IdeaStatus, IdeaView, MeView } from '@/types';

const IDEA_PATH = '/api/v1/ideas/55555555-5555-4555-8555-555555555555';
const IDEA_URL = '/ideas/55555555-5555-4555-8555-555555555555';
const ALICE = { id: '66666666-6666-4666-8666-666666666666', displayName: 'Alice Citizen' };
const SAM = { id: '33333333-3333-4333-8333-333333333333', displayName: 'Sam Staff' };

function aComment(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: 'c1000000-0000-4000-8000-000000000001',
    parentId: null as unknown as string,
    author: BOB,
    body: 'Yes, and the steps by the weir need a handrail too.',
    deleted: false,
    createdAt: '2026-12-02T10:00:00Z',
    editedAt: null as unknown as string,
    version: 1,
    hidden: false,
    ...overrides,
  };
}

/** A comment posted a minute ago: its author may still correct it. */
const justNow = () => new Date(Date.now() - 60_000).toISOString();

function aCoauthor(person: { id: string; displayName: string }, state: CoauthorView['state'] = 'ACCEPTED'): CoauthorView {
  return {
    person,
    state,
    invitedAt: '2026-12-01T10:00:00Z',
    acceptedAt: (state === 'ACCEPTED' ? '2026-12-01T11:00:00Z' : null) as unknown as string,
  };
}

function stubIdea(
  me: MeView | null,
  idea: IdeaView = anIdea(),
  supportedByMe = false,
  { comments = [] as CommentView[], coauthors = [] as CoauthorView[] } = {},
): FetchStub {
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', `${IDEA_PATH}/comments`, { body: { items: comments, nextCursor: null } })
    .on('GET', `${IDEA_PATH}/coauthors`, { body: { items: coauthors } })
    .on('GET', IDEA_PATH, { body: idea, headers: { ETag: `"${idea.version}"` } })
    .on('GET', `${IDEA_PATH}/supports`, { body: { supportCount: idea.supportCount, supportedByMe } })
    .on('GET', `${IDEA_PATH}/status`, {
      body: {
        items: [
          { to: 'SUBMITTED', at: '2026-12-01T09:30:00Z' },
          {
            from: 'SUBMITTED',
            to: 'UNDER_REVIEW',
            answer: 'We are looking at costs.\n\nMore soon.',
            answeredBy: 'Sam Staff',
            at: '2026-12-03T10:00:00Z',
          },
        ],
        nextCursor: null,
      },
    });
}

const supportRegion = () => screen.getByText(/supporters?$/).closest('[aria-live]') as HTMLElement;
const commentsSection = () => screen.getByRole('heading', { level: 2, name: 'Comments' }).closest('section')!;
const coauthorsSection = () => screen.getByRole('heading', { level: 2, name: 'Co-authors' }).closest('section')!;
const writes = (fetch: FetchStub) =>
  fetch.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname}`);

describe('idea page', () => {
  it('shows the idea, its timeline with dates, and a sign-in link to people signed out', async () => {
    stubIdea(null);
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lights on the riverside path' })).toBeTruthy();
    expect(document.title).toBe('Lights on the riverside path – Coproduce');
    expect(screen.getByText('Waiting for review').className).toContain('govuk-tag');
    expect(screen.getByText('Proposed by Bob Citizen on 1 December 2026')).toBeTruthy();
    expect(screen.getByText('Solar lights would help.').tagName).toBe('P');
    expect(screen.getByRole('link', { name: 'Community gardens' }).getAttribute('href')).toBe('/services/community-gardens');
    expect(screen.getByText('Mill Bridge')).toBeTruthy();
    expect(screen.getByText('lighting')).toBeTruthy();

    expect(await screen.findByText('3 supporters')).toBeTruthy();
    expect(supportRegion().getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('link', { name: 'Sign in to support' }).getAttribute('href')).toBe(
      '/auth/sign-in?returnTo=%2Fideas%2F55555555-5555-4555-8555-555555555555',
    );
    expect(screen.queryByRole('button', { name: 'Support this idea' })).toBeNull();

    const timeline = screen.getByRole('heading', { name: 'What has happened' }).closest('section')!;
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(within(entries[0]).getByRole('heading', { name: 'Proposed' })).toBeTruthy();
    expect(within(entries[1]).getByRole('heading', { name: 'Under review' })).toBeTruthy();
    expect(entries[1].textContent).toContain('3 December 2026 – answered by Sam Staff');
    expect(within(entries[1]).getByText('More soon.').tagName).toBe('P');
    expect(screen.queryByRole('heading', { name: 'Answer this idea' })).toBeNull();
  });

  it('lets a citizen support the idea and withdraw their support, updating the live count', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen())
      .on('POST', `${IDEA_PATH}/supports`, { body: { supportCount: 4, supportedByMe: true } })
      .on('DELETE', `${IDEA_PATH}/supports`, { body: { supportCount: 3, supportedByMe: false } });
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');

    await user.click(await screen.findByRole('button', { name: 'Support this idea' }));
    expect(await screen.findByText('4 supporters')).toBeTruthy();
    expect(supportRegion().textContent).toContain('You support this idea.');
    const withdraw = screen.getByRole('button', { name: 'Withdraw support' });

    await user.click(withdraw);
    expect(await screen.findByText('3 supporters')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Support this idea' })).toBeTruthy();

    const writes = fetch.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `POST ${IDEA_PATH}/supports`,
      `DELETE ${IDEA_PATH}/supports`,
    ]);
    expect(writes[0].headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('says "1 supporter" in the singular', async () => {
    stubIdea(null, anIdea({ supportCount: 1 }));
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');
    expect(await screen.findByText('1 supporter')).toBeTruthy();
  });

  it('shows the author "This is your idea" instead of a button, and lets them withdraw it after confirming', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen({ id: BOB.id, displayName: BOB.displayName })).on('POST', `${IDEA_PATH}/status`, {
      body: anIdea({ status: 'WITHDRAWN' }),
    });
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');

    expect(await screen.findByText('This is your idea')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Support this idea' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Sign in to support' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Withdraw this idea' }));
    const heading = screen.getByRole('heading', { name: 'Are you sure you want to withdraw this idea?' });
    expect(document.activeElement).toBe(heading);
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw this idea' }));

    expect(
      await screen.findByText('You have withdrawn your idea. It is no longer listed and people can no longer support it.'),
    ).toBeTruthy();
    expect(screen.getByText('Withdrawn', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw this idea' })).toBeNull();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ status: 'WITHDRAWN' });
  });
});

describe('answer form', () => {
  const cases: [IdeaStatus, string[]][] = [
    ['SUBMITTED', ['Under review']],
    ['UNDER_REVIEW', ['Accepted', 'Not taken forward']],
    ['ACCEPTED', ['In progress', 'Not taken forward']],
    ['IN_PROGRESS', ['Done']],
  ];

  it.each(cases)('offers staff the moves allowed from %s', async (status, labels) => {
    stubIdea(aStaffMember(), anIdea({ status }));
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');

    const section = (await screen.findByRole('heading', { name: 'Answer this idea' })).closest('section')!;
    const radios = within(section).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).labels?.[0].textContent)).toEqual(labels);
    expect(within(section).getByLabelText('Your answer (shown publicly)').tagName).toBe('TEXTAREA');
    expect(within(section).getByRole('button', { name: 'Publish answer' })).toBeTruthy();
  });

  it.each(['IMPLEMENTED', 'NOT_TAKEN_FORWARD', 'WITHDRAWN'] as IdeaStatus[])('offers no answer form once %s', async (status) => {
    stubIdea(aStaffMember(), anIdea({ status }));
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');
    await screen.findByRole('heading', { level: 1 });
    await screen.findByRole('heading', { name: 'What has happened' });
    expect(screen.queryByRole('heading', { name: 'Answer this idea' })).toBeNull();
  });

  it('does not offer the form to staff of another organisation', async () => {
    stubIdea(aStaffMember({ staffOf: [{ id: 'other', slug: 'other', name: 'Other' }] }));
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');
    await screen.findByText('3 supporters');
    expect(screen.queryByRole('heading', { name: 'Answer this idea' })).toBeNull();
  });

  it('asks for a status and, after review, an answer, in an error summary', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aStaffMember(), anIdea({ status: 'UNDER_REVIEW' }));
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');

    await user.click(await screen.findByRole('button', { name: 'Publish answer' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ["Choose the idea's new status", '#status-ACCEPTED'],
      ['Enter your answer. People will see it on this page', '#answer-text'],
    ]);
    expect(screen.getByLabelText('Your answer (shown publicly)').getAttribute('aria-invalid')).toBe('true');
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows the API refusing a missing answer, and an invalid move', async () => {
    const user = userEvent.setup();
    let calls = 0;
    stubIdea(aStaffMember(), anIdea({ status: 'UNDER_REVIEW' })).on('POST', `${IDEA_PATH}/status`, () =>
      ++calls === 1
        ? problem(400, 'Your request has invalid fields', { errors: [{ field: 'changeStatus.change.answer', message: 'must not be blank' }] })
        : problem(409, 'Conflict'),
    );
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');

    await user.click(await screen.findByLabelText('Accepted'));
    await user.type(screen.getByLabelText('Your answer (shown publicly)'), 'Yes');
    await user.click(screen.getByRole('button', { name: 'Publish answer' }));
    let summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your answer. People will see it on this page' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Publish answer' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('This idea cannot move from Under review to Accepted.'),
    );
    summary = screen.getByRole('alert');
    expect(within(summary).queryByRole('link')).toBeNull();
  });

  it('publishes the answer, says so, and offers the next moves', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aStaffMember(), anIdea({ status: 'UNDER_REVIEW' })).on('POST', `${IDEA_PATH}/status`, {
      body: anIdea({ status: 'ACCEPTED', version: 3 }),
    });
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');

    await user.click(await screen.findByLabelText('Accepted'));
    await user.type(screen.getByLabelText('Your answer (shown publicly)'), 'We will trial solar lights in spring.');
    await user.click(screen.getByRole('button', { name: 'Publish answer' }));

    expect(await screen.findByText('Answer published. The author and supporters can now see it.')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ status: 'ACCEPTED', answer: 'We will trial solar lights in spring.' });
    expect(screen.getByText('Accepted', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.getByLabelText('In progress')).toBeTruthy();
  });
});

describe('comments', () => {
  it('shows comments oldest first with replies indented under them, as plain text', async () => {
    const user = userEvent.setup();
    const reply = aComment({ id: 'c2', parentId: 'c1', author: SAM, body: 'We will look at the steps.', createdAt: '2026-12-03T10:00:00Z' });
    const fetch = stubIdea(null).on('GET', `${IDEA_PATH}/comments`, (request) =>
      new URL(request.url).searchParams.get('cursor') === 'next'
        ? { body: { items: [aComment({ id: 'c4', author: ALICE, body: 'A later thought.', createdAt: '2026-12-05T10:00:00Z' })], nextCursor: null } }
        : {
            body: {
              items: [
                aComment({ id: 'c1', body: 'First line <script>alert("x")</script>\n\nSecond paragraph.' }),
                reply,
                aComment({ id: 'c3', author: ALICE, body: null as unknown as string, deleted: true, createdAt: '2026-12-04T10:00:00Z' }),
              ],
              nextCursor: 'next',
            },
          },
    );
    renderApp(IDEA_URL);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Comments' })).closest('section')!;
    const script = await within(section).findByText('First line <script>alert("x")</script>');
    expect(script.tagName).toBe('P');
    expect(section.querySelector('script')).toBeNull();
    expect(within(section).getByText('Second paragraph.').tagName).toBe('P');

    const topLevel = within(section).getAllByRole('list')[0];
    const threads = within(topLevel).getAllByRole('listitem').filter((item) => item.parentElement === topLevel);
    expect(threads).toHaveLength(2);
    expect(threads[0].textContent).toContain('Bob Citizen');
    expect(threads[0].textContent).toContain('2 December 2026');
    const replies = threads[0].querySelector('ul.app-comments--replies') as HTMLElement;
    expect(within(replies).getByText('We will look at the steps.')).toBeTruthy();
    expect(replies.textContent).toContain('Sam Staff');
    expect(within(threads[1]).getByText('Comment deleted')).toBeTruthy();

    expect(within(section).queryByRole('button', { name: /^Reply/ })).toBeNull();
    expect(within(section).queryByRole('button', { name: /^Report/ })).toBeNull();
    expect(within(section).queryByLabelText('Add a comment')).toBeNull();
    expect(within(section).getByRole('link', { name: 'Sign in to comment' }).getAttribute('href')).toBe(
      '/auth/sign-in?returnTo=%2Fideas%2F55555555-5555-4555-8555-555555555555',
    );

    await user.click(within(section).getByRole('button', { name: 'Load more comments' }));
    expect(await within(section).findByText('A later thought.')).toBeTruthy();
    expect(document.activeElement?.textContent).toContain('A later thought.');
    expect(within(section).queryByRole('button', { name: 'Load more comments' })).toBeNull();
    const pageRequests = fetch.requests.filter((r) => new URL(r.url).pathname === `${IDEA_PATH}/comments`);
    expect(pageRequests.map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([null, 'next']);
  });

  it('says when there are no comments, and keeps the page when comments cannot be loaded', async () => {
    stubIdea(null).on('GET', `${IDEA_PATH}/comments`, problem(500, 'Server error'));
    renderApp(IDEA_URL);
    expect(await screen.findByText('Sorry, the comments could not be loaded. Try again later.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Lights on the riverside path' })).toBeTruthy();
  });

  it('adds a comment and shows it at the end', async () => {
    const user = userEvent.setup();
    const posted = aComment({ id: 'c9', author: ALICE, body: 'Solar lights worked in Pentre.', createdAt: justNow() });
    const fetch = stubIdea(aCitizen(), anIdea(), false, { comments: [aComment()] }).on('POST', `${IDEA_PATH}/comments`, {
      status: 201,
      body: posted,
    });
    renderApp(IDEA_URL);

    await screen.findByText('Yes, and the steps by the weir need a handrail too.');
    await user.type(screen.getByLabelText('Add a comment'), '  Solar lights worked in Pentre. ');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));

    expect(await within(commentsSection()).findByText('Solar lights worked in Pentre.')).toBeTruthy();
    expect((screen.getByLabelText('Add a comment') as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByText('Your comment has been added.')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ body: 'Solar lights worked in Pentre.' });
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('asks for a comment in an error summary, and shows the server\'s words when rate limited', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen()).on(
      'POST',
      `${IDEA_PATH}/comments`,
      problem(429, 'Too many requests', { detail: 'You have done this 10 times recently. Please wait 5 minute(s) and try again.' }),
    );
    renderApp(IDEA_URL);

    await user.click(await screen.findByRole('button', { name: 'Post comment' }));
    let summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: 'Enter your comment' }).getAttribute('href')).toBe('#comment-body');
    expect(screen.getByLabelText('Add a comment').getAttribute('aria-invalid')).toBe('true');
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Add a comment'), 'Again');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('You have done this 10 times recently. Please wait 5 minute(s) and try again.'),
    );
    summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
  });

  it('offers Edit and Delete on my own recent comment, Report on others, and changes my comment', async () => {
    const user = userEvent.setup();
    const mine = aComment({ id: 'mine', author: ALICE, body: 'Lights plaese.', createdAt: justNow(), version: 2 });
    const fetch = stubIdea(aCitizen(), anIdea(), false, { comments: [aComment(), mine] }).on(
      'PUT',
      `${IDEA_PATH}/comments/mine`,
      { body: { ...mine, body: 'Lights please.', editedAt: new Date().toISOString(), version: 3 } },
    );
    renderApp(IDEA_URL);

    const mineItem = (await screen.findByText('Lights plaese.')).closest('.app-comment') as HTMLElement;
    const bobItem = screen.getByText('Yes, and the steps by the weir need a handrail too.').closest('.app-comment') as HTMLElement;
    expect(within(bobItem).queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(within(bobItem).queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(within(bobItem).getByRole('button', { name: 'Report comment by Bob Citizen' })).toBeTruthy();
    expect(within(bobItem).getByRole('button', { name: 'Reply to Bob Citizen' })).toBeTruthy();
    expect(within(mineItem).queryByRole('button', { name: /^Report/ })).toBeNull();

    await user.click(within(mineItem).getByRole('button', { name: 'Edit your comment' }));
    const field = within(mineItem).getByLabelText('Change your comment') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.type(field, 'Lights please.');
    await user.click(within(mineItem).getByRole('button', { name: 'Save changes' }));

    expect(await within(mineItem).findByText('Lights please.')).toBeTruthy();
    expect(mineItem.textContent).toContain('(edited)');
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({ body: 'Lights please.' });
    expect(document.activeElement).toBe(within(mineItem).getByRole('button', { name: 'Edit your comment' }));
  });

  it('offers no Edit once 15 minutes have passed, and deletes my comment after confirming', async () => {
    const user = userEvent.setup();
    const old = aComment({ id: 'old', author: ALICE, body: 'An old thought.', createdAt: new Date(Date.now() - 16 * 60_000).toISOString(), version: 4 });
    const fetch = stubIdea(aCitizen(), anIdea(), false, { comments: [old] }).on('DELETE', `${IDEA_PATH}/comments/old`, {
      status: 204,
    });
    renderApp(IDEA_URL);

    const item = (await screen.findByText('An old thought.')).closest('.app-comment') as HTMLElement;
    expect(within(item).queryByRole('button', { name: /^Edit/ })).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'Delete your comment' }));
    const question = within(item).getByText('Are you sure you want to delete this comment? You cannot undo this.');
    expect(document.activeElement).toBe(question);

    await user.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Delete your comment' }));
    expect(writes(fetch)).toEqual([]);

    await user.click(within(item).getByRole('button', { name: 'Delete your comment' }));
    await user.click(within(item).getByRole('button', { name: 'Yes, delete this comment' }));
    expect(await within(item).findByText('Comment deleted')).toBeTruthy();
    expect(screen.queryByText('An old thought.')).toBeNull();
    expect(within(item).queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(writes(fetch)).toEqual([`DELETE ${IDEA_PATH}/comments/old`]);
    expect(fetch.requests.find((r) => r.method === 'DELETE')!.headers.get('If-Match')).toBe('"4"');
  });

  it('replies to a top-level comment', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen(), anIdea(), false, { comments: [aComment({ id: 'c1' })] }).on('POST', `${IDEA_PATH}/comments`, {
      status: 201,
      body: aComment({ id: 'r1', parentId: 'c1', author: ALICE, body: 'Agreed.', createdAt: justNow() }),
    });
    renderApp(IDEA_URL);

    await user.click(await screen.findByRole('button', { name: 'Reply to Bob Citizen' }));
    const field = screen.getByLabelText('Reply to Bob Citizen');
    expect(document.activeElement).toBe(field);
    await user.type(field, 'Agreed.');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));

    const reply = await within(commentsSection()).findByText('Agreed.', { selector: 'p' });
    expect(reply.closest('ul')?.className).toContain('app-comments--replies');
    expect(screen.queryByLabelText('Reply to Bob Citizen')).toBeNull();
    expect(await fetch.requests.find((r) => r.method === 'POST')!.json()).toEqual({ body: 'Agreed.', parentId: 'c1' });
    // a reply takes no replies of its own
    const replyItem = reply.closest('.app-comment') as HTMLElement;
    expect(within(replyItem).queryByRole('button', { name: /^Reply/ })).toBeNull();
  });

  it('marks my comment that a moderator hid', async () => {
    stubIdea(aCitizen(), anIdea(), false, { comments: [aComment({ author: ALICE, hidden: true, body: 'Rude words.' })] });
    renderApp(IDEA_URL);
    const item = (await screen.findByText('Rude words.')).closest('.app-comment') as HTMLElement;
    expect(within(item).getByText('Hidden by a moderator; only you can see it')).toBeTruthy();
  });
});

describe('reports', () => {
  it('reports the idea with a reason and thanks the reporter', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen()).on('POST', '/api/v1/reports', { status: 202 });
    renderApp(IDEA_URL);

    await user.click(await screen.findByText('Report this idea'));
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: 'Enter why you are reporting it' })).toBeTruthy();

    await user.type(screen.getByLabelText('Why are you reporting this idea?'), 'It names a neighbour.');
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    const thanks = await screen.findByText('Thank you. Moderators will look at it.');
    expect(thanks.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(thanks);
    expect(screen.queryByRole('button', { name: 'Send report' })).toBeNull();
    expect(await fetch.requests.find((r) => r.method === 'POST')!.json()).toEqual({
      targetType: 'idea',
      targetId: '55555555-5555-4555-8555-555555555555',
      reason: 'It names a neighbour.',
    });
  });

  it('reports a comment, and can be cancelled', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen(), anIdea(), false, { comments: [aComment({ id: 'c1' })] }).on('POST', '/api/v1/reports', {
      status: 202,
    });
    renderApp(IDEA_URL);

    const open = await screen.findByRole('button', { name: 'Report comment by Bob Citizen' });
    await user.click(open);
    expect(document.activeElement).toBe(screen.getByLabelText('Why are you reporting this comment?'));
    await user.click(within(commentsSection()).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Report comment by Bob Citizen' }));

    await user.click(screen.getByRole('button', { name: 'Report comment by Bob Citizen' }));
    await user.type(screen.getByLabelText('Why are you reporting this comment?'), 'Abusive.');
    await user.click(within(commentsSection()).getByRole('button', { name: 'Send report' }));
    expect(await within(commentsSection()).findByText('Thank you. Moderators will look at it.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Report comment by Bob Citizen' })).toBeNull();
    expect(await fetch.requests.find((r) => r.method === 'POST')!.json()).toEqual({
      targetType: 'comment',
      targetId: 'c1',
      reason: 'Abusive.',
    });
  });

  it('shows the server\'s words when reporting too often', async () => {
    const user = userEvent.setup();
    stubIdea(aCitizen()).on('POST', '/api/v1/reports', problem(429, 'Too many requests', { detail: 'Please wait 3 minute(s) and try again.' }));
    renderApp(IDEA_URL);
    await user.click(await screen.findByText('Report this idea'));
    await user.type(screen.getByLabelText('Why are you reporting this idea?'), 'Spam');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Please wait 3 minute(s) and try again.'));
  });

  it('offers no report to people signed out or to the idea\'s author', async () => {
    stubIdea(null);
    const first = renderApp(IDEA_URL);
    await screen.findByText('3 supporters');
    expect(screen.queryByText('Report this idea')).toBeNull();
    first.unmount();

    stubIdea(aCitizen({ id: BOB.id, displayName: BOB.displayName }));
    renderApp(IDEA_URL);
    await screen.findByText('This is your idea');
    expect(screen.queryByText('Report this idea')).toBeNull();
  });
});

describe('co-authors', () => {
  it('names accepted co-authors in the byline', async () => {
    stubIdea(null, anIdea({ coauthors: [SAM, ALICE] }));
    renderApp(IDEA_URL);
    expect(await screen.findByText('Proposed by Bob Citizen with Sam Staff and Alice Citizen on 1 December 2026')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Co-authors' })).toBeNull();
  });

  it('lets the author see co-authors and invitations, remove one, and invite someone by email', async () => {
    const user = userEvent.setup();
    let invites = 0;
    const fetch = stubIdea(aCitizen({ id: BOB.id, displayName: BOB.displayName, email: 'bob@example.org' }), anIdea({ coauthors: [SAM] }), false, {
      coauthors: [aCoauthor(SAM), aCoauthor(ALICE, 'INVITED')],
    })
      .on('DELETE', `${IDEA_PATH}/coauthors/${ALICE.id}`, { status: 204 })
      .on('POST', `${IDEA_PATH}/coauthors`, () =>
        ++invites === 1
          ? problem(400, 'Your request has invalid fields', { errors: [{ field: 'email', message: 'must be a well-formed email address' }] })
          : { body: aCoauthor({ id: 'p9', displayName: 'Dai Jones' }, 'INVITED') },
      );
    renderApp(IDEA_URL);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Co-authors' })).closest('section')!;
    await within(section).findByText('Sam Staff', { selector: 'dt' });
    const aliceRow = within(section).getByText('Alice Citizen', { selector: 'dt' }).closest('.govuk-summary-list__row') as HTMLElement;
    expect(within(aliceRow).getByText('Invited').className).toContain('govuk-tag');
    expect(within(section).getByRole('button', { name: 'Remove Sam Staff' })).toBeTruthy();
    expect(screen.getByLabelText('Email address')).toBeTruthy();
    expect(screen.getByText('They will be asked to accept. A citizen or a member of staff can design an idea with you.')).toBeTruthy();

    await user.click(within(aliceRow).getByRole('button', { name: 'Remove Alice Citizen' }));
    expect(await within(section).findByText('You have withdrawn the invitation to Alice Citizen.')).toBeTruthy();

    // my own address is caught before it is sent
    await user.type(screen.getByLabelText('Email address'), 'BOB@example.org');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /You are already the author/ })).toBeTruthy();

    await user.clear(screen.getByLabelText('Email address'));
    await user.type(screen.getByLabelText('Email address'), 'dai@example');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' })).toBeTruthy();

    await user.clear(screen.getByLabelText('Email address'));
    await user.type(screen.getByLabelText('Email address'), 'dai@example.org');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' });
    expect(link.getAttribute('href')).toBe('#coauthor-email');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Invitation sent to dai@example.org. They will be asked to accept it.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(writes(fetch)).toEqual([
      `DELETE ${IDEA_PATH}/coauthors/${ALICE.id}`,
      `POST ${IDEA_PATH}/coauthors`,
      `POST ${IDEA_PATH}/coauthors`,
    ]);
    const posts = fetch.requests.filter((r) => r.method === 'POST');
    expect(await posts[1].json()).toEqual({ email: 'dai@example.org' });
  });

  it('shows the invitee the invitation with Accept and Decline, and accepts it', async () => {
    const user = userEvent.setup();
    let accepted = false;
    const fetch = stubIdea(aCitizen(), anIdea(), false)
      .on('GET', `${IDEA_PATH}/coauthors`, () => ({ body: { items: [aCoauthor(ALICE, accepted ? 'ACCEPTED' : 'INVITED')] } }))
      .on('GET', IDEA_PATH, () => ({ body: anIdea({ coauthors: accepted ? [ALICE] : [] }) }))
      .on('POST', `${IDEA_PATH}/coauthors/${ALICE.id}/accept`, () => {
        accepted = true;
        return { body: aCoauthor(ALICE) };
      });
    renderApp(IDEA_URL);

    const banner = await screen.findByRole('region', { name: 'Important' });
    expect(within(banner).getByText('Bob Citizen invites you to be a co-author of this idea')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Decline' })).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Accept' }));

    expect(await screen.findByText('You are now a co-author of this idea. You will hear what happens to it.')).toBeTruthy();
    expect(writes(fetch)).toEqual([`POST ${IDEA_PATH}/coauthors/${ALICE.id}/accept`]);
    expect(await screen.findByText('Proposed by Bob Citizen with Alice Citizen on 1 December 2026')).toBeTruthy();
    expect(await screen.findByText('This is your idea')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Leave this idea' })).toBeTruthy();
  });

  it('lets the invitee decline', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen(), anIdea(), false, { coauthors: [aCoauthor(ALICE, 'INVITED')] }).on(
      'DELETE',
      `${IDEA_PATH}/coauthors/${ALICE.id}`,
      { status: 204 },
    );
    renderApp(IDEA_URL);
    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('You have declined the invitation.')).toBeTruthy();
    expect(writes(fetch)).toEqual([`DELETE ${IDEA_PATH}/coauthors/${ALICE.id}`]);
  });

  it('treats a co-author as an author for support and reports, and lets them leave after confirming', async () => {
    const user = userEvent.setup();
    const fetch = stubIdea(aCitizen(), anIdea({ coauthors: [ALICE] }), false, { coauthors: [aCoauthor(ALICE)] }).on(
      'DELETE',
      `${IDEA_PATH}/coauthors/${ALICE.id}`,
      { status: 204 },
    );
    renderApp(IDEA_URL);

    expect(await screen.findByText('This is your idea')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Support this idea' })).toBeNull();
    expect(screen.queryByText('Report this idea')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Withdraw this idea' })).toBeNull();

    await user.click(await within(await waitFor(coauthorsSection)).findByRole('button', { name: 'Leave this idea' }));
    expect(document.activeElement?.textContent).toContain('Are you sure you want to stop being a co-author of this idea?');
    await user.click(screen.getByRole('button', { name: 'Yes, leave this idea' }));
    expect(await screen.findByText('You are no longer a co-author of this idea.')).toBeTruthy();
    expect(writes(fetch)).toEqual([`DELETE ${IDEA_PATH}/coauthors/${ALICE.id}`]);
  });

  it('shows other signed-in people no co-author controls', async () => {
    stubIdea(aCitizen(), anIdea({ coauthors: [SAM] }), false, { coauthors: [aCoauthor(SAM)] });
    renderApp(IDEA_URL);
    await screen.findByRole('button', { name: 'Support this idea' });
    expect(screen.queryByRole('heading', { name: 'Co-authors' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });
});

describe('idea page in Welsh', () => {
  it('shows the status, count and dates in Welsh', async () => {
    const { default: i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('cy');
    stubIdea(null);
    renderApp('/ideas/55555555-5555-4555-8555-555555555555');
    expect(await screen.findByText('Cynigiwyd gan Bob Citizen ar 1 Rhagfyr 2026')).toBeTruthy();
    expect(screen.getByText('Yn aros am adolygiad', { selector: '.govuk-tag' })).toBeTruthy();
    expect(await screen.findByText('3 chefnogwr')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mewngofnodi i gefnogi' })).toBeTruthy();
  });

  it('names co-authors and offers comments in Welsh', async () => {
    const { default: i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('cy');
    stubIdea(null, anIdea({ coauthors: [SAM, ALICE] }));
    renderApp(IDEA_URL);
    expect(await screen.findByText('Cynigiwyd gan Bob Citizen ar 1 Rhagfyr 2026. Cyd-awduron: Sam Staff, Alice Citizen')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Sylwadau' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Mewngofnodi i wneud sylw' })).toBeTruthy();
  });
});
