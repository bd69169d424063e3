// Journey 2: a member of staff (Sam, Riverside Parks) signs in with Keycloak and edits a service
// of their own organisation; the form's error summary works; then Sam signs out.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, mainHeading, screenshot, screenshotBothWidths, signIn, signOut } from './support';

const SERVICE_PATH = '/services/community-gardens';

test('staff edit a service of their organisation', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'sam', 'Sam Staff');
  await expectNoAxeViolations(page);

  await page.goto(SERVICE_PATH);
  await expect(mainHeading(page)).toHaveText('Community gardens');
  const edit = page.getByRole('link', { name: 'Edit this service', exact: true });
  await expect(edit).toBeVisible();
  await expectNoAxeViolations(page);

  // A successful change: the service page shows it, with a confirmation banner.
  await edit.click();
  await expect(mainHeading(page)).toHaveText('Edit service');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'edit-service');
  const summary = `Grow food with your neighbours on shared plots (checked ${Date.now()}).`;
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`${SERVICE_PATH}$`));
  await expect(page.getByRole('alert').filter({ hasText: 'Service saved' })).toBeVisible();
  await expect(page.getByText(summary, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'service-saved-1280');

  // A mistake: the error summary appears, and its link takes the person to the field.
  await page.getByRole('link', { name: 'Edit this service', exact: true }).click();
  await expect(mainHeading(page)).toHaveText('Edit service');
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('');
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();

  const problem = page.locator('.govuk-error-summary');
  await expect(problem.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(problem).toBeFocused();
  const toName = problem.getByRole('link', { name: 'Enter a name' });
  await expect(toName).toHaveAttribute('href', '#name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'edit-service-error');
  await toName.click();
  await expect(name).toBeFocused();
  await expect(page).toHaveURL(/\/edit$/);

  // The session cookie alone does not make a write: without the CSRF header another site's
  // forged request is refused, and nothing changes.
  const forged = await page.evaluate(async (path) => {
    const service = await (await fetch(`/api/v1/services/${path}`)).json();
    const response = await fetch(`/api/v1/services/${service.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...service, organisationId: service.organisation.id, summary: 'Forged' }),
    });
    return response.status;
  }, 'community-gardens');
  expect(forged).toBe(403);
  await page.goto(SERVICE_PATH);
  await expect(page.getByText(summary, { exact: true })).toBeVisible();

  await signOut(page);
  await expectNoAxeViolations(page);
});
