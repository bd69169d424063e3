// Journey 8: integrations. Alice (admin) sees the machine clients and what each scope allows; Sam
// (staff of Riverside Parks) adds a webhook for his organisation, is shown its secret once, opens
// it, turns it off and deletes it.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, mainHeading, screenshotBothWidths, signIn, signOut } from './support';

test('an admin reads the machine clients; staff add, turn off and delete a webhook', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await signIn(page, 'alice', 'Alice Admin');
  await page.getByRole('link', { name: 'Integrations', exact: true }).first().click();
  await expect(mainHeading(page)).toHaveText('Machine clients');
  // The demo's Keycloak client is tied to Riverside Parks.
  const clients = page.getByRole('table', { name: 'Machine clients and the organisation each acts for' });
  await expect(clients).toContainText('coproduce-integrator-demo');
  await expect(clients).toContainText('Riverside Parks');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'integrations-clients');
  await signOut(page);

  await page.goto('/');
  await signIn(page, 'sam', 'Sam Staff');
  await page.getByRole('link', { name: 'Integrations', exact: true }).first().click();
  await expect(mainHeading(page)).toHaveText('Webhooks');
  // Outside dev mode only https addresses on the public internet are accepted.
  await page.getByLabel('Address to send events to').fill('http://localhost:9000/hook');
  await page.getByLabel('A rating is made').check();
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByText(/Address: must use https/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const url = `https://192.0.2.10/coproduce/${Date.now()}`;
  await page.getByLabel('Address to send events to').fill(url);
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByText('Copy this secret now: it will not be shown again')).toBeVisible();
  await expect(page.getByLabel('Signing secret')).toHaveValue(/^whsec_/);
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'webhook-added');

  await page.getByRole('link', { name: 'Open the webhook' }).click();
  await expect(mainHeading(page)).toHaveText('Webhook to 192.0.2.10');
  await expect(page.getByRole('heading', { name: 'Deliveries' })).toBeVisible();
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByText('Webhook turned off')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'webhook');
  await page.getByRole('button', { name: 'Delete webhook' }).click();
  await page.getByRole('button', { name: 'Yes, delete this webhook' }).click();
  await expect(page.getByText('Webhook deleted')).toBeVisible();
  await expect(mainHeading(page)).toHaveText('Webhooks');
  await signOut(page);
});
