import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import {
  aSignup,
  anOpportunity,
  FULL_SHIFT_ID,
  OPEN_SHIFT_ID,
  OPPORTUNITY_ID,
  theShifts,
  VOLUNTEERING_SETTINGS,
} from '@/testing/volunteering-data';
import type { MeView, OpportunityView, SignupView } from '@/types';

const PATH = `/opportunities/${OPPORTUNITY_ID}`;
const FIRST = 'Saturday 6 June 2099, 10:00 to 13:00';
const FULL = 'Saturday 13 June 2099, 10:00 to 12:30';

function stubOpportunity({
  me = aCitizen(),
  mine = [],
  opportunity = anOpportunity(),
}: { me?: MeView | null; mine?: SignupView[]; opportunity?: OpportunityView } = {}) {
  const state = { mine, shifts: theShifts() };
  const fetch = stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/volunteering/settings', { body: VOLUNTEERING_SETTINGS })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}`, { body: opportunity })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`, () => ({ body: { items: state.shifts, nextCursor: null } }))
    .on('GET', '/api/v1/me/signups', () => ({ body: { items: state.mine, nextCursor: null } }));
  return { fetch, state };
}

/** The card of the shift whose heading is its time. */
async function shiftCard(when: string) {
  return (await screen.findByRole('heading', { level: 3, name: when })).closest('li')!;
}

describe('an opportunity and its shift picker', () => {
  it('shows what the task involves and every state a shift can be in', async () => {
    const { fetch } = stubOpportunity();
    renderApp(PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Litter pick in Riverside Park' })).toBeTruthy();
    expect(screen.getByText('Help keep the park clean.').tagName).toBe('P');
    expect(screen.getByText('We meet at the main gate.').tagName).toBe('P');
    expect(screen.getByText('Main gate, Riverside Park')).toBeTruthy();
    expect(screen.getByText('Sturdy shoes')).toBeTruthy();
    expect(screen.getByText('teamwork')).toBeTruthy();
    expect(screen.getByText('16 or over')).toBeTruthy();
    expect(screen.getByText('safeguarding')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Manage this opportunity' })).toBeNull();
    expect(
      await screen.findByText('So that no one takes on too much, you can sign up for up to 16 hours of shifts in any 7 days.'),
    ).toBeTruthy();

    const open = await shiftCard(FIRST);
    expect(within(open).getByText('3 hours')).toBeTruthy();
    expect(within(open).getByText('2 places left')).toBeTruthy();
    expect(await within(open).findByRole('button', { name: `Sign up for ${FIRST}` })).toBeTruthy();

    const full = await shiftCard(FULL);
    expect(within(full).getByText('2.5 hours')).toBeTruthy();
    expect(within(full).getByText('Full – 3 on the waiting list')).toBeTruthy();
    expect(within(full).getByRole('button', { name: `Join the waiting list for ${FULL}` })).toBeTruthy();

    const later = await shiftCard('Saturday 4 July 2099, 10:00 to 13:00');
    expect(within(later).getByText('Sign-up opens on Saturday 20 June 2099 at 09:00')).toBeTruthy();
    expect(within(later).queryByRole('button')).toBeNull();

    const closed = await shiftCard('Saturday 30 May 2099, 10:00 to 13:00');
    expect(within(closed).getByText('Sign-up has closed')).toBeTruthy();
    expect(within(closed).queryByRole('button')).toBeNull();

    expect(screen.getByRole('checkbox', { name: 'I am 16 or over' })).toBeTruthy();
    const shiftsCall = fetch.requests.find((r) => new URL(r.url).pathname.endsWith('/shifts'))!;
    expect(new URL(shiftsCall.url).searchParams.get('upcoming')).toBe('true');
  });

  it('asks signed-out visitors to sign in, with no sign-up buttons', async () => {
    stubOpportunity({ me: null });
    renderApp(PATH);

    const signIn = await screen.findByRole('link', { name: 'Sign in to sign up' });
    expect(signIn.getAttribute('href')).toBe(`/auth/sign-in?returnTo=${encodeURIComponent(PATH)}`);
    const open = await shiftCard(FIRST);
    expect(within(open).getByText('2 places left')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Sign up/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('gives staff of the organisation a link to manage it', async () => {
    stubOpportunity({ me: aStaffMember() });
    renderApp(PATH);

    const link = await screen.findByRole('link', { name: 'Manage this opportunity' });
    expect(link.getAttribute('href')).toBe(`${PATH}/manage`);
  });

  it('requires the age confirmation before signing up', async () => {
    const user = userEvent.setup();
    const { fetch } = stubOpportunity();
    renderApp(PATH);

    await user.click(await screen.findByRole('button', { name: `Sign up for ${FIRST}` }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Confirm that you are 16 or over before you sign up' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('group', { name: 'You must be 16 or over to take part' })).toBeTruthy();
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('signs up for a place, says so, and marks the shift as mine with fresh counts', async () => {
    const user = userEvent.setup();
    const { fetch, state } = stubOpportunity();
    fetch.on('POST', `/api/v1/shifts/${OPEN_SHIFT_ID}/signups`, () => {
      state.mine = [aSignup()];
      state.shifts = state.shifts.map((s) => (s.id === OPEN_SHIFT_ID ? { ...s, placesLeft: 1, confirmedCount: 3 } : s));
      return { status: 201, body: aSignup() };
    });
    renderApp(PATH);

    await user.click(await screen.findByRole('checkbox', { name: 'I am 16 or over' }));
    await user.click(screen.getByRole('button', { name: `Sign up for ${FIRST}` }));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText(`You are confirmed for Litter pick in Riverside Park on ${FIRST}.`)).toBeTruthy();
    expect(within(banner).getByRole('link', { name: 'See my shifts' }).getAttribute('href')).toBe('/my-shifts');
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ confirmsMinimumAge: true });
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();

    const open = await shiftCard(FIRST);
    expect(await within(open).findByText('You are signed up')).toBeTruthy();
    expect(within(open).getByText('1 place left')).toBeTruthy();
    expect(within(open).getByText('You can cancel online until Friday 5 June 2099 at 10:00.')).toBeTruthy();
    expect(within(open).getByRole('button', { name: `Cancel your place on ${FIRST}` })).toBeTruthy();
  });

  it('puts people on the waiting list of a full shift and tells them their number', async () => {
    const user = userEvent.setup();
    const waiting = aSignup({
      id: 'signup-2',
      status: 'WAITLISTED',
      waitlistPosition: 2,
      shift: { ...aSignup().shift, id: FULL_SHIFT_ID },
    });
    const { fetch, state } = stubOpportunity({ opportunity: anOpportunity({ minimumAge: null as unknown as number }) });
    fetch.on('POST', `/api/v1/shifts/${FULL_SHIFT_ID}/signups`, () => {
      state.mine = [waiting];
      return { status: 201, body: waiting };
    });
    renderApp(PATH);

    expect(await screen.findByText('Anyone can take part')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: `Join the waiting list for ${FULL}` }));

    const banner = await screen.findByRole('alert');
    expect(
      within(banner).getByText(`You are number 2 on the waiting list for Litter pick in Riverside Park on ${FULL}.`),
    ).toBeTruthy();
    expect(within(banner).getByText('We will tell you at once if a place comes free.')).toBeTruthy();
    expect(await fetch.requests.find((r) => r.method === 'POST')!.json()).toEqual({});
    const full = await shiftCard(FULL);
    expect(await within(full).findByText('You are number 2 on the waiting list')).toBeTruthy();
    expect(within(full).getByRole('button', { name: `Leave the waiting list for ${FULL}` })).toBeTruthy();
  });

  it('shows the reason the API gives when it refuses a sign-up', async () => {
    const user = userEvent.setup();
    const detail = 'This would be more than 16 hours of volunteering in 7 days. You can still join shifts after 12 June.';
    const { fetch } = stubOpportunity();
    fetch.on('POST', `/api/v1/shifts/${OPEN_SHIFT_ID}/signups`, problem(409, 'Conflict', { detail }));
    renderApp(PATH);

    await user.click(await screen.findByRole('checkbox', { name: 'I am 16 or over' }));
    await user.click(screen.getByRole('button', { name: `Sign up for ${FIRST}` }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(detail)).toBeTruthy();
    expect(document.activeElement).toBe(summary);
  });

  it('cancels my place after a confirmation step', async () => {
    const user = userEvent.setup();
    const { fetch, state } = stubOpportunity({ mine: [aSignup()] });
    fetch.on('DELETE', '/api/v1/signups/signup-1', () => {
      state.mine = [];
      return { body: aSignup({ status: 'CANCELLED' }) };
    });
    renderApp(PATH);

    const open = await shiftCard(FIRST);
    await user.click(await within(open).findByRole('button', { name: `Cancel your place on ${FIRST}` }));
    const question = within(open).getByRole('heading', { level: 4, name: `Cancel your place on ${FIRST}?` });
    expect(document.activeElement).toBe(question);
    expect(fetch.requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(within(open).getByRole('button', { name: 'No, keep my place' }));
    expect(document.activeElement).toBe(within(open).getByRole('button', { name: `Cancel your place on ${FIRST}` }));

    await user.click(within(open).getByRole('button', { name: `Cancel your place on ${FIRST}` }));
    await user.click(within(open).getByRole('button', { name: 'Yes, cancel my place' }));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText(`You have cancelled your place on ${FIRST}.`)).toBeTruthy();
    const del = fetch.requests.find((r) => r.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe('/api/v1/signups/signup-1');
    expect(del.headers.get('If-Match')).toBeNull();
    expect(await within(await shiftCard(FIRST)).findByRole('button', { name: `Sign up for ${FIRST}` })).toBeTruthy();
  });

  it('explains why it is too late to cancel', async () => {
    const user = userEvent.setup();
    const detail = 'The time to cancel this shift online ended on Friday 5 June 2099 at 10:00. Please contact the service.';
    const { fetch } = stubOpportunity({ mine: [aSignup()] });
    fetch.on('DELETE', '/api/v1/signups/signup-1', problem(409, 'Conflict', { detail }));
    renderApp(PATH);

    const open = await shiftCard(FIRST);
    await user.click(await within(open).findByRole('button', { name: `Cancel your place on ${FIRST}` }));
    await user.click(within(open).getByRole('button', { name: 'Yes, cancel my place' }));

    await waitFor(() => expect(within(open).getByRole('alert').textContent).toContain(detail));
    expect(within(open).getByText('You are signed up')).toBeTruthy();
  });
});
