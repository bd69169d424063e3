import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { aRating, aSmallSummary, aSummary } from '@/testing/ratings-data';
import { renderApp } from '@/testing/render';

describe('service page', () => {
  it('shows the service to anyone, with paragraphs and contact links, and no staff actions', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/services/community-gardens', { body: aService(), headers: { ETag: '"3"' } });
    renderApp('/services/community-gardens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Community gardens' })).toBeTruthy();
    expect(screen.getByText('First paragraph.').tagName).toBe('P');
    expect(screen.getByText('Second paragraph.').tagName).toBe('P');
    expect(screen.getByRole('link', { name: 'gardens@example.org' }).getAttribute('href')).toBe('mailto:gardens@example.org');
    expect(screen.getByRole('link', { name: '01234 567890' }).getAttribute('href')).toBe('tel:01234567890');
    expect(screen.queryByRole('link', { name: 'Edit this service' })).toBeNull();
    expect(document.title).toBe('Community gardens – Coproduce');
  });

  it('shows Page not found for an unknown slug', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/services/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('lets staff of the organisation archive it after confirming, then says so in the directory', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/services/community-gardens', { body: aService() })
      .on('DELETE', '/api/v1/services/22222222-2222-4222-8222-222222222222', { status: 204 })
      .on('GET', '/api/v1/services', { body: { items: [], nextCursor: null } })
      .on('GET', '/api/v1/organisations', { body: { items: [], nextCursor: null } })
      .on('GET', '/api/v1/service-areas', { body: { items: [], nextCursor: null } });
    const { router } = renderApp('/services/community-gardens');

    expect(await screen.findByRole('link', { name: 'Edit this service' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Archive this service' }));
    expect(screen.getByRole('heading', { name: 'Are you sure you want to archive Community gardens?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, archive this service' }));

    expect(
      await screen.findByText('Community gardens has been archived. It no longer appears in the directory.'),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/services');
    const deleteCall = fetch.requests.find((r) => r.method === 'DELETE')!;
    expect(deleteCall.headers.get('If-Match')).toBe('"3"');
  });

  describe('ratings', () => {
    function stubService(summary: unknown, reviews: unknown[] = []) {
      return stubFetch()
        .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
        .on('GET', '/api/v1/services/community-gardens', { body: aService() })
        .on('GET', '/api/v1/services/community-gardens/ratings/summary', { body: summary })
        .on('GET', '/api/v1/services/community-gardens/ratings', { body: { items: reviews, nextCursor: null } });
    }

    const section = async () =>
      (await screen.findByRole('heading', { level: 2, name: 'Ratings and reviews' })).closest('section') as HTMLElement;

    it('shows only the count below 5 ratings, with the ways in', async () => {
      const fetch = stubService(aSmallSummary(3));
      renderApp('/services/community-gardens');

      const ratings = await section();
      expect(await within(ratings).findByText('3 ratings')).toBeTruthy();
      expect(within(ratings).getByText(/^Not enough ratings yet\./)).toBeTruthy();
      expect(within(ratings).queryByText('Average score')).toBeNull();
      expect(within(ratings).queryByRole('table')).toBeNull();
      expect(within(ratings).getByText('No one has written a review yet.')).toBeTruthy();
      expect(within(ratings).getByRole('link', { name: 'Rate this service' }).getAttribute('href')).toBe(
        '/services/community-gardens/rate',
      );
      expect(within(ratings).getByRole('link', { name: 'Read reviews' }).getAttribute('href')).toBe(
        '/services/community-gardens/reviews',
      );
      expect(within(ratings).getByRole('link', { name: 'You said, we did' }).getAttribute('href')).toBe(
        '/services/community-gardens/you-said-we-did',
      );
      const latest = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/services/community-gardens/ratings')!;
      expect(new URL(latest.url).searchParams.get('limit')).toBe('3');
      expect(new URL(latest.url).searchParams.get('sort')).toBe('newest');
    });

    it('shows the mean, count, net score, spread, aspects, trend and newest reviews from 5 ratings', async () => {
      stubService(aSummary(), [aRating()]);
      renderApp('/services/community-gardens');

      const ratings = await section();
      expect(await within(ratings).findByText('3.9 out of 5')).toBeTruthy();
      expect(within(ratings).getByText('128')).toBeTruthy();
      expect(within(ratings).getByText('+42.5')).toBeTruthy();
      expect(within(ratings).getByText(/^The net score is above zero/)).toBeTruthy();

      const spread = within(ratings).getByRole('table', { name: 'Number of ratings for each score' });
      const rows = within(spread).getAllByRole('row').slice(1);
      expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
        ['5 – Very good', '61', '48%'],
        ['4 – Good', '23', '18%'],
        ['3 – Neither good nor poor', '21', '16%'],
        ['2 – Poor', '13', '10%'],
        ['1 – Very poor', '10', '8%'],
      ]);
      // the bars are for the eye; the table carries the figures for everyone
      expect(ratings.querySelector('.app-bar-chart')?.getAttribute('aria-hidden')).toBe('true');

      const aspects = within(ratings).getByRole('table', { name: 'Average score for each part of the service' });
      expect(within(aspects).getByRole('row', { name: /Ease of access/ }).textContent).toContain('3.4');
      expect(within(aspects).getByRole('row', { name: /Speed/ }).textContent).toContain('Not enough answers');

      expect(within(ratings).getByText('Show the monthly trend')).toBeTruthy();
      const trend = within(ratings).getByRole('table', { name: 'Ratings by month, newest first', hidden: true });
      const months = within(trend).getAllByRole('row', { hidden: true }).slice(1);
      expect(months).toHaveLength(24);
      expect(months[0].textContent).toBe('Oct 2026October 2026124.1+50');
      expect(within(months[0]).getByRole('rowheader').textContent).toContain('October 2026');
      expect(months[1].textContent).toContain('September 2026');
      expect(months[1].textContent).toContain('not enough ratings');

      expect(within(ratings).getByRole('heading', { level: 4, name: 'Good (4 out of 5)' })).toBeTruthy();
      expect(within(ratings).getByText('Friendly volunteers.')).toBeTruthy();
    });

    it('says nothing is wrong with the service when its ratings cannot be loaded', async () => {
      stubFetch()
        .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
        .on('GET', '/api/v1/services/community-gardens', { body: aService() })
        .on('GET', '/api/v1/services/community-gardens/ratings/summary', problem(500, 'Server Error'));
      renderApp('/services/community-gardens');
      expect(await screen.findByText('Sorry, the ratings could not be loaded. Try again later.')).toBeTruthy();
      expect(screen.getByRole('heading', { level: 1, name: 'Community gardens' })).toBeTruthy();
    });
  });
});
