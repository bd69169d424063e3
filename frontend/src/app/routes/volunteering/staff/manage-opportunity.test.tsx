import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember, PARKS_ORG } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import {
  FUTURE_SHIFT_ID,
  OPPORTUNITY_ID,
  PAST_SHIFT_ID,
  SETTINGS,
  aPastShift,
  aShift,
  anOpportunity,
} from '@/testing/volunteering-staff-data';
import type { ShiftInput, ShiftView } from '@/types';

const SERVICE_ID = '22222222-2222-4222-8222-222222222222';

function stubManage(me = aStaffMember()) {
  const shifts: ShiftView[] = [aPastShift(), aShift({ waitlistLength: 3, extraPlaces: 1 })];
  const kinds = [{ id: 'k1', serviceId: SERVICE_ID, name: 'Litter picked' }];
  const fetch = stubFetch()
    .on('GET', '/api/v1/me', { body: me })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}`, { body: anOpportunity() })
    .on('GET', '/api/v1/volunteering/settings', { body: SETTINGS })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`, () => ({ body: { items: shifts, nextCursor: null } }))
    .on('GET', '/api/v1/contributions/kinds', () => ({ body: { items: kinds } }));
  return { fetch, shifts, kinds };
}

/** Accessible names with visually hidden text: jsdom puts a space before the comma a browser would not. */
const named = (expected: string) => (name: string) => name.replace(/\s+,/g, ',') === expected;

const shiftCard = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

describe('manage an opportunity', () => {
  it('shows its details, state and every shift with places, waitlist, check-in code and roster link', async () => {
    stubManage();
    renderApp(`/opportunities/${OPPORTUNITY_ID}/manage`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Litter pick in Riverside Park' })).toBeTruthy();
    expect(screen.getByText('Published', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.getByText('Anyone can find it and sign up for its shifts.')).toBeTruthy();
    expect(screen.getByText('16 or over')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change details of Litter pick in Riverside Park' }).getAttribute('href')).toBe(
      `/opportunities/${OPPORTUNITY_ID}/edit`,
    );
    expect(document.title).toBe('Manage: Litter pick in Riverside Park – Coproduce');

    const upcoming = await screen.findByText('Saturday 6 June 2099, 10:00 to 13:00');
    expect(upcoming.tagName).toBe('H3');
    const future = shiftCard('Saturday 6 June 2099, 10:00 to 13:00');
    expect(within(future).getByText('2 of 4 taken (including 1 added above the limit)')).toBeTruthy();
    expect(within(future).getByText('3')).toBeTruthy();
    expect(within(future).getByText('K7Q4M2')).toBeTruthy();
    expect(within(future).getByText('Open')).toBeTruthy();
    expect(
      within(future).getByRole('link', { name: 'Roster for Saturday 6 June 2099, 10:00 to 13:00' }).getAttribute('href'),
    ).toBe(`/shifts/${FUTURE_SHIFT_ID}/roster`);
    expect(
      within(future)
        .getByRole('link', { name: named('Change this shift, Saturday 6 June 2099, 10:00 to 13:00') })
        .getAttribute('href'),
    ).toBe(`/shifts/${FUTURE_SHIFT_ID}/edit`);

    // the past shift is listed under its own heading, after the upcoming ones
    const pastHeading = screen.getByRole('heading', { level: 2, name: 'Past shifts' });
    const past = shiftCard('Saturday 6 June 2026, 10:00 to 12:30');
    expect(pastHeading.compareDocumentPosition(past) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(past).getByRole('link', { name: /^Roster/ }).getAttribute('href')).toBe(`/shifts/${PAST_SHIFT_ID}/roster`);
    expect(within(past).getByRole('link', { name: /^Change this shift/ }).getAttribute('href')).toBe(
      `/shifts/${PAST_SHIFT_ID}/edit`,
    );
  });

  it('adds a shift, reading the times as UK summer time, and lists it', async () => {
    const user = userEvent.setup();
    const { fetch, shifts } = stubManage();
    fetch.on('POST', `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`, async (request) => {
      const input = (await request.json()) as ShiftInput;
      const added = aShift({ id: 'new-shift', startsAt: input.startsAt, endsAt: input.endsAt, capacity: input.capacity, confirmedCount: 0, checkInCode: 'NEW123' });
      shifts.splice(1, 0, added);
      return { status: 201, body: added };
    });
    renderApp(`/opportunities/${OPPORTUNITY_ID}/manage`);

    const form = (await screen.findByRole('heading', { level: 2, name: 'Add a shift' })).closest('section') as HTMLElement;
    expect(within(form).getByText(/as clocks show them in Europe\/London/)).toBeTruthy();
    const date = within(form).getByRole('group', { name: 'Date' });
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '28');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '3');
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2027');
    await user.type(within(form).getByRole('textbox', { name: 'Start time' }), '10:00');
    await user.type(within(form).getByRole('textbox', { name: 'End time' }), '1pm');
    await user.type(within(form).getByRole('textbox', { name: 'Number of places' }), '6');
    expect(within(form).getByText('When the shift starts unless you choose.')).toBeTruthy();
    const closes = within(form).getByRole('group', { name: 'Date sign-up closes' });
    await user.type(within(closes).getByRole('textbox', { name: 'Day' }), '28');
    await user.type(within(closes).getByRole('textbox', { name: 'Month' }), '3');
    await user.type(within(closes).getByRole('textbox', { name: 'Year' }), '2027');
    await user.type(within(form).getByRole('textbox', { name: 'Time sign-up closes' }), '8:00');
    const deadline = within(form).getByRole('group', { name: 'Date of the deadline' });
    await user.type(within(deadline).getByRole('textbox', { name: 'Day' }), '26');
    await user.type(within(deadline).getByRole('textbox', { name: 'Month' }), '3');
    await user.type(within(deadline).getByRole('textbox', { name: 'Year' }), '2027');
    await user.type(within(form).getByRole('textbox', { name: 'Time of the deadline' }), '18:00');
    await user.click(within(form).getByRole('button', { name: 'Add shift' }));

    expect(await within(form).findByText('Shift added: Sunday 28 March 2027, 10:00 to 13:00.')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    // UK clocks went forward at 01:00 UTC that morning: 10:00 BST is 09:00 UTC and 08:00 BST is 07:00 UTC;
    // the deadline, two days before, is still GMT
    expect(await post.json()).toEqual({
      startsAt: '2027-03-28T09:00:00Z',
      endsAt: '2027-03-28T12:00:00Z',
      capacity: 6,
      signupClosesAt: '2027-03-28T07:00:00Z',
      cancelDeadline: '2027-03-26T18:00:00Z',
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'Sunday 28 March 2027, 10:00 to 13:00' })).toBeTruthy();
    expect((within(form).getByRole('textbox', { name: 'Start time' }) as HTMLInputElement).value).toBe('');
    expect((within(form).getByRole('textbox', { name: 'Time sign-up closes' }) as HTMLInputElement).value).toBe('');
  });

  it('checks the shift before sending and shows the API field errors', async () => {
    const user = userEvent.setup();
    const { fetch } = stubManage();
    fetch.on(
      'POST',
      `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`,
      problem(400, 'Bad Request', { errors: [{ field: 'endsAt', message: 'a shift lasts at most 24 hours' }] }),
    );
    renderApp(`/opportunities/${OPPORTUNITY_ID}/manage`);

    const form = (await screen.findByRole('heading', { level: 2, name: 'Add a shift' })).closest('section') as HTMLElement;
    await user.click(within(form).getByRole('button', { name: 'Add shift' }));
    let summary = within(form).getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the date of the shift', '#shift-date-day'],
      ['Enter the start time', '#shift-start'],
      ['Enter the end time', '#shift-end'],
      ['Enter the number of places', '#shift-capacity'],
    ]);
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);

    const date = within(form).getByRole('group', { name: 'Date' });
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '31');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '10');
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2027');
    await user.type(within(form).getByRole('textbox', { name: 'Start time' }), '10:00');
    await user.type(within(form).getByRole('textbox', { name: 'End time' }), '12:00');
    await user.type(within(form).getByRole('textbox', { name: 'Number of places' }), '2');
    await user.click(within(form).getByRole('button', { name: 'Add shift' }));

    summary = await within(form).findByRole('alert');
    expect(await within(summary).findByRole('link', { name: 'End time: a shift lasts at most 24 hours' })).toBeTruthy();
    // clocks went back at 01:00 UTC that morning: 10:00 is GMT again
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ startsAt: '2027-10-31T10:00:00Z', endsAt: '2027-10-31T12:00:00Z', capacity: 2 });
  });

  it("lists the service's kinds of everyday contribution and adds one", async () => {
    const user = userEvent.setup();
    const { fetch, kinds } = stubManage();
    fetch.on('POST', '/api/v1/contributions/kinds', async (request) => {
      const body = (await request.json()) as { serviceId: string; name: string };
      const kind = { id: 'k2', serviceId: body.serviceId, name: body.name };
      kinds.push(kind);
      return { body: kind };
    });
    renderApp(`/opportunities/${OPPORTUNITY_ID}/manage`);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Everyday contributions' })).closest(
      'section',
    ) as HTMLElement;
    expect(await within(section).findByText('Litter picked')).toBeTruthy();
    const lookup = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/contributions/kinds')!;
    expect(new URL(lookup.url).searchParams.get('service')).toBe(SERVICE_ID);

    await user.click(within(section).getByRole('button', { name: 'Add kind' }));
    expect(within(section).getByRole('link', { name: 'Enter the name of the kind of contribution' })).toBeTruthy();

    await user.type(within(section).getByRole('textbox', { name: 'New kind of contribution' }), 'Checked on a neighbour');
    await user.click(within(section).getByRole('button', { name: 'Add kind' }));
    expect(
      await within(section).findByText('Added “Checked on a neighbour”. People can choose it when they record their help.'),
    ).toBeTruthy();
    expect(await within(section).findByText('Checked on a neighbour')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ serviceId: SERVICE_ID, name: 'Checked on a neighbour' });
  });

  it('tells citizens and staff of other organisations they cannot manage it', async () => {
    stubManage(aStaffMember({ staffOf: [{ ...PARKS_ORG, id: 'other-org', name: 'Other council' }] }));
    renderApp(`/opportunities/${OPPORTUNITY_ID}/manage`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot manage this opportunity' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Add a shift' })).toBeNull();
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp(`/opportunities/${OPPORTUNITY_ID}/manage`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to manage this opportunity' })).toBeTruthy();
  });

  it('does not show the manage page to a citizen', async () => {
    stubManage(aCitizen());
    renderApp(`/opportunities/${OPPORTUNITY_ID}/manage`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot manage this opportunity' })).toBeTruthy();
  });
});
