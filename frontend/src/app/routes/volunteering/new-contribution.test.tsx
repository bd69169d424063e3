import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '@/features/volunteering/time';
import { aCitizen, aService } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import { aContribution, KIND_ID, LITTER_KIND, someHours, VOLUNTEERING_SETTINGS } from '@/testing/volunteering-data';

const SERVICE_ID = aService().id;
const today = () => localDate(Date.now(), 'Europe/London');

function stubForm() {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: aCitizen() })
    .on('GET', '/api/v1/volunteering/settings', { body: VOLUNTEERING_SETTINGS })
    .on('GET', '/api/v1/services', {
      body: { items: [aService(), aService({ id: 'libraries', name: 'Libraries' })], nextCursor: null },
    })
    .on('GET', '/api/v1/contributions/kinds', (request) =>
      new URL(request.url).searchParams.get('service') === SERVICE_ID
        ? { body: { items: [LITTER_KIND, { id: 'kind-2', serviceId: SERVICE_ID, name: 'Checking on a neighbour' }] } }
        : { body: { items: [] } },
    );
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, iso: string) {
  const [year, month, day] = iso.split('-');
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
}

describe('recording everyday help', () => {
  it('lists what is missing in an error summary', async () => {
    const user = userEvent.setup();
    const fetch = stubForm();
    renderApp('/contributions/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'Record help you gave' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record help' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Choose the service your help supported', '#serviceId'],
      ['Enter the date you helped', '#date-day'],
    ]);
    expect(screen.getByRole('group', { name: 'When did you help?' }).textContent).toContain('Error: Enter the date you helped');
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('says when a service lists no kinds of help', async () => {
    const user = userEvent.setup();
    stubForm();
    renderApp('/contributions/new');

    await user.selectOptions(await screen.findByLabelText('Which service did your help support?'), 'Libraries');
    expect(
      await screen.findByText(
        'Libraries has not listed any kinds of everyday help yet, so you cannot record help for it here. Choose another service.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    await typeDate(user, today());
    await user.click(screen.getByRole('button', { name: 'Record help' }));
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'This service has no kinds of everyday help to record. Choose another service',
      }),
    ).toBeTruthy();
  });

  it('checks the date and hours, then records the help and says so on My shifts', async () => {
    const user = userEvent.setup();
    const recordedOn = addDays(today(), -3);
    const fetch = stubForm()
      .on('POST', '/api/v1/contributions', { status: 201, body: aContribution({ date: recordedOn }) })
      .on('GET', '/api/v1/me/signups', { body: { items: [], nextCursor: null } })
      .on('GET', '/api/v1/me/hours', { body: someHours() })
      .on('GET', '/api/v1/me/calendar', { body: { url: 'https://coproduce.example/cal.ics?token=x' } })
      .on('GET', '/api/v1/contributions', { body: { items: [aContribution({ date: recordedOn })], nextCursor: null } });
    const { router } = renderApp(`/contributions/new?service=${SERVICE_ID}`);

    expect(((await screen.findByLabelText('Which service did your help support?')) as HTMLSelectElement).value).toBe(SERVICE_ID);
    await user.click(await screen.findByRole('radio', { name: 'Litter picking' }));
    await typeDate(user, addDays(today(), 1));
    await user.type(screen.getByLabelText('How many hours did you give? (optional)'), '30');
    await user.click(screen.getByRole('button', { name: 'Record help' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The date you helped must be today or in the past' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Hours must be a number more than 0 and up to 24, like 1.5' })).toBeTruthy();

    await typeDate(user, recordedOn);
    await user.clear(screen.getByLabelText('How many hours did you give? (optional)'));
    await user.type(screen.getByLabelText('How many hours did you give? (optional)'), '1.5');
    await user.type(screen.getByLabelText('Anything to add? (optional)'), '  Cleared the path by the pond. ');
    await user.click(screen.getByRole('button', { name: 'Record help' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my-shifts'));
    expect(await screen.findByText('Thank you. We have recorded the help you gave.')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({
      serviceId: SERVICE_ID,
      kindId: KIND_ID,
      date: recordedOn,
      hours: 1.5,
      note: 'Cleared the path by the pond.',
    });
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('refuses a date more than a year ago', async () => {
    const user = userEvent.setup();
    stubForm();
    renderApp(`/contributions/new?service=${SERVICE_ID}`);

    await user.click(await screen.findByRole('radio', { name: 'Checking on a neighbour' }));
    await typeDate(user, addDays(today(), -400));
    await user.click(screen.getByRole('button', { name: 'Record help' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toMatch(/^The date you helped must be on or after \d{1,2} \w+ \d{4}$/);
  });

  it('puts the API’s refusal of a field in our own words', async () => {
    const user = userEvent.setup();
    stubForm().on(
      'POST',
      '/api/v1/contributions',
      problem(400, 'Bad Request', { errors: [{ field: 'date', message: 'must be within the last year' }] }),
    );
    renderApp(`/contributions/new?service=${SERVICE_ID}`);

    await user.click(await screen.findByRole('radio', { name: 'Litter picking' }));
    await typeDate(user, today());
    await user.click(screen.getByRole('button', { name: 'Record help' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'The date you helped must be today or within the last year' }).getAttribute('href'),
    ).toBe('#date-day');
  });

  it('asks signed-out visitors to sign in', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/volunteering/settings', { body: VOLUNTEERING_SETTINGS })
      .on('GET', '/api/v1/services', { body: { items: [aService()], nextCursor: null } });
    renderApp('/contributions/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to record help you gave' })).toBeTruthy();
  });
});
