import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import { anIndicator, INDICATOR_ID, someObservations } from '@/testing/outcomes-data';
import { renderApp } from '@/testing/render';
import type { MeView, ObservationView } from '@/types';

const GARDENS = aService();
const INDICATOR_PATH = `/api/v1/indicators/${INDICATOR_ID}`;
const OBSERVATIONS_PATH = `${INDICATOR_PATH}/observations`;

function stub(me: MeView | null = aStaffMember(), observations: () => ObservationView[] = someObservations) {
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', `/api/v1/services/${GARDENS.id}`, { body: GARDENS })
    .on('GET', INDICATOR_PATH, { body: anIndicator() })
    .on('GET', OBSERVATIONS_PATH, () => ({ body: { items: observations(), nextCursor: null } }));
}

const writes = (fetch: FetchStub) => fetch.requests.filter((r) => r.method !== 'GET');
const csvFile = (text: string, name = 'visits.csv') => new File([text], name, { type: 'text/csv' });

describe('an indicator and its observations', () => {
  it('shows the indicator and its observations as a table, with the chart hidden from screen readers', async () => {
    stub(null);
    renderApp(`/indicators/${INDICATOR_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Garden visits per week' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Community gardens' }).getAttribute('href')).toBe(
      '/services/community-gardens#outcomes',
    );
    expect(screen.getByText('Higher is better')).toBeTruthy();
    expect(screen.getByText('24 observations, from 7 September 2025 to 30 August 2026.')).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Observations of Garden visits per week, in visits, oldest first' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['4 January 2026', '38', 'Staff'],
      ['11 January 2026', '42.5', 'CSV upload'],
      ['18 January 2026', '40', 'Another system'],
    ]);
    expect(document.querySelector('.app-column-chart')?.getAttribute('aria-hidden')).toBe('true');
    // only staff of the organisation can add observations
    expect(screen.queryByRole('heading', { name: 'Add observations' })).toBeNull();
    expect(screen.queryByLabelText('CSV file')).toBeNull();
  });

  it('adds an observation in the indicator unit, after checking the date and the value', async () => {
    const user = userEvent.setup();
    let observations = someObservations();
    const fetch = stub(aStaffMember(), () => observations).on('POST', OBSERVATIONS_PATH, async (request) => {
      const input = await request.clone().json();
      observations = [...observations, { ...input.observations[0], source: 'STAFF' }];
      return { body: anIndicator({ observationCount: 25 }) };
    });
    renderApp(`/indicators/${INDICATOR_ID}`);

    const form = (await screen.findByRole('heading', { level: 3, name: 'Add an observation' })).closest('section') as HTMLElement;
    expect(within(form).getByText('visits')).toBeTruthy();
    const value = within(form).getByRole('textbox', { name: 'Value' });
    // a value can be negative, and a phone's decimal keypad has no minus sign: the full keyboard
    expect(value.getAttribute('inputmode')).toBeNull();

    await user.type(within(form).getByLabelText('Day'), '31');
    await user.type(within(form).getByLabelText('Month'), '12');
    await user.type(within(form).getByLabelText('Year'), '2099');
    await user.type(value, '4x');
    await user.click(within(form).getByRole('button', { name: 'Add observation' }));
    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Date must be today or in the past' }).getAttribute('href')).toBe(
      '#observation-date-day',
    );
    expect(
      within(alert).getByRole('link', { name: 'Enter the value as a number, like 42 or 42.5' }).getAttribute('href'),
    ).toBe('#observation-value');
    expect(writes(fetch)).toEqual([]);

    await user.clear(within(form).getByLabelText('Year'));
    await user.type(within(form).getByLabelText('Year'), '2026');
    await user.clear(within(form).getByLabelText('Month'));
    await user.type(within(form).getByLabelText('Month'), '1');
    await user.clear(value);
    await user.type(value, '44.5');
    await user.click(within(form).getByRole('button', { name: 'Add observation' }));

    expect(await screen.findByText('1 observation saved')).toBeTruthy();
    expect(screen.getByText('Garden visits per week now has 25 observations. The table below shows them.')).toBeTruthy();
    const [post] = writes(fetch);
    expect(post.headers.get('Content-Type')).toContain('application/json');
    expect(await post.json()).toEqual({ observations: [{ observedOn: '2026-01-31', value: 44.5, unit: 'visits' }] });
    // the list is fetched again and shows the new value
    const table = screen.getByRole('table', { name: /^Observations of Garden visits per week/ });
    expect(await within(table).findByText('31 January 2026')).toBeTruthy();
    expect((within(form).getByRole('textbox', { name: 'Value' }) as HTMLInputElement).value).toBe('');
  });

  it('uploads a CSV file as text/csv and lists every bad line the API names, saying nothing was saved', async () => {
    const user = userEvent.setup();
    const fetch = stub().on(
      'POST',
      OBSERVATIONS_PATH,
      problem(400, 'Bad Request', {
        errors: [
          { field: 'line 3', message: "'4x' is not a number like 42.5" },
          { field: 'line 4', message: "the unit is 'visitors' but this indicator is measured in 'visits'" },
        ],
      }),
    );
    renderApp(`/indicators/${INDICATOR_ID}`);

    const form = (await screen.findByRole('heading', { level: 3, name: 'Upload a CSV file' })).closest('section') as HTMLElement;
    expect(within(form).getByText(/^date,value,unit\s+2026-10-31,42,visits/)).toBeTruthy();
    const input = within(form).getByLabelText('CSV file') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('.csv,text/csv');

    // nothing chosen yet
    await user.click(within(form).getByRole('button', { name: 'Upload observations' }));
    expect(await within(form).findByRole('link', { name: 'Select a CSV file' })).toBeTruthy();

    const csv = 'date,value,unit\n2026-10-31,42,visits\n2026-11-07,4x,visits\n2026-11-14,40,visitors\n';
    await user.upload(input, csvFile(csv));
    await user.click(within(form).getByRole('button', { name: 'Upload observations' }));

    const alert = await within(form).findByRole('alert');
    await waitFor(() =>
      expect(within(alert).getByRole('link', { name: "Line 3: '4x' is not a number like 42.5" }).getAttribute('href')).toBe(
        '#observations-file',
      ),
    );
    expect(
      within(alert).getByRole('link', {
        name: "Line 4: the unit is 'visitors' but this indicator is measured in 'visits'",
      }),
    ).toBeTruthy();
    expect(within(alert).getByText(/^Nothing from the file was saved\./)).toBeTruthy();
    expect(within(form).getByText(/Fix the lines listed above, then upload the file again\. Nothing was saved\./)).toBeTruthy();

    const [post] = writes(fetch);
    expect(post.headers.get('Content-Type')).toBe('text/csv');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.text()).toBe(csv);
  });

  it('says how many observations a CSV file saved and shows them', async () => {
    const user = userEvent.setup();
    let observations = someObservations();
    stub(aStaffMember(), () => observations).on('POST', OBSERVATIONS_PATH, () => {
      observations = [
        ...observations,
        { observedOn: '2026-01-25', value: 41, source: 'CSV' },
        { observedOn: '2026-02-01', value: 43, source: 'CSV' },
      ];
      return { body: anIndicator({ observationCount: 26 }) };
    });
    renderApp(`/indicators/${INDICATOR_ID}`);

    const input = (await screen.findByLabelText('CSV file')) as HTMLInputElement;
    await user.upload(input, csvFile('date,value,unit\r\n2026-01-25,41,visits\r\n2026-02-01,43,visits\r\n\r\n'));
    await user.click(screen.getByRole('button', { name: 'Upload observations' }));

    expect(await screen.findByText('2 observations saved')).toBeTruthy();
    expect(document.activeElement?.textContent).toContain('2 observations saved');
    const table = screen.getByRole('table', { name: /^Observations of Garden visits per week/ });
    expect(await within(table).findByText('1 February 2026')).toBeTruthy();
    expect(input.value).toBe('');
  });
});
