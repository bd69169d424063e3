import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aCitizen, aService } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { aRating, aSmallSummary, RATING_ID } from '@/testing/ratings-data';
import { renderApp } from '@/testing/render';

const RATE = '/services/community-gardens/rate';
const MINE = '/api/v1/services/community-gardens/ratings/mine';
const RATINGS = '/api/v1/services/community-gardens/ratings';

function stubRate({ signedIn = true, mine = problem(404, 'Not Found') as object } = {}) {
  return stubFetch()
    .on('GET', '/api/v1/me', signedIn ? { body: aCitizen() } : problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/services/community-gardens', { body: aService() })
    .on('GET', MINE, mine)
    .on('GET', `${RATINGS}/summary`, { body: aSmallSummary(1) })
    .on('GET', RATINGS, { body: { items: [], nextCursor: null } });
}

const overall = async () => screen.findByRole('group', { name: 'Overall, how would you rate Community gardens?' });
const overallScore = async (label: string) => within(await overall()).getByLabelText(label) as HTMLInputElement;

const writes = (requests: Request[]) => requests.filter((r) => r.method === 'POST' || r.method === 'PUT');

describe('rate a service', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-15T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks people who are signed out to sign in', async () => {
    stubRate({ signedIn: false });
    renderApp(RATE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to rate this service' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('href')).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent(RATE)}`,
    );
  });

  it('needs an overall score before sending anything', async () => {
    const user = userEvent.setup();
    const fetch = stubRate();
    renderApp(RATE);

    expect(await screen.findByRole('group', { name: 'Overall, how would you rate Community gardens?' })).toBeTruthy();
    // the optional aspects start at "No answer"; the month defaults to this one
    const access = screen.getByRole('group', { name: 'Ease of access' });
    expect((within(access).getByLabelText('No answer') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Month') as HTMLSelectElement).value).toBe('11');
    expect((screen.getByLabelText('Year') as HTMLSelectElement).value).toBe('2026');

    await user.click(screen.getByRole('button', { name: 'Send rating' }));
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select an overall score from 1 to 5', '#overall-1'],
    ]);
    expect(writes(fetch.requests)).toHaveLength(0);
  });

  it('sends a new rating and goes to the service page, which says what happens next', async () => {
    const user = userEvent.setup();
    const fetch = stubRate().on('POST', RATINGS, (request) => {
      return request.json().then((body: Record<string, unknown>) => ({
        status: 201,
        body: aRating({ ...body, yours: true, changeableUntil: '2027-02-13T12:00:00Z' }),
      }));
    });
    const { router } = renderApp(RATE);

    await user.click(await overallScore('4 – Good'));
    await user.click(within(screen.getByRole('group', { name: 'Ease of access' })).getByLabelText('2 – Poor'));
    await user.selectOptions(screen.getByLabelText('Month'), '10');
    const review = screen.getByLabelText('Your review (optional)');
    await user.type(review, 'Friendly volunteers.');
    expect(screen.getByText('You have 1,980 characters remaining')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send rating' }));

    expect(await screen.findByText('Thank you for rating Community gardens')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/services/community-gardens');
    expect(screen.getByText(/Your review is now on the reviews page with your name\./)).toBeTruthy();
    expect(screen.getByText('You can change your rating until 13 February 2027.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read your review' }).getAttribute('href')).toBe(
      `/services/community-gardens/reviews#review-${RATING_ID}`,
    );

    const [post] = writes(fetch.requests);
    expect(post.method).toBe('POST');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ overall: 4, access: 2, review: 'Friendly volunteers.', usedIn: '2026-10' });
  });

  it('shows the API’s field errors in the summary, linked to their fields', async () => {
    const user = userEvent.setup();
    stubRate().on(
      'POST',
      RATINGS,
      problem(400, 'Bad Request', { errors: [{ field: 'create.input.review', message: 'Remove the link from your review' }] }),
    );
    renderApp(RATE);

    await user.click(await overallScore('3 – Neither good nor poor'));
    await user.type(screen.getByLabelText('Your review (optional)'), 'See http://spam.example');
    await user.click(screen.getByRole('button', { name: 'Send rating' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Remove the link from your review' }).getAttribute('href')).toBe('#review');
    expect(screen.getByLabelText('Your review (optional)').getAttribute('aria-invalid')).toBe('true');
  });

  it('after a 409 (already rated) loads my rating and changes it instead, with If-Match', async () => {
    const user = userEvent.setup();
    let rated = false;
    const fetch = stubRate()
      .on('GET', MINE, () =>
        rated ? { body: aRating({ yours: true, changeableUntil: '2027-01-30T09:30:00Z' }) } : problem(404, 'Not Found'),
      )
      .on('POST', RATINGS, () => {
        rated = true;
        return problem(409, 'Conflict', { detail: 'You have already rated this service.' });
      })
      .on('PUT', `/api/v1/ratings/${RATING_ID}`, { body: aRating({ overall: 5, review: null as unknown as string }) });
    const { router } = renderApp(RATE);

    await user.click(await overallScore('5 – Very good'));
    await user.click(screen.getByRole('button', { name: 'Send rating' }));

    expect(await screen.findByText(/You have already rated this service recently\./)).toBeTruthy();
    expect(await screen.findByText(/You rated this service on 1 November 2026\./)).toBeTruthy();
    // my new answers are kept
    expect((await overallScore('5 – Very good')).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save changes to your rating' }));
    expect(await screen.findByText('Your rating has been changed')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/services/community-gardens');
    expect(screen.getByText("Your scores are now counted in this service's ratings.")).toBeTruthy();
    const put = writes(fetch.requests).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
  });

  it('prefills my current rating and saves changes with PUT and If-Match', async () => {
    const user = userEvent.setup();
    const mine = aRating({ yours: true, changeableUntil: '2027-01-30T09:30:00Z' });
    const fetch = stubRate({ mine: { body: mine, headers: { ETag: '"2"' } } }).on('PUT', `/api/v1/ratings/${RATING_ID}`, (request) =>
      request.json().then((body: Record<string, unknown>) => ({ body: aRating({ ...body, version: 3 }) })),
    );
    renderApp(RATE);

    expect(
      await screen.findByText('You rated this service on 1 November 2026. You can change your rating until 30 January 2027.'),
    ).toBeTruthy();
    expect((await overallScore('4 – Good')).checked).toBe(true);
    const courtesy = screen.getByRole('group', { name: 'How you were treated' });
    expect((within(courtesy).getByLabelText('5 – Very good') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Month') as HTMLSelectElement).value).toBe('10');
    expect((screen.getByLabelText('Your review (optional)') as HTMLTextAreaElement).value).toBe(
      'Friendly volunteers.\n\nThe gate could open earlier.',
    );

    await user.click(within(screen.getByRole('group', { name: 'Ease of access' })).getByLabelText('No answer'));
    await user.click(screen.getByRole('button', { name: 'Save changes to your rating' }));

    expect(await screen.findByText('Your rating has been changed')).toBeTruthy();
    const [put] = writes(fetch.requests);
    expect(put.method).toBe('PUT');
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({
      overall: 4,
      courtesy: 5,
      review: 'Friendly volunteers.\n\nThe gate could open earlier.',
      usedIn: '2026-10',
    });
  });

  it('says to reload when my rating changed elsewhere (412)', async () => {
    const user = userEvent.setup();
    stubRate({ mine: { body: aRating({ yours: true }) } }).on(
      'PUT',
      `/api/v1/ratings/${RATING_ID}`,
      problem(412, 'Precondition Failed'),
    );
    renderApp(RATE);

    await user.click(await overallScore('2 – Poor'));
    await user.click(screen.getByRole('button', { name: 'Save changes to your rating' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Your rating has been changed somewhere else');
    expect(within(summary).getByRole('link', { name: 'Reload the page' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it('refuses a month in the future', async () => {
    const user = userEvent.setup();
    const fetch = stubRate();
    renderApp(RATE);

    await user.click(await overallScore('4 – Good'));
    await user.selectOptions(screen.getByLabelText('Month'), '12');
    await user.click(screen.getByRole('button', { name: 'Send rating' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The month you used the service must be this month or earlier' }).getAttribute('href')).toBe(
      '#usedIn-month',
    );
    expect(writes(fetch.requests)).toHaveLength(0);
  });
});
