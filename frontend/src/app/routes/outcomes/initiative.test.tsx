import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { aStaffMember } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import {
  aRatingResult,
  aVisitsResult,
  anEvaluation,
  anIndicator,
  anInitiative,
  INDICATOR_ID,
  INITIATIVE_ID,
} from '@/testing/outcomes-data';
import { renderApp } from '@/testing/render';
import type { EvaluationView, MeView } from '@/types';

const EVALUATION_PATH = `/api/v1/initiatives/${INITIATIVE_ID}/evaluation`;

function stub(evaluation: EvaluationView | ReturnType<typeof problem>, me: MeView | null = null, fetch: FetchStub = stubFetch()) {
  return fetch
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', `/api/v1/initiatives/${INITIATIVE_ID}`, { body: anInitiative() })
    .on('GET', EVALUATION_PATH, 'status' in evaluation ? evaluation : { body: evaluation })
    .on('GET', '/api/v1/indicators', { body: { items: [anIndicator()] } });
}

/** Each row of a two-column figures table as [figure, value]. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
}

describe('an initiative and its evaluation', () => {
  it('shows the details, the caveat, a sentence for each indicator and the figures as tables', async () => {
    const fetch = stub(anEvaluation());
    renderApp(`/initiatives/${INITIATIVE_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Volunteer key holders open the garden on Sundays' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Community gardens' }).getAttribute('href')).toBe('/services/community-gardens');
    expect(screen.getByText('From 1 March 2026')).toBeTruthy();
    expect(screen.getByText('Co-design – Citizens help design the service, or changes to it')).toBeTruthy();
    expect(screen.getByText('Neighbours hold keys.').tagName).toBe('P');
    expect(screen.getByRole('link', { name: 'Riverside library' }).getAttribute('href')).toBe('/services/riverside-library');
    expect(screen.queryByRole('link', { name: 'Change this initiative' })).toBeNull();

    const evaluation = screen.getByRole('heading', { level: 2, name: 'Before and after' }).closest('section') as HTMLElement;
    expect(
      within(evaluation).getByText(
        'These figures are indicative, not proof of cause: other things changed too. A difference whose interval includes zero may be chance.',
      ),
    ).toBeTruthy();
    expect(
      await within(evaluation).findByText(
        'Before: 6 months, from 1 September 2025 to 28 February 2026. After: 6 months, from 1 March 2026 to 31 August 2026.',
      ),
    ).toBeTruthy();

    // the service rating first, always
    const rating = within(evaluation).getByRole('region', { name: 'Service rating' });
    expect(
      within(rating).getByText(
        'Service rating rose from 3.5 to 3.6 out of 5 (+2.9%) after the start. The 95% interval, -0.2 to +0.4, includes zero: the change may be chance.',
      ),
    ).toBeTruthy();

    const visits = within(evaluation).getByRole('region', { name: 'Garden visits per week' });
    expect(
      within(visits).getByText(
        'Garden visits per week rose from 40 to 50 visits (+25%) after the start. The 95% interval, +8 to +12, does not include zero: this looks like an improvement.',
      ),
    ).toBeTruthy();
    expect(
      within(visits).getByText(
        'Compared with the comparison services, it improved more than they did: a difference in differences of +8 (95% interval +5.5 to +10.25).',
      ),
    ).toBeTruthy();
    // the bars are for the eye; the table carries the same figures for everyone
    expect(visits.querySelector('.app-bar-chart')?.getAttribute('aria-hidden')).toBe('true');
    const table = within(visits).getByRole('table', { name: 'Figures for Garden visits per week (visits)' });
    expect(rows(table)).toEqual([
      ['Average before the start', '40'],
      ['Observations before the start', '26'],
      ['Average after the start', '50'],
      ['Observations after the start', '26'],
      ['Difference (after minus before)', '+10'],
      ['Change as a percentage', '+25%'],
      ['95% interval of the difference', '+8 to +12'],
      ['Comparison services: average before', '30'],
      ['Comparison services: observations before', '26'],
      ['Comparison services: average after', '32'],
      ['Comparison services: observations after', '26'],
      ['Difference in differences', '+8'],
      ['95% interval of the difference in differences', '+5.5 to +10.25'],
    ]);
    expect(within(rating).getByRole('table', { name: 'Figures for Service rating (average score out of 5)' })).toBeTruthy();

    const request = fetch.requests.find((r) => new URL(r.url).pathname === EVALUATION_PATH)!;
    expect(new URL(request.url).searchParams.get('months')).toBe('6');
  });

  it('explains results without enough data, and asks for other months through the URL', async () => {
    const user = userEvent.setup();
    const fetch = stub(
      anEvaluation({
        indicators: [
          aRatingResult({
            beforeCount: 0,
            beforeMean: null as unknown as number,
            difference: null as unknown as number,
            percentChange: null as unknown as number,
            low: null as unknown as number,
            high: null as unknown as number,
            verdict: 'NOT_ENOUGH_DATA',
          }),
          aVisitsResult({
            beforeCount: 1,
            afterCount: 3,
            beforeMean: 40,
            afterMean: 36,
            difference: -4,
            percentChange: -10,
            low: null as unknown as number,
            high: null as unknown as number,
            verdict: 'NOT_ENOUGH_DATA',
            comparison: null as unknown as EvaluationView['indicators'][number]['comparison'],
          }),
        ],
      }),
    );
    const { router } = renderApp(`/initiatives/${INITIATIVE_ID}`);

    const rating = await screen.findByRole('region', { name: 'Service rating' });
    expect(
      within(rating).getByText(
        'There are no observations of Service rating before the start in this period, so there is nothing to compare.',
      ),
    ).toBeTruthy();
    expect(within(rating).getByText(/^To compare, the indicator needs observations both before and after/)).toBeTruthy();

    const visits = screen.getByRole('region', { name: 'Garden visits per week' });
    expect(
      within(visits).getByText(
        'Garden visits per week fell from 40 to 36 visits (-10%) after the start. There are too few observations for a 95% interval, so the change may be chance.',
      ),
    ).toBeTruthy();
    const table = within(visits).getByRole('table');
    expect(within(table).getByRole('row', { name: /95% interval of the difference/ }).textContent).toContain(
      'Not enough observations',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Months before and after the start' }), '12');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));
    await waitFor(() => expect(router.state.location.search).toBe('?months=12'));
    await waitFor(() =>
      expect(fetch.requests.some((r) => new URL(r.url).searchParams.get('months') === '12')).toBe(true),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Before and after' })));
  });

  it('says what to do when no indicator has observations on both sides (409)', async () => {
    const detail =
      'No indicator has observations both in the 6 months before 2026-03-01 (from 2025-09-01) and in the 6 months from it (to 2026-08-31). Add observations, or choose a different number of months.';
    stub(problem(409, 'Conflict', { detail }), aStaffMember());
    renderApp(`/initiatives/${INITIATIVE_ID}?months=6`);

    expect(await screen.findByRole('heading', { level: 3, name: 'There is nothing to compare yet' })).toBeTruthy();
    expect(screen.getByText(detail)).toBeTruthy();
    expect(screen.getByText(/^Add observations to the service's outcome indicators/)).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Add observations to Garden visits per week' })).getAttribute('href')).toBe(
      `/indicators/${INDICATOR_ID}`,
    );
    // the caveat stays, and staff of the organisation can change the initiative
    expect(screen.getByText(/^These figures are indicative, not proof of cause/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change this initiative' }).getAttribute('href')).toBe(
      `/initiatives/${INITIATIVE_ID}/edit`,
    );
  });

  it('builds the sentences in Welsh', async () => {
    stub(anEvaluation());
    await i18n.changeLanguage('cy');
    renderApp(`/initiatives/${INITIATIVE_ID}`);
    const visits = await screen.findByRole('region', { name: 'Garden visits per week' });
    expect(
      within(visits).getByText(
        "Cododd Garden visits per week o 40 i 50 visits (+25%) ar ôl y dechrau. Nid yw'r cyfwng 95%, +8 i +12, yn cynnwys sero: mae'n edrych fel gwelliant.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Sgôr y gwasanaeth' })).toBeTruthy();
  });
});
