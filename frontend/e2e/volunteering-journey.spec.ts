// Journey 5: co-delivery. Sam (staff of Riverside Parks) has set up a one-place shift next month and
// one under way now. Alice takes the place; Bob joins the waiting list; Alice cancels and Bob is
// promoted and sees it. Bob also helps on today's shift; Sam marks him attended and approves his
// hours on the roster, and Bob sees his approved hours.
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  accessToken,
  expectNoAxeViolations,
  mainHeading,
  screenshot,
  screenshotBothWidths,
  shiftUnderWay,
  signIn,
  signOut,
} from './support';

const HOUR = 3_600_000;

async function asSam(request: APIRequestContext, path: string, body: unknown): Promise<{ id: string }> {
  const token = await accessToken(request, 'sam');
  const response = await request.post(path, { data: body, headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as { id: string };
}

test('a waitlisted citizen is promoted when someone cancels; staff approve hours the citizen then sees', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const title = `Hedge planting day ${stamp}`;
  const services = (await (await request.get('/api/v1/services/community-gardens')).json()) as { id: string };
  const opportunity = await asSam(request, '/api/v1/opportunities', {
    serviceId: services.id,
    title,
    description: 'Plant a native hedge along the garden fence.\n\nWe show you how; tools provided.',
    placeName: 'Mill Lane community garden',
    whatToBring: 'Gloves if you have them',
    skills: ['gardening'],
    state: 'PUBLISHED',
  });
  const nextMonth = new Date(stamp + 30 * 24 * HOUR);
  nextMonth.setUTCHours(10, 0, 0, 0);
  await asSam(request, `/api/v1/opportunities/${opportunity.id}/shifts`, {
    startsAt: nextMonth.toISOString(),
    endsAt: new Date(nextMonth.getTime() + 3 * HOUR).toISOString(),
    capacity: 1,
  });
  const started = new Date(Math.floor((stamp - HOUR) / 60_000) * 60_000);
  const today = await asSam(request, `/api/v1/opportunities/${opportunity.id}/shifts`, shiftUnderWay(started, 5));
  const opportunityUrl = `/opportunities/${opportunity.id}`;
  const picker = () => page.locator('section').filter({ has: page.getByRole('heading', { name: 'Choose a shift' }) });

  // Alice takes the only place next month.
  await page.goto(opportunityUrl);
  await expect(mainHeading(page)).toHaveText(title);
  await expect(page.getByRole('link', { name: 'Sign in to sign up', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'opportunity');
  await signIn(page, 'alice', 'Alice Admin');
  await expect(page).toHaveURL(new RegExp(`${opportunityUrl}$`));
  const aliceShift = picker().getByRole('listitem').filter({ hasText: '1 place left' });
  await aliceShift.getByRole('button', { name: /^Sign up/ }).click();
  await expect(page.getByText(/^You are confirmed for /)).toBeVisible();
  await signOut(page);

  // Bob finds it full and joins the waiting list.
  await page.goto(opportunityUrl);
  await signIn(page, 'bob', 'Bob Citizen');
  const full = picker().getByRole('listitem').filter({ hasText: 'Full' });
  await expect(full).toBeVisible();
  await full.getByRole('button', { name: /^Join the waiting list/ }).click();
  await expect(page.getByText(/^You are number 1 on the waiting list for /)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'shift-waitlisted');

  // He also signs up for today's shift, which is under way and still takes helpers.
  const todayShift = picker().getByRole('listitem').filter({ hasText: '5 places left' });
  await todayShift.getByRole('button', { name: /^Sign up/ }).click();
  await expect(page.getByText(/^You are confirmed for /)).toBeVisible();
  await signOut(page);

  // Alice cancels; the place goes to Bob.
  await page.goto('/my-shifts');
  await signIn(page, 'alice', 'Alice Admin');
  await expect(mainHeading(page)).toHaveText('My shifts');
  const alicePlace = page.getByRole('listitem').filter({ hasText: title });
  await alicePlace.getByRole('button', { name: /^Cancel/ }).click();
  await expectNoAxeViolations(page);
  await screenshot(page, 'cancel-confirm-1280');
  await page.getByRole('button', { name: 'Yes, cancel my place', exact: true }).click();
  await expect(page.getByText(/^You have cancelled your place on /)).toBeVisible();
  await signOut(page);

  // Bob sees that he now has the place, in his notifications and his shifts.
  await page.goto('/my-shifts');
  await signIn(page, 'bob', 'Bob Citizen');
  await expect(mainHeading(page)).toHaveText('My shifts');
  const bobPlaces = page.getByRole('listitem').filter({ hasText: title });
  await expect(bobPlaces.filter({ hasText: 'Confirmed' })).toHaveCount(2);
  await expect(page.getByText(/waiting list/i).filter({ hasText: 'number' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'my-shifts-promoted');
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'A place came free: you are now confirmed.' }).first()).toBeVisible();
  await signOut(page);

  // Sam marks Bob attended on today's shift and approves his hours.
  await page.goto(`/shifts/${today.id}/roster`);
  await signIn(page, 'sam', 'Sam Staff');
  await expect(mainHeading(page)).toHaveText(/^Roster for /);
  const bob = page.locator('li.app-roster-person').filter({ hasText: 'Bob Citizen' });
  await expect(bob).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'roster');
  await bob.getByLabel('Attended', { exact: false }).first().check();
  await bob.getByRole('button', { name: /^Save attendance/ }).click();
  await expect(bob.getByText(/^Saved: Bob Citizen attended for 3 hours\./)).toBeVisible();
  await bob.getByRole('button', { name: /^Approve hours/ }).click();
  await expect(bob.getByText('Hours approved for Bob Citizen.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'roster-approved-1280');
  await signOut(page);

  // Bob sees the approved hours.
  await page.goto('/my-shifts');
  await signIn(page, 'bob', 'Bob Citizen');
  const hours = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Your hours' }) });
  await expect(hours.getByText(/^You have given \d+(\.\d+)? hours? on shifts, approved by staff/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'my-hours-1280');
  await signOut(page);
});
