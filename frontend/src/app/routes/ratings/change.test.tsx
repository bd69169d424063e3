import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember, PARKS_ORG } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { aChange, CHANGE_ID, RATING_ID } from '@/testing/ratings-data';
import { renderApp } from '@/testing/render';
import type { ChangeView, MeView } from '@/types';

const PAGE = `/changes/${CHANGE_ID}`;
const API = `/api/v1/changes/${CHANGE_ID}`;

function stubChange(me: MeView | null, change: ChangeView) {
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', API, { body: change, headers: { ETag: `"${change.version}"` } });
}

const asked = aChange({
  yours: true,
  status: 'DONE',
  doneAt: '2026-12-01T10:00:00Z',
  askedAt: '2026-12-01T10:00:00Z',
  version: 2,
});

describe('a promised change', () => {
  it('shows you said, we said, what is changing, its status and that the reviewer has not answered', async () => {
    stubChange(null, aChange());
    renderApp(PAGE);

    expect(await screen.findByRole('heading', { level: 1, name: 'The gate is opened by 8am every day.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Community gardens' }).getAttribute('href')).toBe('/services/community-gardens');
    const details = screen.getByText('You said').closest('dl')!;
    expect(within(details).getByText('Poor (2 out of 5)')).toBeTruthy();
    expect(within(details).getByText('The gate was locked twice when it should have been open.')).toBeTruthy();
    expect(within(details).getByText('Sorry. We have changed who opens the gate.')).toBeTruthy();
    expect(within(details).getByText('Expected by 31 January 2027')).toBeTruthy();
    expect(within(details).getByText('Planned')).toBeTruthy();
    expect(within(details).getByText('by 31 January 2027')).toBeTruthy();
    expect(within(details).getByText('Not answered yet. We will ask the reviewer once the change is done.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read the review and the reply' }).getAttribute('href')).toBe(
      `/services/community-gardens/reviews#review-${RATING_ID}`,
    );
    expect(screen.queryByRole('button', { name: 'Mark as done' })).toBeNull();
    expect(screen.queryByRole('group', { name: /Did this change happen/ })).toBeNull();
  });

  it('tells its reviewer they will be asked once it is done', async () => {
    stubChange(aCitizen(), aChange({ yours: true }));
    renderApp(PAGE);
    expect(await screen.findByText(/When staff mark the change as done, we will ask you/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Did this change happen/ })).toBeNull();
  });

  it('asks its reviewer whether it happened, needs an answer, and thanks them', async () => {
    const user = userEvent.setup();
    const fetch = stubChange(aCitizen(), asked).on('PUT', `${API}/confirmation`, (request) =>
      request.json().then((body: { answer: 'PARTLY'; comment?: string }) => ({
        body: { ...asked, confirmation: { ...body, answeredAt: '2026-12-05T10:00:00Z' }, version: 3 },
      })),
    );
    renderApp(PAGE);

    const group = await screen.findByRole('group', { name: 'Did this change happen? Did it make a difference?' });
    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select Yes, Partly or No' }).getAttribute('href')).toBe('#answer-YES');
    expect(fetch.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.click(within(group).getByLabelText('Partly'));
    await user.type(screen.getByLabelText('Is there anything else you want to tell us? (optional)'), 'Open most days.');
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText('Thank you for your answer')).toBeTruthy();
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ answer: 'PARTLY', comment: 'Open most days.' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Thank you for your answer'));
    // the answer shows with the change, and can be changed
    const details = screen.getByText('You said').closest('dl')!;
    expect(within(details).getByText('Open most days.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Change your answer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save changes to your answer' })).toBeTruthy();
  });

  it('prefills an earlier answer so it can be changed', async () => {
    stubChange(aCitizen(), { ...asked, confirmation: { answer: 'NO', comment: 'Still locked.', answeredAt: '2026-12-02T10:00:00Z' } });
    renderApp(PAGE);

    const group = await screen.findByRole('group', { name: 'Did this change happen? Did it make a difference?' });
    expect((within(group).getByLabelText('No') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Is there anything else you want to tell us? (optional)') as HTMLTextAreaElement).value).toBe(
      'Still locked.',
    );
  });

  it('lets staff of the organisation mark it done with If-Match, then says the reviewer was asked', async () => {
    const user = userEvent.setup();
    const fetch = stubChange(aStaffMember({ staffOf: [PARKS_ORG] }), aChange({ version: 4 })).on('POST', `${API}/done`, {
      body: aChange({ status: 'DONE', doneAt: '2026-12-01T10:00:00Z', askedAt: '2026-12-01T10:00:00Z', version: 5 }),
    });
    renderApp(PAGE);

    expect(await screen.findByText(/We will then ask the person who wrote the review/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark as done' }));

    expect(await screen.findByText('Change marked as done')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"4"');
    expect(screen.queryByRole('button', { name: 'Mark as done' })).toBeNull();
    expect(screen.getByText('on 1 December 2026')).toBeTruthy();
  });

  it('says so when someone else marked it done first', async () => {
    const user = userEvent.setup();
    stubChange(aStaffMember(), aChange()).on('POST', `${API}/done`, problem(409, 'Conflict'));
    renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Mark as done' }));
    expect(await screen.findByText(/This change has already been marked as done\./)).toBeTruthy();
  });
});
