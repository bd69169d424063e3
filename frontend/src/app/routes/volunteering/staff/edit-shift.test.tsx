import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember, PARKS_ORG } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import i18n from '@/lib/i18n';
import { renderApp } from '@/testing/render';
import {
  FUTURE_SHIFT_ID,
  OPPORTUNITY_ID,
  SETTINGS,
  aRoster,
  aShift,
  anOpportunity,
} from '@/testing/volunteering-staff-data';
import type { ShiftInput, ShiftView } from '@/types';

/**
 * Saturday 6 June 2099, 10:00 to 13:00 BST; sign-up opened on 1 January 2026 at 09:00 GMT (a moment
 * with seconds, as the server records "now"), closes on Friday 5 June at 18:00 BST, and volunteers can
 * cancel until Thursday 4 June at 12:00 BST.
 */
const shiftToChange = () =>
  aShift({
    signupOpensAt: '2026-01-01T09:00:27Z',
    signupClosesAt: '2099-06-05T17:00:00Z',
    cancelDeadline: '2099-06-04T11:00:00Z',
    version: 7,
  });

/** A staff member changing a shift; the roster page reads `state.shift`, so a save shows there. */
function stubEdit(shift: ShiftView = shiftToChange(), me = aStaffMember()) {
  const state = { shift };
  const fetch = stubFetch()
    .on('GET', '/api/v1/me', { body: me })
    .on('GET', '/api/v1/volunteering/settings', { body: SETTINGS })
    .on('GET', `/api/v1/shifts/${FUTURE_SHIFT_ID}`, () => ({ body: state.shift }))
    .on('GET', `/api/v1/shifts/${FUTURE_SHIFT_ID}/signups`, () => ({ body: aRoster(state.shift) }))
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}`, { body: anOpportunity() })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`, () => ({
      body: { items: [state.shift], nextCursor: null },
    }));
  return { fetch, state };
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

/** Day, month and year of a date group, as typed. */
function dateOf(legend: string): string {
  const group = screen.getByRole('group', { name: legend });
  return ['Day', 'Month', 'Year']
    .map((part) => (within(group).getByRole('textbox', { name: part }) as HTMLInputElement).value)
    .join(' ');
}

async function retype(element: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(element);
  if (text) await user.type(element, text);
}

describe('change a shift', () => {
  it('fills in the form with the shift as London clocks show it, in summer and winter time', async () => {
    stubEdit();
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Change this shift' })).toBeTruthy();
    expect(screen.getByText('Litter pick in Riverside Park', { selector: '.govuk-caption-l' })).toBeTruthy();
    expect(screen.getByText('This shift: Saturday 6 June 2099, 10:00 to 13:00')).toBeTruthy();
    expect(screen.getByText(/as clocks show them in Europe\/London/)).toBeTruthy();
    expect(document.title).toBe('Change shift: Litter pick in Riverside Park – Coproduce');

    // 09:00 UTC in June is 10:00 BST
    expect(dateOf('Date')).toBe('6 6 2099');
    expect(textbox('Start time').value).toBe('10:00');
    expect(textbox('End time').value).toBe('13:00');
    expect(textbox('Number of places').value).toBe('4');
    // 09:00 UTC in January is 09:00 GMT
    expect(dateOf('Date sign-up opens')).toBe('1 1 2026');
    expect(textbox('Time sign-up opens').value).toBe('09:00');
    expect(dateOf('Date sign-up closes')).toBe('5 6 2099');
    expect(textbox('Time sign-up closes').value).toBe('18:00');
    expect(dateOf('Date of the deadline')).toBe('4 6 2099');
    expect(textbox('Time of the deadline').value).toBe('12:00');

    expect(screen.getByRole('link', { name: 'Back to the roster' }).getAttribute('href')).toBe(
      `/shifts/${FUTURE_SHIFT_ID}/roster`,
    );
    expect(screen.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe(`/shifts/${FUTURE_SHIFT_ID}/roster`);
  });

  it('leaves sign-up closing and the deadline blank when they are what blank means', async () => {
    // closes at the start, deadline 24 hours before it
    stubEdit(
      aShift({
        startsAt: '2099-12-05T10:00:00Z',
        endsAt: '2099-12-05T12:00:00Z',
        signupClosesAt: '2099-12-05T10:00:00Z',
        cancelDeadline: '2099-12-04T10:00:00Z',
      }),
    );
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    // December: GMT, so the clock times are the UTC ones
    expect(await screen.findByText('This shift: Saturday 5 December 2099, 10:00 to 12:00')).toBeTruthy();
    expect(dateOf('Date')).toBe('5 12 2099');
    expect(textbox('Start time').value).toBe('10:00');
    expect(dateOf('Date sign-up closes')).toBe('  ');
    expect(textbox('Time sign-up closes').value).toBe('');
    expect(dateOf('Date of the deadline')).toBe('  ');
    expect(textbox('Time of the deadline').value).toBe('');
  });

  it('saves with If-Match and the instants, then shows the roster with a success banner', async () => {
    const user = userEvent.setup();
    const { fetch, state } = stubEdit();
    fetch.on('PUT', `/api/v1/shifts/${FUTURE_SHIFT_ID}`, async (request) => {
      const input = (await request.json()) as ShiftInput;
      state.shift = aShift({ ...input, version: 8 });
      return { body: state.shift };
    });
    const { router } = renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    await retype(await screen.findByRole('textbox', { name: 'Start time' }), '10:30');
    await retype(textbox('Number of places'), '6');
    await retype(textbox('Time sign-up closes'), '20:00');
    await retype(textbox('Time of the deadline'), '');
    const deadline = within(screen.getByRole('group', { name: 'Date of the deadline' }));
    for (const part of ['Day', 'Month', 'Year']) await retype(deadline.getByRole('textbox', { name: part }), '');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const banner = await screen.findByText('Shift changed: Saturday 6 June 2099, 10:30 to 13:00.');
    expect(banner.closest('.govuk-notification-banner--success')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/shifts/${FUTURE_SHIFT_ID}/roster`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Roster for Saturday 6 June 2099, 10:30 to 13:00' })).toBeTruthy();

    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    // BST: an hour behind the clocks; the untouched opening keeps its seconds; a blank deadline is left out
    expect(await put.json()).toEqual({
      startsAt: '2099-06-06T09:30:00Z',
      endsAt: '2099-06-06T12:00:00Z',
      capacity: 6,
      signupOpensAt: '2026-01-01T09:00:27Z',
      signupClosesAt: '2099-06-05T19:00:00Z',
    });
  });

  it('checks sign-up closes before sending', async () => {
    const user = userEvent.setup();
    const { fetch } = stubEdit();
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    const closes = within(await screen.findByRole('group', { name: 'Date sign-up closes' }));
    await retype(closes.getByRole('textbox', { name: 'Day' }), '7');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Sign-up must close no later than the end of the shift' }).getAttribute('href'),
    ).toBe('#shift-closes-date-day');
    expect(fetch.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it("shows the server's explanation when there would be fewer places than people confirmed", async () => {
    const user = userEvent.setup();
    const detail = 'This shift already has 2 confirmed volunteers: remove or move some before lowering its places to 1.';
    const { fetch } = stubEdit();
    fetch.on('PUT', `/api/v1/shifts/${FUTURE_SHIFT_ID}`, problem(409, 'Conflict', { detail }));
    const { router } = renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    await retype(await screen.findByRole('textbox', { name: 'Number of places' }), '1');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByText(detail)).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/shifts/${FUTURE_SHIFT_ID}/edit`);
  });

  it('explains when someone else changed the shift first, with a link to reload', async () => {
    const user = userEvent.setup();
    const { fetch } = stubEdit();
    fetch.on('PUT', `/api/v1/shifts/${FUTURE_SHIFT_ID}`, problem(412, 'Precondition Failed'));
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText('Someone changed this shift while you were editing it. Reload to see their changes.'),
    ).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Reload the page' })).toBeTruthy();
  });

  it('shows the API field errors by their fields', async () => {
    const user = userEvent.setup();
    const { fetch } = stubEdit();
    fetch.on(
      'PUT',
      `/api/v1/shifts/${FUTURE_SHIFT_ID}`,
      problem(400, 'Bad Request', { errors: [{ field: 'signupClosesAt', message: 'must be after sign-up opens' }] }),
    );
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'When sign-up closes: must be after sign-up opens' }).getAttribute('href'),
    ).toBe('#shift-closes-date-day');
  });

  it('is reached from the roster', async () => {
    const user = userEvent.setup();
    stubEdit();
    const { router } = renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);

    const link = await screen.findByRole('link', { name: 'Change this shift' });
    expect(link.getAttribute('href')).toBe(`/shifts/${FUTURE_SHIFT_ID}/edit`);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Change this shift' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/shifts/${FUTURE_SHIFT_ID}/edit`);
  });

  it('tells citizens and staff of other organisations they cannot change it', async () => {
    stubEdit(shiftToChange(), aCitizen());
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot change this shift' })).toBeTruthy();
    expect(screen.getByText('Only staff of the organisation that runs this shift can change it.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('tells staff of another organisation they cannot change it', async () => {
    stubEdit(shiftToChange(), aStaffMember({ staffOf: [{ ...PARKS_ORG, id: 'other-org', name: 'Other council' }] }));
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot change this shift' })).toBeTruthy();
    expect(document.title).toBe('You cannot change this shift – Coproduce');
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to change this shift' })).toBeTruthy();
  });

  it('shows Page not found for an unknown shift', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/volunteering/settings', { body: SETTINGS });
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('speaks Welsh', async () => {
    await i18n.changeLanguage('cy');
    stubEdit();
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Newid y shifft hon' })).toBeTruthy();
    expect(screen.getByText('Y shifft hon: Dydd Sadwrn 6 Mehefin 2099, 10:00 i 13:00')).toBeTruthy();
    expect(screen.getByRole('button', { name: "Cadw'r newidiadau" })).toBeTruthy();
  });
});
