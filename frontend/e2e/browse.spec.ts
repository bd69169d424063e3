// Journey 1: anyone finds a service, reads its page, meets "Page not found", and switches to Welsh.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, mainHeading, screenshot, screenshotBothWidths } from './support';

test('a visitor finds the recycling service through the directory', async ({ page }) => {
  await page.goto('/');
  await expect(mainHeading(page)).toHaveText('Shape the public services you use');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'home');

  await page.getByRole('link', { name: 'Services', exact: true }).click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(mainHeading(page)).toHaveText('Services');
  await expect(page.getByText(/^Showing \d+ services?$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'directory');

  await page.getByLabel('Search services', { exact: true }).fill('recycling');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=recycling/);
  const result = page.getByRole('link', { name: 'Household recycling collection', exact: true });
  await expect(result).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'directory-search-1280');

  await result.click();
  await expect(page).toHaveURL(/\/services\/household-recycling-collection$/);
  await expect(mainHeading(page)).toHaveText('Household recycling collection');
  const organisationRow = page.locator('.govuk-summary-list__row').filter({ hasText: 'Organisation' });
  await expect(organisationRow.locator('dd')).toHaveText('Riverside Environment Services');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'service');
});

test('an unknown address shows "Page not found"', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(mainHeading(page)).toHaveText('Page not found');
  await expectNoAxeViolations(page);
  await screenshot(page, 'not-found-1280');
});

test('a visitor switches the portal to Cymraeg', async ({ page }) => {
  await page.goto('/services');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('link', { name: 'English', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'directory-cy-1280');
});
