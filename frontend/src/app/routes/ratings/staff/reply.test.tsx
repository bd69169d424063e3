import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import { aChange, anImportedReview, aReply, aReview, CHANGE_ID, RATING_ID } from '@/testing/ratings-staff-data';
import type { RatingView } from '@/types';

const GARDENS = aService();
const RATING_PATH = `/api/v1/ratings/${RATING_ID}`;
const REPLY_PATH = `${RATING_PATH}/reply`;

function stubReview(rating: RatingView | (() => RatingView), fetch: FetchStub = stubFetch()) {
  return fetch
    .on('GET', '/api/v1/me', { body: aStaffMember() })
    .on('GET', `/api/v1/services/${GARDENS.id}`, { body: GARDENS })
    .on('GET', '/api/v1/ratings/awaiting-reply', { body: { items: [], nextCursor: null } })
    .on('GET', RATING_PATH, () => ({ body: typeof rating === 'function' ? rating() : rating }));
}

const summary = () => screen.findByRole('alert');
const writes = (fetch: FetchStub) => fetch.requests.filter((r) => r.method !== 'GET');

describe('replying to a review', () => {
  it('shows the review and asks for a reply, then for what will change and when, before sending anything', async () => {
    const user = userEvent.setup();
    const fetch = stubReview(aReview());
    renderApp(`/reviews/${RATING_ID}/reply`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Reply to a review' })).toBeTruthy();
    expect(screen.getByText('Community gardens', { selector: '.govuk-caption-l' })).toBeTruthy();
    expect(screen.getByText('The gate was locked on Saturday morning.')).toBeTruthy();
    expect(screen.getByText('Bob Citizen')).toBeTruthy();
    expect(screen.getByText(/2 out of 5/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to reviews waiting for a reply' }).getAttribute('href')).toBe(
      '/reviews/awaiting-reply',
    );

    // the change's fields are revealed only when the box is ticked
    const checkbox = screen.getByRole('checkbox', { name: 'We are making a change because of this review' });
    expect(checkbox.getAttribute('aria-controls')).toBe('making-change-conditional');
    expect(screen.queryByRole('textbox', { name: 'What will change' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Publish reply' }));
    let alert = await summary();
    expect(within(alert).getByRole('link', { name: 'Enter your reply' }).getAttribute('href')).toBe('#reply-body');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByLabelText('Your reply').getAttribute('aria-invalid')).toBe('true');

    await user.type(screen.getByLabelText('Your reply'), 'Thank you for telling us.');
    await user.click(checkbox);
    expect(screen.getByRole('textbox', { name: 'What will change' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Publish reply' }));

    alert = await summary();
    await waitFor(() =>
      expect(within(alert).getByRole('link', { name: 'Enter what will change' }).getAttribute('href')).toBe('#change-what'),
    );
    expect(
      within(alert).getByRole('link', { name: 'Enter the date the change will be done by' }).getAttribute('href'),
    ).toBe('#change-expected-by-day');
    expect(within(alert).queryByText('Enter your reply')).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'What will change' }), 'The gate opens at 8.');
    await user.type(screen.getByLabelText('Day'), '1');
    await user.type(screen.getByLabelText('Month'), '1');
    await user.type(screen.getByLabelText('Year'), '2020');
    await user.click(screen.getByRole('button', { name: 'Publish reply' }));
    alert = await summary();
    await waitFor(() =>
      expect(within(alert).getByText('The date the change will be done by must be today or in the future')).toBeTruthy(),
    );
    expect(writes(fetch)).toEqual([]);

    // unticking hides the change's fields, and their errors with them
    await user.click(screen.getByRole('checkbox', { name: 'We are making a change because of this review' }));
    expect(screen.queryByRole('textbox', { name: 'What will change' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('publishes a reply that commits to a change, then says who is told and what happens next', async () => {
    const user = userEvent.setup();
    const fetch = stubReview(aReview()).on('POST', REPLY_PATH, async (request) => {
      const input = await request.clone().json();
      return {
        status: 201,
        body: aReview({
          reply: aReply({ body: input.body, version: 0 }),
          change: aChange({ what: input.change.what, expectedBy: input.change.expectedBy }),
        }),
      };
    });
    const { router } = renderApp(`/reviews/${RATING_ID}/reply`);

    await user.type(await screen.findByLabelText('Your reply'), 'Thank you for telling us.');
    await user.click(screen.getByRole('checkbox', { name: 'We are making a change because of this review' }));
    await user.type(screen.getByRole('textbox', { name: 'What will change' }), 'The gate opens at 8 every Saturday.');
    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '1');
    await user.type(screen.getByLabelText('Year'), '2099');
    await user.click(screen.getByRole('button', { name: 'Publish reply' }));

    expect(await screen.findByText('Your reply to the review of Community gardens is published')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/reviews/awaiting-reply');
    expect(screen.getByText('Bob Citizen has been told about your reply.')).toBeTruthy();
    expect(screen.getByText('When the change is done, mark it done on its page', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See your reply with the review' }).getAttribute('href')).toBe(
      `/services/community-gardens/reviews#review-${RATING_ID}`,
    );
    expect(screen.getByRole('link', { name: "Open the change's page" }).getAttribute('href')).toBe(`/changes/${CHANGE_ID}`);

    const [post] = writes(fetch);
    expect(new URL(post.url).pathname).toBe(REPLY_PATH);
    expect(post.method).toBe('POST');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(post.headers.get('If-Match')).toBeNull();
    expect(await post.json()).toEqual({
      body: 'Thank you for telling us.',
      change: { what: 'The gate opens at 8 every Saturday.', expectedBy: '2099-01-31' },
    });
  });

  it('publishes a plain reply to an imported review, saying there is nobody to tell', async () => {
    const user = userEvent.setup();
    const imported = anImportedReview({ id: RATING_ID, serviceId: GARDENS.id });
    const fetch = stubReview(imported).on('POST', REPLY_PATH, {
      status: 201,
      body: { ...imported, reply: aReply({ body: 'Thank you.' }) },
    });
    renderApp(`/reviews/${RATING_ID}/reply`);

    expect(await screen.findByText('Collected by library-kiosk')).toBeTruthy();
    await user.type(screen.getByLabelText('Your reply'), 'Thank you.');
    await user.click(screen.getByRole('button', { name: 'Publish reply' }));

    expect(
      await screen.findByText('This review was collected by library-kiosk, so there is nobody to tell about your reply.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: "Open the change's page" })).toBeNull();
    expect(await writes(fetch)[0].json()).toEqual({ body: 'Thank you.' });
  });

  it('changes a reply against its version, keeps the committed change, and explains a 412 until reloaded', async () => {
    const user = userEvent.setup();
    let version = 4;
    const current = () =>
      aReview({
        reply: aReply({ version, body: version === 4 ? 'Sorry about that.' : 'Sorry about that. (edited by Pat)' }),
        change: aChange(),
      });
    const fetch = stubReview(current).on('PUT', REPLY_PATH, (request) =>
      request.headers.get('If-Match') === `"${version}"`
        ? { body: current() }
        : problem(412, 'Precondition Failed', { detail: 'The reply has changed.' }),
    );
    renderApp(`/reviews/${RATING_ID}/reply`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Change your reply' })).toBeTruthy();
    expect(screen.getByText('Sam Staff replied on 22 November 2026.', { exact: false })).toBeTruthy();
    const body = screen.getByLabelText('Your reply') as HTMLTextAreaElement;
    expect(body.value).toBe('Sorry about that.');

    // the committed change: its status, and no way to withdraw it
    expect(screen.getByRole('heading', { level: 2, name: 'The change you committed to' })).toBeTruthy();
    expect(screen.getByText('Not done yet', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('A change you have committed to cannot be withdrawn.', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Open the change's page" }).getAttribute('href')).toBe(`/changes/${CHANGE_ID}`);
    const what = screen.getByRole('textbox', { name: 'What will change' }) as HTMLTextAreaElement;
    expect(what.value).toBe('The gate opens at 8 every Saturday.');
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('31');
    expect((screen.getByLabelText('Month') as HTMLInputElement).value).toBe('1');
    expect((screen.getByLabelText('Year') as HTMLInputElement).value).toBe('2027');

    // meanwhile, someone else changes the reply
    version = 5;
    await user.clear(what);
    await user.type(what, 'The gate opens at 7:30 every Saturday.');
    await user.click(screen.getByRole('button', { name: 'Publish changed reply' }));

    const alert = await summary();
    await waitFor(() =>
      expect(
        within(alert).getByText(
          'Someone else changed this reply while you were editing it. Reload the review to see their changes, then make yours again.',
        ),
      ).toBeTruthy(),
    );
    const [stale] = writes(fetch);
    expect(stale.method).toBe('PUT');
    expect(stale.headers.get('If-Match')).toBe('"4"');
    expect(await stale.json()).toEqual({
      body: 'Sorry about that.',
      change: { what: 'The gate opens at 7:30 every Saturday.', expectedBy: '2027-01-31' },
    });

    await user.click(within(alert).getByRole('button', { name: 'Reload the review' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Your reply') as HTMLTextAreaElement).value).toBe('Sorry about that. (edited by Pat)'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Publish changed reply' }));

    expect(await screen.findByText('Your changed reply to the review of Community gardens is published')).toBeTruthy();
    expect(screen.getByText('The reviewer is not told about the change.', { exact: false })).toBeTruthy();
    expect(writes(fetch)[1].headers.get('If-Match')).toBe('"5"');
  });

  it('shows a change that is done read-only and sends it back unchanged', async () => {
    const user = userEvent.setup();
    const done = aChange({ status: 'DONE', doneAt: '2027-01-20T10:00:00Z', askedAt: '2027-01-20T10:00:00Z' });
    const rating = aReview({ reply: aReply(), change: done });
    const fetch = stubReview(rating).on('PUT', REPLY_PATH, { body: rating });
    renderApp(`/reviews/${RATING_ID}/reply`);

    expect(await screen.findByText('Done', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.getByText('The gate opens at 8 every Saturday.')).toBeTruthy();
    expect(screen.getByText('Asked on 20 January 2027; not answered yet')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'What will change' })).toBeNull();
    expect(screen.queryByRole('link', { name: "Open the change's page" })).toBeNull();

    await user.type(screen.getByLabelText('Your reply'), ' Thanks again.');
    await user.click(screen.getByRole('button', { name: 'Publish changed reply' }));

    await screen.findByText('Your changed reply to the review of Community gardens is published');
    expect(await writes(fetch)[0].json()).toEqual({
      body: 'Sorry about that. The gate opens at 8 now. Thanks again.',
      change: { what: 'The gate opens at 8 every Saturday.', expectedBy: '2027-01-31' },
    });
  });

  it("links the API's field errors to their fields", async () => {
    const user = userEvent.setup();
    stubReview(aReview()).on(
      'POST',
      REPLY_PATH,
      problem(400, 'Bad Request', { errors: [{ field: 'reply.body', message: 'size must be between 0 and 2000' }] }),
    );
    renderApp(`/reviews/${RATING_ID}/reply`);

    await user.type(await screen.findByLabelText('Your reply'), 'Thanks.');
    await user.click(screen.getByRole('button', { name: 'Publish reply' }));

    const alert = await summary();
    await waitFor(() =>
      expect(
        within(alert).getByRole('link', { name: 'Your reply: size must be between 0 and 2000' }).getAttribute('href'),
      ).toBe('#reply-body'),
    );
  });

  it('explains a refusal: only staff of the organisation that runs the service can reply', async () => {
    const user = userEvent.setup();
    stubReview(aReview()).on('POST', REPLY_PATH, problem(403, 'Forbidden'));
    renderApp(`/reviews/${RATING_ID}/reply`);

    await user.type(await screen.findByLabelText('Your reply'), 'Thanks.');
    await user.click(screen.getByRole('button', { name: 'Publish reply' }));

    const alert = await summary();
    await waitFor(() =>
      expect(
        within(alert).getByText('Only staff of the organisation that runs this service can reply to its reviews.'),
      ).toBeTruthy(),
    );
  });

  it("tells staff of another organisation they cannot reply, without showing the form", async () => {
    stubFetch()
      .on('GET', '/api/v1/me', {
        body: aStaffMember({ staffOf: [{ id: '99999999-9999-4999-8999-999999999999', slug: 'other', name: 'Other' }] }),
      })
      .on('GET', `/api/v1/services/${GARDENS.id}`, { body: GARDENS })
      .on('GET', RATING_PATH, { body: aReview() });
    renderApp(`/reviews/${RATING_ID}/reply`);

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot reply to this review' })).toBeTruthy();
    expect(screen.getByText('Only staff of the organisation that runs Community gardens can reply to its reviews.')).toBeTruthy();
    expect(screen.queryByLabelText('Your reply')).toBeNull();
  });

  it('says a hidden review cannot be replied to', async () => {
    stubReview(aReview({ hidden: true, review: null as unknown as string }));
    renderApp(`/reviews/${RATING_ID}/reply`);

    expect(await screen.findByRole('heading', { level: 1, name: 'This review is hidden' })).toBeTruthy();
    expect(screen.queryByLabelText('Your reply')).toBeNull();
  });

  it('asks people who are signed out to sign in, and tells citizens only staff reply', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    const { unmount } = renderApp(`/reviews/${RATING_ID}/reply`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to reply to reviews' })).toBeTruthy();
    unmount();

    const fetch = stubFetch().on('GET', '/api/v1/me', {
      body: aStaffMember({ roles: ['citizen'], staffOf: [] }),
    });
    renderApp(`/reviews/${RATING_ID}/reply`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot reply to reviews' })).toBeTruthy();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === RATING_PATH)).toBe(false);
  });

  it('shows the unknown-page message for a review that does not exist', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', RATING_PATH, problem(404, 'Not Found'));
    renderApp(`/reviews/${RATING_ID}/reply`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
