import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aServiceRecord, aTimeValue, NULL } from '@/testing/dashboard-data';
import { aStaffMember, SERVICE_REF } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const READ_PATH = '/api/v1/services/community-gardens/time-value';
const WRITE_PATH = `/api/v1/services/${SERVICE_REF.id}/time-value`;
const staffHoursPath = (month: string) => `${WRITE_PATH}/staff-hours/${month}`;

function stub(body: unknown = aTimeValue(), me: unknown = aStaffMember()) {
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', READ_PATH, { body });
}

const writes = (fetch: FetchStub) => fetch.requests.filter((r) => r.method !== 'GET');
const summaryRow = (key: string) => screen.getByText(key, { selector: 'dt' }).nextElementSibling!.textContent;

describe("the value of volunteers' time", () => {
  it('shows the value in use, the site value and the staff hours recorded, newest first', async () => {
    stub();
    renderApp('/services/community-gardens/time-value');

    expect(await screen.findByRole('heading', { level: 1, name: "Value of volunteers' time" })).toBeTruthy();
    expect(document.title).toBe("Value of volunteers' time for Community gardens – Coproduce");
    expect(screen.getByRole('link', { name: 'Back to what people did with Community gardens' }).getAttribute('href')).toBe(
      '/services/community-gardens/record',
    );
    expect(summaryRow('Value used in the record')).toBe('£13.50 an hour, the value this site uses');
    expect(summaryRow("This site's value")).toBe('£13.50 an hour');
    expect((screen.getByRole('radio', { name: "This site's value, £13.50 an hour" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('textbox', { name: 'Value of an hour' })).toBeNull();

    const table = screen.getByRole('table', { name: 'Staff hours by month, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['October 2026', 'August 2026']);
    expect(within(rows[1]).getAllByRole('cell')[0].textContent).toBe('7.25');
    expect(within(rows[0]).getByRole('button', { name: 'Remove staff hours for October 2026' })).toBeTruthy();
  });

  it('shows the service its own value, already filled in', async () => {
    stub(aTimeValue({ hourlyValue: 15, serviceHourlyValue: 15 }));
    renderApp('/services/community-gardens/time-value');

    await screen.findByRole('heading', { level: 1, name: "Value of volunteers' time" });
    expect(summaryRow('Value used in the record')).toBe("£15 an hour, this service's own value");
    expect((screen.getByRole('radio', { name: 'Its own value' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Value of an hour' }) as HTMLInputElement).value).toBe('15');
  });

  it('lets anyone read it, without the forms, when they may not change it', async () => {
    stub(aTimeValue({ canEdit: false }), null);
    renderApp('/services/community-gardens/time-value');

    await screen.findByRole('heading', { level: 1, name: "Value of volunteers' time" });
    expect(screen.getByText('Only staff of the organisation that runs this service can change these.')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    const table = screen.getByRole('table', { name: 'Staff hours by month, newest first' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Month', 'Hours']);
  });

  it("checks the hourly value, sets the service's own, then goes back to the site's", async () => {
    const user = userEvent.setup();
    let answer = aTimeValue({ hourlyValue: 15, serviceHourlyValue: 15 });
    const fetch = stub().on('PUT', WRITE_PATH, () => ({ body: answer }));
    renderApp('/services/community-gardens/time-value');

    await user.click(await screen.findByRole('radio', { name: 'Its own value' }));
    const amount = screen.getByRole('textbox', { name: 'Value of an hour' });
    await user.click(screen.getByRole('button', { name: 'Save hourly value' }));
    let alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Enter the value of an hour' }).getAttribute('href')).toBe('#hourly-value-amount');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(amount.getAttribute('aria-invalid')).toBe('true');

    await user.type(amount, '13.555');
    await user.click(screen.getByRole('button', { name: 'Save hourly value' }));
    alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Enter the value of an hour as an amount, like 15 or 13.50' })).toBeTruthy();
    await user.clear(amount);
    await user.type(amount, '10000.01');
    await user.click(screen.getByRole('button', { name: 'Save hourly value' }));
    expect(await screen.findByRole('link', { name: 'The value of an hour must be £10,000 or less' })).toBeTruthy();
    expect(writes(fetch)).toEqual([]);

    await user.clear(amount);
    await user.type(amount, '£15');
    await user.click(screen.getByRole('button', { name: 'Save hourly value' }));
    const banner = await screen.findByText('This service now uses its own value of £15 an hour');
    await waitFor(() => expect(document.activeElement).toBe(banner.closest('.app-focus-target')));
    expect(summaryRow('Value used in the record')).toBe("£15 an hour, this service's own value");
    expect(screen.queryByRole('link', { name: /Enter the value/ })).toBeNull();
    expect(await writes(fetch)[0].json()).toEqual({ hourlyValue: 15 });

    answer = aTimeValue();
    await user.click(screen.getByRole('radio', { name: "This site's value, £13.50 an hour" }));
    expect(screen.queryByRole('textbox', { name: 'Value of an hour' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save hourly value' }));
    expect(await screen.findByText("This service now uses the site's value of £13.50 an hour")).toBeTruthy();
    expect(summaryRow('Value used in the record')).toBe('£13.50 an hour, the value this site uses');
    const puts = writes(fetch);
    expect(puts).toHaveLength(2);
    expect(puts[1].method).toBe('PUT');
    expect(await puts[1].json()).toEqual({ hourlyValue: null });
  });

  it("shows the API's field errors on the fields they belong to", async () => {
    const user = userEvent.setup();
    stub()
      .on('PUT', WRITE_PATH, problem(400, 'Bad Request', { errors: [{ field: 'set.input.hourlyValue', message: 'must be at most 10000' }] }))
      .on(
        'PUT',
        staffHoursPath('2026-09'),
        problem(400, 'Bad Request', { errors: [{ field: 'month', message: 'must not be in the future' }] }),
      );
    renderApp('/services/community-gardens/time-value');

    await user.click(await screen.findByRole('radio', { name: 'Its own value' }));
    await user.type(screen.getByRole('textbox', { name: 'Value of an hour' }), '9999');
    await user.click(screen.getByRole('button', { name: 'Save hourly value' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Hourly value: must be at most 10000' }).getAttribute('href')).toBe(
      '#hourly-value-amount',
    );
    expect(screen.getByRole('textbox', { name: 'Value of an hour' }).getAttribute('aria-invalid')).toBe('true');

    const form = screen.getByRole('form', { name: 'Record staff hours for a month' });
    await user.type(within(form).getByRole('textbox', { name: 'Month' }), '9');
    await user.type(within(form).getByRole('textbox', { name: 'Year' }), '2026');
    await user.type(within(form).getByRole('textbox', { name: 'Hours' }), '4');
    await user.click(screen.getByRole('button', { name: 'Record staff hours' }));
    const link = await screen.findByRole('link', { name: 'Month: must not be in the future' });
    expect(link.getAttribute('href')).toBe('#staff-hours-month-month');
    expect(within(form).getByRole('textbox', { name: 'Month' }).getAttribute('aria-invalid')).toBe('true');
  });

  it("checks a month's staff hours, records them and shows them in the table", async () => {
    const user = userEvent.setup();
    const recorded = aTimeValue({
      staffHours: [
        { month: '2026-10', hours: 12.5 },
        { month: '2026-09', hours: 3.5 },
        { month: '2026-08', hours: 7.25 },
      ],
    });
    const fetch = stub().on('PUT', staffHoursPath('2026-09'), { body: recorded });
    renderApp('/services/community-gardens/time-value');

    const form = await screen.findByRole('form', { name: 'Record staff hours for a month' });
    const month = within(form).getByRole('textbox', { name: 'Month' });
    const year = within(form).getByRole('textbox', { name: 'Year' });
    const hours = within(form).getByRole('textbox', { name: 'Hours' });
    await user.click(screen.getByRole('button', { name: 'Record staff hours' }));
    let alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Enter the month and year' }).getAttribute('href')).toBe('#staff-hours-month-month');
    expect(within(alert).getByRole('link', { name: 'Enter the hours' }).getAttribute('href')).toBe('#staff-hours-hours');

    await user.type(month, '13');
    await user.type(year, '2026');
    await user.type(hours, '3.555');
    await user.click(screen.getByRole('button', { name: 'Record staff hours' }));
    alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'The month must be a real month' })).toBeTruthy();
    expect(
      within(alert).getByRole('link', { name: 'Enter the hours as a number with up to 2 decimal places, like 12 or 12.5' }),
    ).toBeTruthy();

    await user.clear(month);
    await user.type(month, '1');
    await user.clear(year);
    await user.type(year, String(new Date().getFullYear() + 1));
    await user.clear(hours);
    await user.type(hours, '100001');
    await user.click(screen.getByRole('button', { name: 'Record staff hours' }));
    alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'The month must be this month or in the past' })).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Hours must be 100,000 or fewer' })).toBeTruthy();
    expect(writes(fetch)).toEqual([]);

    await user.clear(month);
    await user.type(month, '09');
    await user.clear(year);
    await user.type(year, '2026');
    await user.clear(hours);
    await user.type(hours, '3.5');
    await user.click(screen.getByRole('button', { name: 'Record staff hours' }));
    expect(await screen.findByText('Staff hours for September 2026 recorded')).toBeTruthy();
    const puts = writes(fetch);
    expect(puts).toHaveLength(1);
    expect(new URL(puts[0].url).pathname).toBe(staffHoursPath('2026-09'));
    expect(await puts[0].json()).toEqual({ hours: 3.5 });

    const table = screen.getByRole('table', { name: 'Staff hours by month, newest first' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'October 2026',
      'September 2026',
      'August 2026',
    ]);
    expect((month as HTMLInputElement).value).toBe('');
    expect((hours as HTMLInputElement).value).toBe('');
  });

  it('removes a month and says so', async () => {
    const user = userEvent.setup();
    const fetch = stub().on('DELETE', staffHoursPath('2026-08'), {
      body: aTimeValue({ staffHours: [{ month: '2026-10', hours: 12.5 }] }),
    });
    renderApp('/services/community-gardens/time-value');

    await user.click(await screen.findByRole('button', { name: 'Remove staff hours for August 2026' }));
    expect(await screen.findByText('Staff hours for August 2026 removed')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Staff hours by month, newest first' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['October 2026']);
    const deletes = writes(fetch);
    expect(deletes.map((r) => [r.method, new URL(r.url).pathname])).toEqual([['DELETE', staffHoursPath('2026-08')]]);
  });

  it('says so when a month cannot be removed, and when none are recorded', async () => {
    const user = userEvent.setup();
    stub(aTimeValue({ staffHours: [{ month: '2026-08', hours: 7.25 }] })).on(
      'DELETE',
      staffHoursPath('2026-08'),
      problem(403, 'Forbidden'),
    );
    renderApp('/services/community-gardens/time-value');

    await user.click(await screen.findByRole('button', { name: 'Remove staff hours for August 2026' }));
    expect(await screen.findByText('Only staff of the organisation that runs this service can do this.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Staff hours by month, newest first' })).toBeTruthy();
  });

  it('says when no staff hours are recorded', async () => {
    stub(aTimeValue({ staffHours: [], serviceHourlyValue: NULL }));
    renderApp('/services/community-gardens/time-value');

    expect(await screen.findByText('No staff hours have been recorded in the last 24 months.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('refreshes the service record after a change', async () => {
    const user = userEvent.setup();
    const fetch = stub()
      .on('GET', '/api/v1/services/community-gardens/record', { body: aServiceRecord() })
      .on('PUT', WRITE_PATH, { body: aTimeValue({ hourlyValue: 15, serviceHourlyValue: 15 }) });
    const { router } = renderApp('/services/community-gardens/record');
    const records = () => fetch.requests.filter((r) => new URL(r.url).pathname === '/api/v1/services/community-gardens/record');

    await screen.findByRole('heading', { level: 1, name: 'What people did with Community gardens' });
    await user.click(await screen.findByRole('link', { name: "Change the value of volunteers' time or record staff hours" }));
    await user.click(await screen.findByRole('radio', { name: 'Its own value' }));
    await user.type(screen.getByRole('textbox', { name: 'Value of an hour' }), '15');
    await user.click(screen.getByRole('button', { name: 'Save hourly value' }));
    await screen.findByText('This service now uses its own value of £15 an hour');
    expect(records()).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Back to what people did with Community gardens' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/services/community-gardens/record'));
    await waitFor(() => expect(records()).toHaveLength(2));
  });

  it('shows Page not found for an unknown service', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/services/nothing-here/time-value', problem(404, 'Not Found'));
    renderApp('/services/nothing-here/time-value');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
