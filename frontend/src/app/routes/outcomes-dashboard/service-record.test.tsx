import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aServiceRecord, NULL } from '@/testing/dashboard-data';
import { aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const RECORD_PATH = '/api/v1/services/community-gardens/record';
const OTHER_ORG = { id: '88888888-8888-4888-8888-888888888888', slug: 'harbour-trust', name: 'Harbour Trust' };

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
const figure = (scope: HTMLElement, label: string) => within(scope).getByText(label, { selector: 'dt' }).nextElementSibling!;

function stubRecord(body: unknown = aServiceRecord()) {
  return stubFetch()
    .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
    .on('GET', RECORD_PATH, { body });
}

describe('what people did with a service', () => {
  it('shows each Co with a sentence and its figures, the value of time and a link back', async () => {
    const fetch = stubRecord();
    renderApp('/services/community-gardens/record');

    expect(await screen.findByRole('heading', { level: 1, name: 'What people did with Community gardens' })).toBeTruthy();
    expect(document.title).toBe('What people did with Community gardens – Coproduce');
    expect(screen.getByText('From 1 November 2025 to 31 October 2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Community gardens' }).getAttribute('href')).toBe('/services/community-gardens');
    // the API's default period: no dates asked for
    const asked = new URL(fetch.requests.find((r) => new URL(r.url).pathname === RECORD_PATH)!.url);
    expect(asked.search).toBe('');

    const commissioning = section('Co-commissioning');
    expect(within(commissioning).getByText('People gave 42 supports to ideas they want to see happen.')).toBeTruthy();

    const design = section('Co-design');
    expect(within(design).getByText('People proposed 12 ideas, and 75% of them have had an answer.')).toBeTruthy();
    expect(figure(design, 'Ideas proposed').textContent).toBe('12');
    expect(figure(design, 'Answered').textContent).toBe('75%');
    expect(within(design).getByText('9 of 12 ideas')).toBeTruthy();
    expect(figure(design, 'Median time to a first answer').textContent).toBe('6.5 days');
    expect(figure(design, 'Implemented').textContent).toBe('2');
    expect(figure(design, 'Comments').textContent).toBe('30');

    const delivery = section('Co-delivery');
    expect(
      within(delivery).getByText(
        'Volunteers filled 30 of 40 places and gave 1,234.5 hours of approved time, and people logged 8 everyday contributions.',
      ),
    ).toBeTruthy();
    expect(figure(delivery, 'Places filled').textContent).toBe('30 of 40');
    expect(figure(delivery, 'Fill rate').textContent).toBe('75%');
    expect(figure(delivery, 'No-show rate').textContent).toBe('10%');
    expect(figure(delivery, 'Approved hours').textContent).toBe('1,234.5');
    expect(within(delivery).getByText("The value of citizens' time: £16,665.75")).toBeTruthy();
    expect(within(delivery).getByText('1,234.5 approved hours at £13.50 an hour, the value this site uses')).toBeTruthy();
    expect(
      within(delivery).getByText('Staff spent 12.5 hours supporting volunteers: 98.8 volunteer hours for every staff hour.'),
    ).toBeTruthy();
    // signed out: no way to change the value
    expect(within(delivery).queryByRole('link', { name: /value of volunteers' time/ })).toBeNull();
    expect(figure(delivery, 'Everyday contributions').textContent).toBe('8');
    expect(figure(delivery, 'Hours of everyday help').textContent).toBe('16.3');

    const assessment = section('Co-assessment');
    expect(within(assessment).getByText('People gave 15 ratings, 4.1 out of 5 on average.')).toBeTruthy();
    expect(figure(assessment, 'Net score').textContent).toBe('+40');

    const changes = section('Changes promised in reply to reviews');
    expect(within(changes).getByText('Staff promised 3 changes in reply to reviews and have done 2 of them.')).toBeTruthy();
    expect(figure(changes, 'Partly').textContent).toBe('1');
    expect(within(changes).getByRole('link', { name: 'See each change in You said, we did' }).getAttribute('href')).toBe(
      '/services/community-gardens/you-said-we-did',
    );

    expect(
      screen.getByText(
        'Figures last refreshed at 09:27 on 2 November 2026. They are rebuilt every few minutes; ratings and changes are always up to date.',
      ),
    ).toBeTruthy();
  });

  it('says whose hourly value it is, leaves out the ratio without one, and says when nothing is counted yet', async () => {
    const record = aServiceRecord();
    stubRecord(
      aServiceRecord({
        coDelivery: {
          ...record.coDelivery,
          approvedHours: 10,
          valueOfTime: {
            hourlyValue: 15,
            currency: 'GBP',
            value: 150,
            hourlyValueSetBy: 'SERVICE',
            staffSupportHours: 1,
            citizenHoursPerStaffHour: NULL,
          },
        },
        refreshedAt: null as unknown as string,
      }),
    );
    renderApp('/services/community-gardens/record');

    const delivery = await screen.findByRole('heading', { level: 2, name: 'Co-delivery' }).then((h) => h.closest('section')!);
    expect(within(delivery).getByText("The value of citizens' time: £150")).toBeTruthy();
    expect(within(delivery).getByText("10 approved hours at £15 an hour, this service's own value")).toBeTruthy();
    expect(within(delivery).getByText('Staff spent 1 hour supporting volunteers.')).toBeTruthy();
    expect(
      screen.getByText('These figures have not been counted yet; they are rebuilt every few minutes.'),
    ).toBeTruthy();
  });

  it('says nothing about staff time when staff recorded none', async () => {
    const record = aServiceRecord();
    stubRecord(
      aServiceRecord({
        coDelivery: {
          ...record.coDelivery,
          valueOfTime: { ...record.coDelivery.valueOfTime, staffSupportHours: NULL, citizenHoursPerStaffHour: NULL },
        },
      }),
    );
    renderApp('/services/community-gardens/record');

    const delivery = await screen.findByRole('heading', { level: 2, name: 'Co-delivery' }).then((h) => h.closest('section')!);
    expect(within(delivery).getByText("The value of citizens' time: £16,665.75")).toBeTruthy();
    expect(within(delivery).queryByText(/Staff spent/)).toBeNull();
  });

  it("offers staff of the service's organisation the way to change the value of volunteers' time", async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', RECORD_PATH, { body: aServiceRecord() });
    renderApp('/services/community-gardens/record');

    const delivery = await screen.findByRole('heading', { level: 2, name: 'Co-delivery' }).then((h) => h.closest('section')!);
    const link = await within(delivery).findByRole('link', { name: "Change the value of volunteers' time or record staff hours" });
    expect(link.getAttribute('href')).toBe('/services/community-gardens/time-value');
  });

  it('does not offer it to staff of another organisation', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember({ staffOf: [OTHER_ORG] }) })
      .on('GET', RECORD_PATH, { body: aServiceRecord() });
    renderApp('/services/community-gardens/record');

    const delivery = await screen.findByRole('heading', { level: 2, name: 'Co-delivery' }).then((h) => h.closest('section')!);
    expect(await screen.findByText('Signed in as Sam Staff')).toBeTruthy();
    expect(within(delivery).queryByRole('link', { name: /value of volunteers' time/ })).toBeNull();
  });

  it('gives the balance of voice and action month by month as a table, the chart hidden from screen readers', async () => {
    stubRecord();
    renderApp('/services/community-gardens/record');

    const balance = await screen.findByRole('heading', { level: 2, name: 'Voice and action' }).then((h) => h.closest('section')!);
    expect(within(balance).getByText('26% of what people did was action; the rest was voice.')).toBeTruthy();
    expect(figure(balance, 'Action share').textContent).toBe('26%');

    const table = within(balance).getByRole('table', { name: 'Voice and action by month, oldest first' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Month', 'Voice', 'Action', 'Action share']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Sept 2026September 2026');
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['10', '5', '33%']);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '0', '–no activity']);

    const chart = balance.querySelector('.app-pair-chart')!;
    expect(chart.closest('[aria-hidden="true"]')).toBeTruthy();
    expect(chart.querySelectorAll('.app-pair-chart__month')).toHaveLength(2);
  });

  it('says "not enough" where the API leaves figures out', async () => {
    stubRecord(
      aServiceRecord({
        coDesign: { ideas: 0, answered: 0, answeredShare: NULL, medianDaysToFirstAnswer: NULL, accepted: 0, implemented: 0, comments: 0 },
        coAssessment: { ratings: 3, mean: NULL, netScore: NULL },
        balance: { voice: 0, action: 0, actionShare: NULL, trend: [] },
      }),
    );
    renderApp('/services/community-gardens/record');

    const assessment = await screen.findByRole('heading', { level: 2, name: 'Co-assessment' }).then((h) => h.closest('section')!);
    expect(within(assessment).getByText('Not enough ratings in this period')).toBeTruthy();
    expect(figure(assessment, 'Ratings').textContent).toBe('3');
    expect(within(assessment).queryByText('Average')).toBeNull();
    expect(within(assessment).queryByText('Net score')).toBeNull();

    const design = section('Co-design');
    expect(within(design).getByText('Nobody proposed an idea in this period.')).toBeTruthy();
    expect(figure(design, 'Answered').textContent).toBe('Not enough data');
    expect(figure(design, 'Median time to a first answer').textContent).toBe('Not enough data');

    const balance = section('Voice and action');
    expect(within(balance).getByText('Nobody took part in this period.')).toBeTruthy();
    expect(figure(balance, 'Action share').textContent).toBe('Not enough data');
    expect(within(balance).queryByRole('table')).toBeNull();
  });

  it('asks for the period in the URL and checks the dates before changing it', async () => {
    const user = userEvent.setup();
    const fetch = stubRecord();
    const { router } = renderApp('/services/community-gardens/record?from=2026-01-01&to=2026-06-30');

    await screen.findByRole('heading', { level: 1, name: 'What people did with Community gardens' });
    const first = new URL(fetch.requests.find((r) => new URL(r.url).pathname === RECORD_PATH)!.url);
    expect(first.searchParams.get('from')).toBe('2026-01-01');
    expect(first.searchParams.get('to')).toBe('2026-06-30');

    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect(from.value).toBe('2026-01-01');
    await user.clear(to);
    await user.type(to, '2025-12-31');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The last day must be the same as or after the first day' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(router.state.location.search).toBe('?from=2026-01-01&to=2026-06-30');

    await user.clear(to);
    await user.type(to, '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));
    await waitFor(() => expect(router.state.location.search).toBe('?from=2026-01-01&to=2026-03-31'));
    await waitFor(() =>
      expect(
        fetch.requests.some((r) => {
          const url = new URL(r.url);
          return url.pathname === RECORD_PATH && url.searchParams.get('to') === '2026-03-31';
        }),
      ).toBe(true),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a period of more than 60 months without asking the API', async () => {
    const user = userEvent.setup();
    const fetch = stubRecord();
    renderApp('/services/community-gardens/record');

    await screen.findByRole('heading', { level: 1, name: 'What people did with Community gardens' });
    await user.type(screen.getByLabelText('From'), '2020-01-01');
    await user.type(screen.getByLabelText('To'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));

    expect(await screen.findByRole('link', { name: 'The period must be 60 months or shorter' })).toBeTruthy();
    expect(fetch.requests.filter((r) => new URL(r.url).pathname === RECORD_PATH)).toHaveLength(1);
  });

  it('offers presets that set the dates in the URL, marking the one shown', async () => {
    stubRecord();
    renderApp('/services/community-gardens/record');

    const presets = await screen.findByRole('list', { name: 'Periods to choose from' });
    const last12 = within(presets).getByRole('link', { name: 'Last 12 months' });
    expect(last12.getAttribute('href')).toBe('/services/community-gardens/record');
    expect(last12.getAttribute('aria-current')).toBe('page');
    const year = new Date().getFullYear();
    expect(within(presets).getByRole('link', { name: 'This year' }).getAttribute('href')).toMatch(
      new RegExp(`^/services/community-gardens/record\\?from=${year}-01-01&to=${year}-\\d{2}-\\d{2}$`),
    );
    expect(within(presets).getByRole('link', { name: 'Last year' }).getAttribute('href')).toBe(
      `/services/community-gardens/record?from=${year - 1}-01-01&to=${year - 1}-12-31`,
    );
  });

  it('says so when the API refuses the dates, and keeps the form', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', RECORD_PATH, problem(400, 'Bad Request', { detail: 'from is after to' }));
    renderApp('/services/community-gardens/record?from=2020-01-01&to=2026-06-30');

    expect(await screen.findByText(/These dates cannot be shown/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'What people did with this service' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show figures' })).toBeTruthy();
  });

  it('shows Page not found for an unknown service', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/services/nothing-here/record', problem(404, 'Not Found'));
    renderApp('/services/nothing-here/record');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('is linked from the service page', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/services/community-gardens', { body: aService() });
    renderApp('/services/community-gardens');

    const link = await screen.findByRole('link', { name: 'What people did with this service' });
    expect(link.getAttribute('href')).toBe('/services/community-gardens/record');
  });

  it('reads in Welsh', async () => {
    stubRecord();
    window.localStorage.setItem('i18nextLng', 'cy');
    const { default: i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('cy');
    renderApp('/services/community-gardens/record');

    expect(await screen.findByRole('heading', { level: 1, name: 'Beth wnaeth pobl gyda Community gardens' })).toBeTruthy();
    expect(screen.getByText('Gwerth amser dinasyddion: £16,665.75')).toBeTruthy();
    expect(screen.getByText("1,234.5 awr wedi'i chymeradwyo ar £13.50 yr awr, y gwerth y mae'r wefan hon yn ei ddefnyddio")).toBeTruthy();
    expect(screen.getByText(/^Cafodd y ffigurau eu hadnewyddu ddiwethaf am 09:27 ar 2 Tachwedd 2026\./)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Llais a gweithredu fesul mis, yr hynaf yn gyntaf' });
    expect(within(table).getAllByRole('rowheader')[0].textContent).toBe('Medi 2026Medi 2026');
  });
});
