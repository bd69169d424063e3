// Journey 3: a citizen (Bob) signs in and is not offered to edit a service.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, mainHeading, signIn, signOut } from './support';

test('a citizen does not see "Edit this service"', async ({ page }) => {
  await page.goto('/services/community-gardens');
  await expect(mainHeading(page)).toHaveText('Community gardens');
  await expectNoAxeViolations(page);

  await signIn(page, 'bob', 'Bob Citizen');
  // Signing in returns to the page the person was on.
  await expect(page).toHaveURL(/\/services\/community-gardens$/);
  await expect(mainHeading(page)).toHaveText('Community gardens');
  await expect(page.getByText('Riverside Parks and Open Spaces').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit this service' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Manage this service' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Going straight to the edit address explains instead of showing the form.
  await page.goto('/services/community-gardens/edit');
  await expect(mainHeading(page)).toHaveText('You cannot edit this service');
  await expectNoAxeViolations(page);

  await signOut(page);
});
