import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import i18n from '@/lib/i18n';
import { renderApp } from '@/testing/render';
import {
  CAROL,
  FUTURE_SHIFT_ID,
  OPPORTUNITY_ID,
  OTHER_SHIFT_ID,
  PAST_SHIFT_ID,
  SETTINGS,
  aPastShift,
  aRoster,
  aShift,
  aSignup,
  anOpportunity,
  BOB_VOLUNTEER,
} from '@/testing/volunteering-staff-data';
import type { Roster } from '@/types';

const otherShift = aShift({
  id: OTHER_SHIFT_ID,
  // Saturday 13 June 2099, 10:00 to 13:00 BST, full
  startsAt: '2099-06-13T09:00:00Z',
  endsAt: '2099-06-13T12:00:00Z',
  confirmedCount: 4,
  placesLeft: 0,
});

/** A staff member looking at a shift's roster; `roster` is read on every GET so tests can change it. */
function stubRoster(state: { roster: Roster }, me = aStaffMember()) {
  const shiftId = state.roster.shift!.id;
  return stubFetch()
    .on('GET', '/api/v1/me', { body: me })
    .on('GET', '/api/v1/volunteering/settings', { body: SETTINGS })
    .on('GET', `/api/v1/shifts/${shiftId}/signups`, () => ({ body: state.roster }))
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}`, { body: anOpportunity() })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`, {
      body: { items: [aPastShift(), aShift(), otherShift], nextCursor: null },
    });
}

/** Accessible names with visually hidden text: jsdom puts a space before the comma a browser would not. */
const named = (expected: string) => (name: string) => name.replace(/\s+,/g, ',') === expected;

const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

describe('shift roster', () => {
  it('shows the shift, the check-in code, the confirmed and the waitlist in order, and the CSV link', async () => {
    stubRoster({ roster: aRoster() });
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roster for Saturday 6 June 2099, 10:00 to 13:00' }),
    ).toBeTruthy();
    expect(screen.getByText('Litter pick in Riverside Park', { selector: '.govuk-caption-l' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Check-in code' }).textContent).toContain('K7Q4M2');
    expect(screen.getByText('2 of 4 taken')).toBeTruthy();

    const link = screen.getByRole('link', { name: 'Download the roster (CSV)' });
    expect(link.getAttribute('href')).toBe(`/api/v1/shifts/${FUTURE_SHIFT_ID}/signups.csv`);
    expect(link.hasAttribute('download')).toBe(true);

    expect(within(card('Bob Citizen')).getByText('bob@example.org')).toBeTruthy();
    expect(within(card('Bob Citizen')).getByText('Confirmed')).toBeTruthy();
    expect(within(card('Carol Jones')).getAllByText('Not recorded')).toHaveLength(2);
    const waitlist = screen.getByRole('heading', { level: 2, name: 'Waitlist' }).nextElementSibling!.nextElementSibling!;
    expect(waitlist.tagName).toBe('OL');
    expect(within(waitlist as HTMLElement).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Dev Patel',
      'Erin Hughes',
    ]);
    expect(within(card('Dev Patel')).getByText('Waitlist, position 1')).toBeTruthy();
    expect(within(card('Erin Hughes')).getByText('Waitlist, position 2')).toBeTruthy();

    // before the start: no attendance controls, and it says why
    expect(screen.getByText('You can record attendance from the start of the shift.')).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'Attended' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Approve all hours' })).toBeNull();
    expect(document.title).toBe('Roster: Litter pick in Riverside Park – Coproduce');
  });

  it('asks for a reason when the server says the shift is full, then assigns with it', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const fetch = stubRoster({ roster: aRoster(aShift({ placesLeft: 1, confirmedCount: 3 })) }).on(
      'POST',
      `/api/v1/shifts/${FUTURE_SHIFT_ID}/assignments`,
      () =>
        ++calls === 1
          ? problem(409, 'Conflict', {
              detail: 'This shift is full. To add them anyway, give a reason (it is recorded in the audit log).',
            })
          : { status: 201, body: aSignup({ id: 'signup-fran', person: { id: 'f', displayName: 'Fran Lee', email: 'fran@example.org' } }) },
    );
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);

    await user.type(await screen.findByLabelText('Email address'), 'fran@example.org');
    expect(screen.queryByLabelText('Reason for adding them above the number of places')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: 'This shift is full. To add them anyway, give a reason' }).getAttribute('href')).toBe(
      '#assign-reason',
    );
    const reason = screen.getByLabelText('Reason for adding them above the number of places');
    expect(screen.getByText('This shift is full. To add them anyway, give a reason. It is recorded in the audit log.')).toBeTruthy();

    await user.type(reason, 'Knows the site well');
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText('Fran Lee now has a place on this shift. We have told them.')).toBeTruthy();
    expect(screen.getByText('Fran Lee now has a place on this shift. We have told them.').closest('[role="status"]')).toBeTruthy();
    const posts = fetch.requests.filter((r) => r.method === 'POST');
    expect(await posts[0].json()).toEqual({ email: 'fran@example.org' });
    expect(await posts[1].json()).toEqual({ email: 'fran@example.org', overCapacityReason: 'Knows the site well' });
  });

  it('marks someone attended with the shift length, approves their hours, then approves all', async () => {
    const user = userEvent.setup();
    const carolAttended = aSignup({ id: 'signup-carol', person: CAROL, attendance: 'ATTENDED', hours: 2 });
    const state = { roster: aRoster(aPastShift(), { waitlisted: [] }) };
    state.roster.confirmed = [state.roster.confirmed![0], carolAttended];
    const fetch = stubRoster(state)
      .on('PUT', '/api/v1/signups/signup-bob/attendance', async (request) => {
        const body = (await request.json()) as { hours: number; approve?: boolean };
        const bob = aSignup({ id: 'signup-bob', attendance: 'ATTENDED', hours: body.hours, hoursApproved: !!body.approve });
        state.roster = { ...state.roster, confirmed: [bob, state.roster.confirmed![1]] };
        return { body: bob };
      })
      .on('POST', `/api/v1/shifts/${PAST_SHIFT_ID}/approve-hours`, () => {
        state.roster = {
          ...state.roster,
          confirmed: state.roster.confirmed!.map((s) => (s.attendance === 'ATTENDED' ? { ...s, hoursApproved: true } : s)),
        };
        return { body: state.roster };
      });
    renderApp(`/shifts/${PAST_SHIFT_ID}/roster`);

    await screen.findByRole('heading', { level: 1, name: 'Roster for Saturday 6 June 2026, 10:00 to 12:30' });
    expect(screen.queryByText('You can record attendance from the start of the shift.')).toBeNull();
    const bob = card('Bob Citizen');
    expect(within(bob).getByRole('group', { name: named('Attendance, Bob Citizen') })).toBeTruthy();
    await user.click(within(bob).getByRole('radio', { name: 'Attended' }));
    const hours = within(bob).getByRole('textbox', { name: named('Hours, Bob Citizen') }) as HTMLInputElement;
    expect(hours.value).toBe('2.5');
    expect(within(bob).getByText('The shift is 2.5 hours long')).toBeTruthy();
    await user.click(within(bob).getByRole('button', { name: named('Save attendance, Bob Citizen') }));

    expect(await within(bob).findByText('Saved: Bob Citizen attended for 2.5 hours.')).toBeTruthy();
    const first = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(await first.json()).toEqual({ attendance: 'ATTENDED', hours: 2.5 });

    await user.click(await within(bob).findByRole('button', { name: named('Approve hours, Bob Citizen') }));
    expect(await within(bob).findByText('Hours approved for Bob Citizen.')).toBeTruthy();
    const approve = fetch.requests.filter((r) => r.method === 'PUT')[1];
    expect(await approve.json()).toEqual({ attendance: 'ATTENDED', hours: 2.5, approve: true });
    await waitFor(() => expect(within(bob).queryByRole('button', { name: named('Approve hours, Bob Citizen') })).toBeNull());

    // Carol was marked attended earlier: approve everyone's hours at once
    expect(within(card('Carol Jones')).getByRole('button', { name: named('Approve hours, Carol Jones') })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Approve all hours' }));
    const banner = await screen.findByText('Hours approved for everyone marked as attended.');
    expect(banner.closest('.govuk-notification-banner--success')).toBeTruthy();
    expect(fetch.requests.some((r) => r.method === 'POST' && r.url.endsWith('/approve-hours'))).toBe(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approve all hours' })).toBeNull());
    expect(within(card('Carol Jones')).getByText('Yes')).toBeTruthy();
  });

  it('refuses hours out of range without calling the API', async () => {
    const user = userEvent.setup();
    const fetch = stubRoster({ roster: aRoster(aPastShift()) });
    renderApp(`/shifts/${PAST_SHIFT_ID}/roster`);

    const bob = card((await screen.findByRole('heading', { level: 3, name: 'Bob Citizen' })).textContent!);
    await user.click(within(bob).getByRole('radio', { name: 'Attended' }));
    const hours = within(bob).getByRole('textbox', { name: named('Hours, Bob Citizen') });
    await user.clear(hours);
    await user.type(hours, '25');
    await user.click(within(bob).getByRole('button', { name: named('Save attendance, Bob Citizen') }));
    expect(
      within(bob).getByRole('link', { name: 'Enter hours as a number more than 0 and up to 24, like 2.5' }).getAttribute('href'),
    ).toBe('#attendance-signup-bob-hours');
    expect(fetch.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('removes someone after confirming, and says who came off the waitlist', async () => {
    const user = userEvent.setup();
    const state = { roster: aRoster() };
    const fetch = stubRoster(state).on('DELETE', '/api/v1/signups/signup-bob', () => {
      state.roster = aRoster(aShift(), {
        confirmed: [aSignup({ id: 'signup-carol', person: CAROL }), aSignup({ id: 'signup-dev', person: { id: 'd', displayName: 'Dev Patel' } })],
        waitlisted: [],
      });
      return { body: aSignup({ id: 'signup-bob', status: 'REMOVED' }) };
    });
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);

    await screen.findByRole('heading', { level: 3, name: 'Bob Citizen' });
    await user.click(within(card('Bob Citizen')).getByRole('button', { name: named('Remove, Bob Citizen') }));
    expect(screen.getByRole('heading', { name: 'Are you sure you want to remove Bob Citizen from this shift?' })).toBeTruthy();
    expect(
      screen.getByText('We will tell them they no longer have a place. Dev Patel, first on the waitlist, will get it and be told.'),
    ).toBeTruthy();
    expect(fetch.requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Yes, remove Bob Citizen' }));
    const banner = await screen.findByText(
      'Bob Citizen has been removed from this shift. We have told them. Dev Patel, first on the waitlist, now has the place and has been told.',
    );
    expect(banner.closest('.govuk-notification-banner--success')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Bob Citizen' })).toBeNull());
    expect(screen.getByText('No one is on the waitlist.')).toBeTruthy();
  });

  it('moves someone to another upcoming shift, giving a reason when that one is full', async () => {
    const user = userEvent.setup();
    const fetch = stubRoster({ roster: aRoster() }).on('POST', '/api/v1/signups/signup-carol/move', {
      body: aSignup({ id: 'signup-carol-2', person: CAROL }),
    });
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);

    await screen.findByRole('heading', { level: 3, name: 'Carol Jones' });
    const carol = card('Carol Jones');
    const toggle = within(carol).getByRole('button', { name: named('Move to another shift, Carol Jones') });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const select = within(carol).getByRole('combobox', { name: named('Shift to move them to, Carol Jones') });
    // only other shifts that have not started: not this one, not the past one
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a shift',
      'Saturday 13 June 2099, 10:00 to 13:00 (full)',
    ]);
    await user.selectOptions(select, OTHER_SHIFT_ID);
    await user.type(
      within(carol).getByRole('textbox', { name: 'Reason for adding them above the number of places' }),
      'Swapped with Bob',
    );
    await user.click(within(carol).getByRole('button', { name: named('Move, Carol Jones') }));

    expect(
      await screen.findByText('Carol Jones has been moved to Saturday 13 June 2099, 10:00 to 13:00. We have told them. Dev Patel, first on the waitlist, now has the place and has been told.'),
    ).toBeTruthy();
    const move = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await move.json()).toEqual({ shiftId: OTHER_SHIFT_ID, overCapacityReason: 'Swapped with Bob' });
  });

  it('confirms a check for a person when the opportunity needs one', async () => {
    const user = userEvent.setup();
    const fetch = stubRoster({ roster: aRoster() })
      .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}`, { body: anOpportunity({ checks: ['safeguarding'] }) })
      .on('PUT', `/api/v1/shifts/${FUTURE_SHIFT_ID}/checks/${BOB_VOLUNTEER.id}/safeguarding`, { status: 204 });
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);

    await screen.findByRole('heading', { level: 3, name: 'Bob Citizen' });
    await user.click(within(card('Bob Citizen')).getByRole('button', { name: named('Confirm safeguarding check, Bob Citizen') }));
    expect(
      await within(card('Bob Citizen')).findByText(
        "Check confirmed for Bob Citizen: safeguarding. It counts for all your organisation's opportunities.",
      ),
    ).toBeTruthy();
    expect(within(card('Bob Citizen')).getByText('Check confirmed: safeguarding')).toBeTruthy();
    expect(fetch.requests.some((r) => r.method === 'PUT' && r.url.endsWith('/safeguarding'))).toBe(true);
  });

  it('tells citizens and staff of other organisations they cannot see it', async () => {
    stubRoster({ roster: aRoster() }, aCitizen());
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see this roster' })).toBeTruthy();
  });

  it('shows the API refusal for staff of another organisation', async () => {
    stubRoster({ roster: aRoster() }).on('GET', `/api/v1/shifts/${FUTURE_SHIFT_ID}/signups`, problem(403, 'Forbidden'));
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see this roster' })).toBeTruthy();
  });

  it('speaks Welsh, with Welsh dates', async () => {
    await i18n.changeLanguage('cy');
    stubRoster({ roster: aRoster() });
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rhestr y gwirfoddolwyr ar gyfer Dydd Sadwrn 6 Mehefin 2099, 10:00 i 13:00' }),
    ).toBeTruthy();
    expect(screen.getByText('Gallwch gofnodi presenoldeb o ddechrau\'r shifft.')).toBeTruthy();
    expect(within(card('Dev Patel')).getByText('Rhestr aros, safle 1')).toBeTruthy();
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp(`/shifts/${FUTURE_SHIFT_ID}/roster`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see this roster' })).toBeTruthy();
  });
});
