// Journey 7: evidence. Sam (staff of Riverside Parks) gives a service an outcome indicator, uploads
// two years of monthly observations as CSV (a bad file first, refused whole with the lines at fault),
// declares the initiative that started six months ago, and reads its before/after evaluation.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { accessToken, expectNoAxeViolations, mainHeading, screenshot, screenshotBothWidths, signIn, signOut } from './support';

async function newParksService(request: APIRequestContext, name: string): Promise<{ slug: string }> {
  const parks = (await (await request.get('/api/v1/organisations/riverside-parks')).json()) as { id: string };
  const token = await accessToken(request, 'sam');
  const response = await request.post('/api/v1/services', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      organisationId: parks.id,
      name,
      summary: 'Guided walks along the river with volunteer guides.',
      category: 'PARKS_AND_GREEN_SPACES',
      areaServed: 'Riverside',
      contact: { email: 'walks@riverside.example' },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { slug: string };
}

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
  const service = await newParksService(request, name);
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

  // The dark-side monitors of Sam's services.
  await page.getByRole('link', { name: 'Monitors', exact: true }).click();
  await expect(mainHeading(page)).toHaveText('Monitors');
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'monitors');
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
