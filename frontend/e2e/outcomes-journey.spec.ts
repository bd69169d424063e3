// Journey 7: evidence. Sam (staff of Riverside Parks) gives a service an outcome indicator, uploads
// two years of monthly observations as CSV (a bad file first, refused whole with the lines at fault),
// declares the initiative that started six months ago, and reads its before/after evaluation.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, mainHeading, newParksService, screenshot, screenshotBothWidths, signIn, signOut } from './support';

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Monthly visits: about 40 before the start, about 52 from it, never in the future. */
function observationsCsv(start: Date): string {
  const lines = ['date,value,unit'];
  const today = new Date();
  for (let offset = -12; offset < 6; offset++) {
    const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset, 10));
    if (day > today) continue;
    const value = (offset < 0 ? 40 : 52) + ((offset * 7) % 5) - 2;
    lines.push(`${isoDate(day)},${value},visits`);
  }
  return lines.join('\n') + '\n';
}

test('staff give a service an indicator, upload observations, declare an initiative and read its evaluation', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const name = `River walks ${Date.now()}`;
  const service = await newParksService(request, name, 'Guided walks along the river with volunteer guides.');
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, 1));

  await page.goto(`/services/${service.slug}`);
  await signIn(page, 'sam', 'Sam Staff');
  await expect(mainHeading(page)).toHaveText(name);
  await expect(page.getByRole('heading', { name: 'Outcomes' })).toBeVisible();

  // An indicator.
  await page.getByRole('link', { name: 'Add an indicator' }).click();
  await expect(mainHeading(page)).toHaveText('Add an outcome indicator');
  await page.getByLabel('Name of the indicator', { exact: true }).fill('Walkers per month');
  await page.getByLabel('Unit', { exact: true }).fill('visits');
  await page.getByLabel('Higher is better').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByText('Indicator added')).toBeVisible();

  // A file with mistakes is refused whole, naming the lines; then the right one is saved.
  const bad = 'date,value,unit\n2026-01-10,40,visits\n2026-02-10,4x,visits\n2026-03-10,41,people\n';
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'walkers.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Upload observations' }).click();
  await expect(page.getByText(/^Line 3:/).first()).toBeVisible();
  await expect(page.getByText(/^Line 4:/).first()).toBeVisible();
  await expect(page.getByText(/Nothing from the file was saved/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'indicator-upload-errors');
  const csv = observationsCsv(start);
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'walkers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload observations' }).click();
  await expect(page.getByText(/^\d+ observations saved/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'indicator-observations-1280');

  // The initiative, from six months ago.
  await page.goto(`/services/${service.slug}`);
  await page.getByRole('link', { name: 'Declare an initiative' }).click();
  await expect(mainHeading(page)).toHaveText('Declare a co-production initiative');
  await page.getByLabel('Name of the initiative').fill('Volunteer walk leaders');
  const startGroup = page.getByRole('group', { name: /^Start date/ });
  await startGroup.getByLabel('Day').fill(String(start.getUTCDate()));
  await startGroup.getByLabel('Month').fill(String(start.getUTCMonth() + 1));
  await startGroup.getByLabel('Year').fill(String(start.getUTCFullYear()));
  await page.getByLabel('Co-delivery').check();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'initiative-form');
  await page.getByRole('button', { name: 'Declare initiative' }).click();
  await expect(page.getByText('Initiative declared')).toBeVisible();

  // Its evaluation: the caveat, and the indicator's figures with the same data as a table.
  await expect(page.getByText(/These figures are indicative, not proof of cause/)).toBeVisible();
  const walkers = page.getByRole('region', { name: /Walkers per month/ });
  await expect(walkers.getByRole('table', { name: /Figures for Walkers per month/ })).toBeVisible();
  await expect(walkers).toContainText(/improve/i);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'initiative-evaluation');

  // The value of volunteers' time: the service's own hourly value and the staff hours spent supporting them.
  await page.goto(`/services/${service.slug}/record`);
  await page.getByRole('link', { name: "Change the value of volunteers' time or record staff hours" }).click();
  await expect(mainHeading(page)).toHaveText("Value of volunteers' time");
  await page.getByLabel('Its own value').check();
  await page.getByLabel('Value of an hour').fill('15');
  await page.getByRole('button', { name: 'Save hourly value' }).click();
  await expect(page.getByText('This service now uses its own value of £15 an hour')).toBeVisible();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const monthGroup = page.getByRole('group', { name: /^Month/ });
  await monthGroup.getByLabel('Month').fill(String(lastMonth.getUTCMonth() + 1));
  await monthGroup.getByLabel('Year').fill(String(lastMonth.getUTCFullYear()));
  await page.getByLabel('Hours', { exact: true }).fill('12.5');
  await page.getByRole('button', { name: 'Record staff hours' }).click();
  await expect(page.getByText(/^Staff hours for .* recorded$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Staff hours by month, newest first' })).toContainText('12.5');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'time-value');

  // The dark-side and equity monitors of Sam's services: the rangers' burden warning and who takes part.
  await page.getByRole('link', { name: 'Monitors', exact: true }).click();
  await expect(mainHeading(page)).toHaveText('Monitors');
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  const rangers = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Park rangers', exact: true }) });
  await expect(rangers.getByRole('table', { name: 'Where people who took part live, against the population' })).toContainText('Northbank');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'monitors');
  await signOut(page);

  // A citizen says where they live, then withdraws it.
  await page.goto('/about-you');
  await signIn(page, 'bob', 'Bob Citizen');
  await expect(mainHeading(page)).toHaveText('About you (optional)');
  await expect(page.getByText('You do not have to tell us any of this.')).toBeVisible();
  await page.getByRole('group', { name: 'Which area do you live in?' }).getByLabel('Millbrook').check();
  await page.getByRole('group', { name: 'Your age' }).getByLabel('25 to 44').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. Thank you.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'about-you');
  await page.getByRole('button', { name: 'Withdraw everything' }).click();
  await page.getByRole('button', { name: 'Yes, withdraw everything' }).click();
  await expect(page.getByText('Withdrawn: we no longer hold your area or answers.')).toBeVisible();
  await signOut(page);

  // Anyone can read it, and the public dashboard: the service's record, all services, open data.
  await page.goto(`/services/${service.slug}`);
  await page.getByRole('link', { name: 'Volunteer walk leaders' }).click();
  await expect(page.getByRole('region', { name: /Walkers per month/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/services/community-gardens');
  await page.getByRole('link', { name: 'What people did with this service' }).first().click();
  await expect(mainHeading(page)).toHaveText(/^What people did with /);
  await expect(page.getByRole('table', { name: 'Voice and action by month, oldest first' })).toBeAttached();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'service-record');
  await page.getByRole('link', { name: 'Outcomes', exact: true }).first().click();
  await expect(mainHeading(page)).toHaveText('Outcomes across all services');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'outcomes-overview');
  await page.getByRole('link', { name: 'Open data', exact: true }).first().click();
  await expect(mainHeading(page)).toHaveText('Open data');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'open-data');
});
