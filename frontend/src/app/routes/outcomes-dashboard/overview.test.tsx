import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anOverview } from '@/testing/dashboard-data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const OVERVIEW_PATH = '/api/v1/outcomes/overview';

function stubOverview(body: unknown = anOverview()) {
  return stubFetch()
    .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
    .on('GET', OVERVIEW_PATH, { body });
}

describe('outcomes across all services', () => {
  it('gives the totals with a sentence for each Co', async () => {
    stubOverview();
    renderApp('/outcomes');

    expect(await screen.findByRole('heading', { level: 1, name: 'Outcomes across all services' })).toBeTruthy();
    expect(document.title).toBe('Outcomes across all services – Coproduce');
    expect(await screen.findByText('From 1 November 2025 to 31 October 2026')).toBeTruthy();
    const totals = screen.getByRole('heading', { level: 2, name: 'All services together' }).closest('section')!;
    expect(within(totals).getByText('People gave 120 supports to ideas they want to see happen.')).toBeTruthy();
    expect(within(totals).getByText('People proposed 40 ideas, and 75% of them have had an answer.')).toBeTruthy();
    expect(
      within(totals).getByText('Volunteers gave 2,000 hours of approved time on 25 shifts, and people logged 60 everyday contributions.'),
    ).toBeTruthy();
    expect(within(totals).getByText("The value of citizens' time: £28,500")).toBeTruthy();
    expect(
      within(totals).getByText(
        "2,000 approved hours, each service's hours at its own hourly value (£13.50 an hour where a service has not set one)",
      ),
    ).toBeTruthy();
    expect(within(totals).queryByText(/Staff spent/)).toBeNull();
    expect(within(totals).getByText('People gave services 80 ratings.')).toBeTruthy();
    expect(
      within(totals).getByText('Staff promised 6 changes in reply to reviews, and reviewers have confirmed 4 of them.'),
    ).toBeTruthy();
    expect(within(totals).getByText('25% of what people did was action; the rest was voice.')).toBeTruthy();
    expect(
      screen.getByText(
        'Figures last refreshed at 09:27 on 2 November 2026. They are rebuilt every few minutes; ratings and changes are always up to date.',
      ),
    ).toBeTruthy();

    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Outcomes' }).getAttribute('aria-current')).toBe('page');
  });

  it('gives the balance of voice and action month by month for all services, as a table with its own caption', async () => {
    stubOverview();
    renderApp('/outcomes');

    const totals = await screen.findByRole('heading', { level: 2, name: 'All services together' }).then((h) => h.closest('section')!);
    expect(within(totals).getByText('25% of what people did was action; the rest was voice.')).toBeTruthy();
    expect(within(totals).getByRole('heading', { level: 4, name: 'Month by month' })).toBeTruthy();
    const table = within(totals).getByRole('table', { name: 'Voice and action across all services by month, oldest first' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Month', 'Voice', 'Action', 'Action share']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Aug 2026August 2026',
      'Sept 2026September 2026',
      'Oct 2026October 2026',
    ]);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['40', '20', '33%']);
    expect(within(rows[2]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '0', '–no activity']);

    const chart = totals.querySelector('.app-pair-chart')!;
    expect(chart.closest('[aria-hidden="true"]')).toBeTruthy();
    expect(chart.querySelectorAll('.app-pair-chart__month')).toHaveLength(3);
  });

  it('shows the staff time beside the value, and no trend when there are no months', async () => {
    const overview = anOverview();
    stubOverview(
      anOverview({
        totals: {
          ...overview.totals,
          valueOfTime: { ...overview.totals.valueOfTime, staffSupportHours: 40, citizenHoursPerStaffHour: 50 },
          trend: [],
        },
        refreshedAt: null as unknown as string,
      }),
    );
    renderApp('/outcomes');

    const totals = await screen.findByRole('heading', { level: 2, name: 'All services together' }).then((h) => h.closest('section')!);
    expect(within(totals).getByText('Staff spent 40 hours supporting volunteers: 50 volunteer hours for every staff hour.')).toBeTruthy();
    expect(within(totals).queryByRole('table')).toBeNull();
    expect(screen.getByText('These figures have not been counted yet; they are rebuilt every few minutes.')).toBeTruthy();
  });

  it('lists every service in a table, each linking to its record', async () => {
    stubOverview();
    renderApp('/outcomes');

    const table = await screen.findByRole('table', { name: 'Main figures for each service' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Service',
      'Ideas',
      'Answered',
      'Approved hours',
      'Everyday contributions',
      'Ratings',
      'Average out of 5',
    ]);
    const [gardens, bins] = within(table).getAllByRole('row').slice(1);
    expect(within(gardens).getByRole('link', { name: 'Community gardens' }).getAttribute('href')).toBe(
      '/services/community-gardens/record',
    );
    expect(within(gardens).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['12', '75%', '1,234.5', '8', '15', '4.1']);
    expect(within(bins).getByRole('link', { name: 'Missed bin collections' }).getAttribute('href')).toBe('/services/missed-bins/record');
    expect(within(bins).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '0',
      '–Not enough data',
      '0',
      '0',
      '3',
      '–not enough ratings',
    ]);

    // on a phone the same figures show as a short list per service (CSS shows one or the other)
    const list = document.querySelector('.app-services-list')!;
    const item = within(list as HTMLElement).getByRole('heading', { level: 3, name: 'Community gardens' }).closest('li')!;
    expect(within(item).getByText('Approved hours').nextElementSibling!.textContent).toBe('1,234.5');
  });

  it('links to the open data and passes the period on to the API', async () => {
    const fetch = stubOverview();
    renderApp('/outcomes?from=2025-01-01&to=2025-12-31');

    expect((await screen.findByRole('link', { name: 'Open data' })).getAttribute('href')).toBe('/open-data');
    await screen.findByRole('table', { name: 'Main figures for each service' });
    const asked = new URL(fetch.requests.find((r) => new URL(r.url).pathname === OVERVIEW_PATH)!.url);
    expect(asked.searchParams.get('from')).toBe('2025-01-01');
    expect(asked.searchParams.get('to')).toBe('2025-12-31');
    expect(screen.getByRole('link', { name: 'Last year' }).getAttribute('aria-current')).toBe(
      new Date().getFullYear() === 2026 ? 'page' : null,
    );
  });

  it('says so when the figures cannot be loaded', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', OVERVIEW_PATH, problem(500, 'Server error'));
    renderApp('/outcomes');

    expect(await screen.findByText('Sorry, the figures could not be loaded. Try again later.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
