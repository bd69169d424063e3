import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { aChange, aRating, OTHER_RATING_ID, RATING_ID } from '@/testing/ratings-data';
import { renderApp } from '@/testing/render';
import type { MeView, RatingView } from '@/types';

const REVIEWS = '/api/v1/services/community-gardens/ratings';

const replied = aRating({
  reply: {
    id: 'reply-1',
    body: 'Thank you. The gate now opens at 8am.',
    authorName: 'Sam Staff',
    createdAt: '2026-11-03T10:00:00Z',
    updatedAt: '2026-11-03T10:00:00Z',
    version: 1,
  },
  change: aChange({
    status: 'DONE',
    doneAt: '2026-12-01T10:00:00Z',
    askedAt: '2026-12-01T10:00:00Z',
    confirmation: { answer: 'PARTLY', comment: 'Most days it is open.', answeredAt: '2026-12-02T10:00:00Z' },
  }),
});
const imported = aRating({
  id: OTHER_RATING_ID,
  overall: 2,
  access: null as unknown as number,
  courtesy: null as unknown as number,
  reviewerName: null as unknown as string,
  source: 'library-kiosk',
  review: 'Hard to find.',
  usedIn: null as unknown as string,
});

function stubReviews(me: MeView | null, pages: Record<string, RatingView[]> = { '': [replied, imported] }) {
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/services/community-gardens', { body: aService() })
    .on('GET', REVIEWS, (request) => {
      const cursor = new URL(request.url).searchParams.get('cursor') ?? '';
      const keys = Object.keys(pages);
      const next = keys[keys.indexOf(cursor) + 1];
      return { body: { items: pages[cursor] ?? [], nextCursor: next ?? null } };
    });
}

/** A review on the page, once it has loaded. */
const findReview = (id: string) =>
  waitFor(() => {
    const element = document.getElementById(`review-${id}`);
    if (!element) throw new Error(`review-${id} is not on the page`);
    return element;
  });

const listRequests = (requests: Request[]) =>
  requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === REVIEWS).map((r) => new URL(r.url).searchParams);

describe('reviews page', () => {
  it('shows each review with its score in words, reviewer, month, reply and the change it led to', async () => {
    stubReviews(null);
    renderApp('/services/community-gardens/reviews');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeTruthy();
    expect(await screen.findByText('Showing 2 reviews')).toBeTruthy();
    expect(document.title).toBe('Reviews of Community gardens – Coproduce');

    const first = document.getElementById(`review-${RATING_ID}`)!;
    expect(within(first).getByRole('heading', { level: 3, name: 'Good (4 out of 5)' })).toBeTruthy();
    expect(first.textContent).toContain('Bob Citizen, 1 November 2026');
    expect(first.textContent).toContain('Used the service in October 2026');
    expect(within(first).getByText('Ease of access: Neither good nor poor (3 out of 5)')).toBeTruthy();
    expect(within(first).getByText('How you were treated: Very good (5 out of 5)')).toBeTruthy();
    expect(within(first).getByRole('heading', { level: 4, name: 'Reply from Sam Staff' })).toBeTruthy();
    expect(within(first).getByRole('heading', { level: 4, name: 'We are making a change' })).toBeTruthy();
    expect(within(first).getByText('The gate is opened by 8am every day.')).toBeTruthy();
    expect(within(first).getByText('Done')).toBeTruthy();
    expect(within(first).getByText('on 1 December 2026')).toBeTruthy();
    expect(within(first).getByText('Partly')).toBeTruthy();
    expect(within(first).getByText('Most days it is open.')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'More about this change' }).getAttribute('href')).toBe(
      '/changes/99999999-9999-4999-8999-999999999991',
    );
    // signed out: nothing to report or reply with
    expect(within(first).queryByRole('button', { name: /Report/ })).toBeNull();

    const second = document.getElementById(`review-${OTHER_RATING_ID}`)!;
    expect(within(second).getByRole('heading', { level: 3, name: 'Poor (2 out of 5)' })).toBeTruthy();
    expect(second.textContent).toContain('Collected by library-kiosk');
  });

  it('puts the order and filter in the URL and asks the API for them', async () => {
    const user = userEvent.setup();
    const fetch = stubReviews(null);
    const { router } = renderApp('/services/community-gardens/reviews');

    await screen.findByText('Showing 2 reviews');
    expect(listRequests(fetch.requests)[0].get('sort')).toBe('newest');
    expect(listRequests(fetch.requests)[0].has('replied')).toBe(false);

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Lowest score first');
    await user.selectOptions(screen.getByLabelText('Show'), 'Reviews without a reply');
    await user.click(screen.getByRole('button', { name: 'Show reviews' }));

    await waitFor(() => expect(router.state.location.search).toBe('?sort=lowest&filter=not-replied'));
    await waitFor(() => expect(listRequests(fetch.requests)).toHaveLength(2));
    const params = listRequests(fetch.requests)[1];
    expect(params.get('sort')).toBe('lowest');
    expect(params.get('replied')).toBe('false');
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('lowest');
  });

  it('shows more reviews with the next cursor and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    const third = aRating({ id: 'third-review', overall: 5, review: 'Lovely.' });
    const fetch = stubReviews(null, { '': [replied, imported], 'cursor-2': [third] });
    renderApp('/services/community-gardens/reviews?sort=highest');

    await screen.findByText('Showing 2 reviews');
    await user.click(screen.getByRole('button', { name: 'Show more reviews' }));

    expect(await screen.findByText('Showing 3 reviews')).toBeTruthy();
    const requests = listRequests(fetch.requests);
    expect(requests[1].get('cursor')).toBe('cursor-2');
    expect(requests[1].get('sort')).toBe('highest');
    await waitFor(() => expect(document.activeElement?.id).toBe('review-third-review'));
    expect(screen.queryByRole('button', { name: 'Show more reviews' })).toBeNull();
  });

  it('lands on the review a notification links to, fetching it when it is not on the first page', async () => {
    const mine = aRating({ id: 'older-review', yours: true, hidden: true, review: null as unknown as string });
    stubReviews(aCitizen()).on('GET', '/api/v1/ratings/older-review', { body: mine });
    renderApp('/services/community-gardens/reviews#review-older-review');

    const linked = await screen.findByRole('heading', { level: 2, name: 'The review you followed a link to' });
    const item = await within(linked.closest('section')!).findByText('Hidden by moderators');
    await waitFor(() => expect(document.activeElement?.id).toBe('review-older-review'));
    expect(item.closest('.app-review')?.textContent).toContain('Only you and staff can see this review.');
  });

  it('lets signed-in people report a review, without a Reply link', async () => {
    const user = userEvent.setup();
    const fetch = stubReviews(aCitizen()).on('POST', '/api/v1/reports', { status: 201, body: {} });
    renderApp('/services/community-gardens/reviews');

    const first = await findReview(RATING_ID);
    expect(within(first).queryByRole('link', { name: /^Reply/ })).toBeNull();
    await user.click(within(first).getByRole('button', { name: 'Report the review by Bob Citizen' }));
    await user.type(within(first).getByLabelText('Why are you reporting this review?'), 'Names a volunteer.');
    await user.click(within(first).getByRole('button', { name: 'Send report' }));
    expect(await within(first).findByText('Thank you. Moderators will look at it.')).toBeTruthy();
    const report = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await report.json()).toEqual({ targetType: 'review', targetId: RATING_ID, reason: 'Names a volunteer.' });
  });

  it('gives staff of the organisation a Reply link for each review', async () => {
    stubReviews(aStaffMember());
    renderApp('/services/community-gardens/reviews');

    const second = await findReview(OTHER_RATING_ID);
    expect(within(second).getByRole('link', { name: 'Reply to the review collected by library-kiosk' }).getAttribute('href')).toBe(
      `/reviews/${OTHER_RATING_ID}/reply`,
    );
    const first = document.getElementById(`review-${RATING_ID}`)!;
    expect(within(first).getByRole('link', { name: 'Change the reply to the review by Bob Citizen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Reviews waiting for a reply' }).getAttribute('href')).toBe('/reviews/awaiting-reply');
  });
});
