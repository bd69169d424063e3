import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BOB, aCitizen, anIdea, aStaffMember } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { IdeaStatus, IdeaView, MeView } from '@/types';

const IDEA_PATH = '/api/v1/ideas/55555555-5555-4555-8555-555555555555';

function stubIdea(me: MeView | null, idea: IdeaView = anIdea(), supportedByMe = false): FetchStub {
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
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
});
