import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import {
  aContribution,
  aSignup,
  aSignupStartingAround,
  FULL_SHIFT_ID,
  OPPORTUNITY_ID,
  someHours,
  VOLUNTEERING_SETTINGS,
} from '@/testing/volunteering-data';
import type { SignupView } from '@/types';

const FIRST = 'Saturday 6 June 2099, 10:00 to 13:00';
const FULL = 'Saturday 13 June 2099, 10:00 to 12:30';
const CALENDAR_URL = 'https://coproduce.example/api/v1/me/calendar.ics?token=first-secret';

const waiting = () =>
  aSignup({
    id: 'signup-2',
    status: 'WAITLISTED',
    waitlistPosition: 2,
    shift: { ...aSignup().shift, id: FULL_SHIFT_ID, startsAt: '2099-06-13T09:00:00Z', endsAt: '2099-06-13T11:30:00Z' },
  });

const pastShift = (id: string, overrides: Partial<SignupView>) =>
  aSignup({
    id,
    shift: { ...aSignup().shift, id: `shift-${id}`, startsAt: '2026-03-07T10:00:00Z', endsAt: '2026-03-07T13:00:00Z' },
    ...overrides,
  });

function stubMyShifts({ upcoming = [aSignup(), waiting()] }: { upcoming?: SignupView[] } = {}) {
  const state = { upcoming, contributions: [aContribution()] };
  const fetch = stubFetch()
    .on('GET', '/api/v1/me', { body: aCitizen() })
    .on('GET', '/api/v1/volunteering/settings', { body: VOLUNTEERING_SETTINGS })
    .on('GET', '/api/v1/me/signups', (request) =>
      new URL(request.url).searchParams.get('when') === 'past'
        ? {
            body: {
              items: [
                pastShift('p1', { attendance: 'ATTENDED', hours: 3, hoursApproved: true }),
                pastShift('p2', { attendance: 'ATTENDED', hours: 2.5, hoursApproved: false }),
                pastShift('p3', { attendance: 'NO_SHOW' }),
                pastShift('p4', { status: 'CANCELLED' }),
              ],
              nextCursor: null,
            },
          }
        : { body: { items: state.upcoming, nextCursor: null } },
    )
    .on('GET', '/api/v1/me/hours', { body: someHours() })
    .on('GET', '/api/v1/me/calendar', { body: { url: CALENDAR_URL } })
    .on('GET', '/api/v1/contributions', () => ({ body: { items: state.contributions, nextCursor: null } }));
  return { fetch, state };
}

const section = async (heading: string) => (await screen.findByRole('heading', { level: 2, name: heading })).closest('section')!;

describe('my shifts', () => {
  it('shows my upcoming and past shifts, my hours and my everyday help', async () => {
    stubMyShifts();
    renderApp('/my-shifts');

    expect(await screen.findByRole('heading', { level: 1, name: 'My shifts' })).toBeTruthy();
    const upcoming = await section('Upcoming shifts');
    const [first, second] = await within(upcoming).findAllByRole('listitem');
    expect(within(first).getByRole('link', { name: 'Litter pick in Riverside Park' }).getAttribute('href')).toBe(
      `/opportunities/${OPPORTUNITY_ID}`,
    );
    expect(within(first).getByText('Confirmed')).toBeTruthy();
    expect(within(first).getByText(FIRST)).toBeTruthy();
    expect(within(first).getByText('Main gate, Riverside Park')).toBeTruthy();
    expect(within(first).queryByLabelText('Check-in code')).toBeNull();
    expect(within(second).getByText('Waiting list – number 2')).toBeTruthy();
    expect(within(second).getByRole('button', { name: `Leave the waiting list for ${FULL}` })).toBeTruthy();

    const hours = await section('Your hours');
    expect(
      await within(hours).findByText('You have given 12.5 hours on shifts, approved by staff; 3 hours still waiting for approval.'),
    ).toBeTruthy();
    expect(within(hours).getByText('5')).toBeTruthy();
    expect(within(hours).getByText('2 times, 4 hours in all')).toBeTruthy();

    const past = await section('Past shifts');
    expect(await within(past).findByText('You came and gave 3 hours, approved by staff')).toBeTruthy();
    expect(within(past).getByText('You came and gave 2.5 hours, waiting for staff to approve them')).toBeTruthy();
    expect(within(past).getByText('Marked as not attended')).toBeTruthy();
    expect(within(past).getByText('You cancelled')).toBeTruthy();

    const help = await section('Everyday help you have given');
    expect(await within(help).findByRole('heading', { level: 3, name: 'Litter picking' })).toBeTruthy();
    expect(within(help).getByText('14 March 2026')).toBeTruthy();
    expect(within(help).getByText('1.5 hours')).toBeTruthy();
    expect(within(help).getByText('Cleared the path by the pond.')).toBeTruthy();
    expect(within(help).getByRole('link', { name: 'Record help you gave' }).getAttribute('href')).toBe('/contributions/new');
  });

  it('gives my calendar address to copy, and a new one on request', async () => {
    const user = userEvent.setup();
    const newUrl = 'https://coproduce.example/api/v1/me/calendar.ics?token=second-secret';
    const { fetch } = stubMyShifts();
    fetch.on('POST', '/api/v1/me/calendar/reset', { body: { url: newUrl } });
    renderApp('/my-shifts');

    const calendar = await section('Add your shifts to your calendar');
    const address = (await within(calendar).findByLabelText('Your calendar address')) as HTMLInputElement;
    expect(address.value).toBe(CALENDAR_URL);
    expect(address.readOnly).toBe(true);

    await user.click(within(calendar).getByRole('button', { name: 'Copy address' }));
    expect(await navigator.clipboard.readText()).toBe(CALENDAR_URL);
    expect(within(calendar).getByRole('status').textContent).toBe('Address copied. Paste it into your calendar app.');

    expect(
      within(calendar).getByText(
        'Getting a new address stops the old one working. You will need to add the new one to your calendar app again.',
      ),
    ).toBeTruthy();
    await user.click(within(calendar).getByRole('button', { name: 'Get a new address' }));
    await waitFor(() => expect(address.value).toBe(newUrl));
    expect(within(calendar).getByRole('status').textContent).toBe(
      'We have made a new address. The old one no longer works: add this one to your calendar app.',
    );
  });

  it('checks in with the code shown on site, explaining a wrong code', async () => {
    const user = userEvent.setup();
    const now = aSignupStartingAround(-10);
    const { fetch } = stubMyShifts({ upcoming: [now, aSignup({ id: 'signup-later' })] });
    fetch.on('POST', `/api/v1/shifts/${now.shift.id}/check-in`, async (request) => {
      const { code } = (await request.json()) as { code: string };
      return code === 'K7Q4M2'
        ? { body: { ...now, checkedInAt: new Date().toISOString() } }
        : problem(400, 'Bad Request', { errors: [{ field: 'code', message: 'is not the code shown on site' }] });
    });
    renderApp('/my-shifts');

    const upcoming = await section('Upcoming shifts');
    const codes = await within(upcoming).findAllByLabelText('Check-in code');
    expect(codes).toHaveLength(1);
    await user.type(codes[0], 'WRONG1');
    await user.click(within(upcoming).getByRole('button', { name: 'Check in' }));

    const summary = await within(upcoming).findByRole('alert');
    const message = 'That is not the code for this shift. Check the code staff are showing and try again.';
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(codes[0].getAttribute('aria-invalid')).toBe('true');

    await user.clear(codes[0]);
    await user.type(codes[0], 'k7q4m2');
    await user.click(within(upcoming).getByRole('button', { name: 'Check in' }));

    const banner = await screen.findByText(/^You have checked in for .*\. Thank you for coming\.$/);
    expect(banner.closest('[role="alert"]')).toBeTruthy();
    const posts = fetch.requests.filter((r) => r.method === 'POST');
    expect(await posts.at(-1)!.json()).toEqual({ code: 'K7Q4M2' });
  });

  it('leaves a waiting list after a confirmation step', async () => {
    const user = userEvent.setup();
    const { fetch, state } = stubMyShifts();
    fetch.on('DELETE', '/api/v1/signups/signup-2', () => {
      state.upcoming = [aSignup()];
      return { body: { ...waiting(), status: 'CANCELLED' } };
    });
    renderApp('/my-shifts');

    await user.click(await screen.findByRole('button', { name: `Leave the waiting list for ${FULL}` }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: `Leave the waiting list for ${FULL}?` }));
    await user.click(screen.getByRole('button', { name: 'Yes, leave the waiting list' }));

    expect(await screen.findByText(`You have left the waiting list for ${FULL}.`)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Waiting list – number 2')).toBeNull());
  });

  it('deletes a contribution after a confirmation step', async () => {
    const user = userEvent.setup();
    const { fetch, state } = stubMyShifts();
    fetch.on('DELETE', '/api/v1/contributions/contribution-1', () => {
      state.contributions = [];
      return { status: 204 };
    });
    renderApp('/my-shifts');

    const help = await section('Everyday help you have given');
    await user.click(await within(help).findByRole('button', { name: 'Delete Litter picking on 14 March 2026' }));
    await user.click(within(help).getByRole('button', { name: 'Yes, delete it' }));

    await waitFor(() =>
      expect(within(help).getByRole('status').textContent).toBe('Deleted. It no longer counts towards your hours.'),
    );
    expect(document.activeElement).toBe(within(help).getByRole('heading', { level: 2 }));
    await waitFor(() => expect(within(help).queryByText('Litter picking')).toBeNull());
    expect(fetch.requests.some((r) => r.method === 'DELETE' && new URL(r.url).pathname === '/api/v1/contributions/contribution-1')).toBe(
      true,
    );
  });

  it('asks signed-out visitors to sign in', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/volunteering/settings', { body: VOLUNTEERING_SETTINGS });
    renderApp('/my-shifts');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see your shifts' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('href')).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent('/my-shifts')}`,
    );
  });
});
