// Journey 9: my account and the audit log. Bob changes the name others see and his language (a blank
// name first), sets an email choice for one kind of notification, and downloads his data, then puts
// everything back as it was, since the other journeys expect "Bob Citizen". Sam searches the audit log
// for a change he made. Erin (a demo user kept for this) erases her account: her idea stays up as a
// former participant's, and signing in again starts a new, empty account.
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  accessToken,
  expectNoAxeViolations,
  mainHeading,
  screenshot,
  screenshotBothWidths,
  signIn,
  signOut,
} from './support';

interface Account {
  displayName: string;
  displayNameChosen: boolean;
  language: string | null;
}

interface Settings {
  emailFrequency: string;
  byKind?: Record<string, string>;
}

/** A new idea on a Riverside Parks service, proposed by `username` through the API. */
async function proposeIdea(
  request: APIRequestContext,
  username: string,
  title: string,
  body: string,
): Promise<{ id: string }> {
  const service = (await (await request.get('/api/v1/services/community-gardens')).json()) as { id: string };
  const token = await accessToken(request, username);
  const response = await request.post('/api/v1/ideas', {
    headers: { Authorization: `Bearer ${token}` },
    data: { serviceId: service.id, title, body },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}

/**
 * Bob as the other journeys expect him: the name from his sign-in, no language chosen and no email
 * choice for a single kind. Run after each of his tests, so a failure half-way cannot leave him as
 * "Bob Jones" for every journey after this one. Changes nothing when he is already so.
 */
async function putBobBack(request: APIRequestContext): Promise<void> {
  const headers = { Authorization: `Bearer ${await accessToken(request, 'bob')}` };
  const account = (await (await request.get('/api/v1/me/account', { headers })).json()) as Account;
  if (account.displayNameChosen || (account.language ?? null) !== null) {
    const response = await request.put('/api/v1/me/account', { headers, data: { displayName: null, language: null } });
    expect(response.status(), await response.text()).toBe(200);
  }
  const settings = (await (await request.get('/api/v1/me/notification-settings', { headers })).json()) as Settings;
  if (Object.keys(settings.byKind ?? {}).length > 0) {
    const response = await request.put('/api/v1/me/notification-settings', {
      headers,
      data: { emailFrequency: settings.emailFrequency, byKind: {} },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
}

/**
 * Signing in after an erasure. The portal's session is over, but Keycloak's own single sign-on
 * session may still be there, in which case Keycloak sends the browser straight back without its
 * login page. Either way the person must end up signed in.
 */
async function signInAgain(page: Page, username: string, displayName: string): Promise<void> {
  await page.getByRole('link', { name: 'Sign in', exact: true }).first().click();
  const signedIn = page.getByText(`Signed in as ${displayName}`);
  const loginForm = page.locator('#username');
  await expect(signedIn.or(loginForm)).toBeVisible({ timeout: 30_000 });
  if (await loginForm.isVisible()) {
    await loginForm.fill(username);
    await page.locator('#password').fill(username);
    await page.locator('#kc-login').click();
  }
  await expect(signedIn).toBeVisible({ timeout: 30_000 });
}

test.describe("Bob's account", () => {
  test.afterEach(async ({ request }) => {
    await putBobBack(request);
  });

  test('a citizen changes the name others see and the language, and changes them back', async ({ page }) => {
    await page.goto('/');
    await signIn(page, 'bob', 'Bob Citizen');
    await page.getByRole('link', { name: 'Your account', exact: true }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(mainHeading(page)).toHaveText('Your account');
    const name = page.getByLabel('The name others see', { exact: true });
    await expect(name).toHaveValue('Bob Citizen');
    await expect(page.getByRole('radio', { name: 'No preference', exact: true })).toBeChecked();
    await expect(page.locator('.govuk-summary-list')).toContainText('bob@example.org');
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, 'account');

    // A blank name is refused before anything is sent; the summary's link goes to the field.
    await name.fill('');
    await page.getByRole('button', { name: 'Save name and language', exact: true }).click();
    const problem = page.locator('.govuk-error-summary');
    await expect(problem.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(problem).toBeFocused();
    const nameError = problem.getByRole('link', { name: 'Enter the name you want others to see' });
    await expect(nameError).toHaveAttribute('href', '#account-display-name');
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-error-1280');
    await nameError.click();
    await expect(name).toBeFocused();

    // Bob Jones, in Welsh: the portal switches at once and the header shows the new name.
    await name.fill('Bob Jones');
    await page.getByRole('radio', { name: 'Cymraeg', exact: true }).check();
    await page.getByRole('button', { name: 'Save name and language', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    const saved = page.getByRole('alert').filter({ hasText: "Mae eich enw a'ch iaith wedi'u cadw" });
    await expect(saved).toBeVisible();
    await expect(saved).toContainText('Bydd eraill nawr yn gweld eich enw fel Bob Jones.');
    await expect(page.locator('.app-focus-target')).toBeFocused();
    await expect(page.getByText('Wedi mewngofnodi fel Bob Jones', { exact: true })).toBeVisible();
    await expect(mainHeading(page)).toHaveText('Eich cyfrif');
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, 'account-cy');

    // Back as he was: the name from his sign-in and no language chosen, then English from the switch.
    await page.getByRole('radio', { name: "Defnyddio'r enw o fy mewngofnodi", exact: true }).check();
    await page.getByRole('radio', { name: 'Dim dewis', exact: true }).check();
    await page.getByRole('button', { name: "Cadw'r enw a'r iaith", exact: true }).click();
    const restored = page.getByRole('alert').filter({ hasText: 'Bydd eraill nawr yn gweld eich enw fel Bob Citizen.' });
    await expect(restored).toBeVisible();
    await expect(page.getByText('Wedi mewngofnodi fel Bob Citizen', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Signed in as Bob Citizen', { exact: true })).toBeVisible();
    await expect(name).toHaveValue('Bob Citizen');
    await expect(page.getByRole('radio', { name: 'No preference', exact: true })).toBeChecked();
    const account = (await (await page.request.get('/api/v1/me/account')).json()) as Account;
    expect(account).toMatchObject({ displayName: 'Bob Citizen', displayNameChosen: false });
    expect(account.language ?? null, 'no language chosen, as before').toBeNull();

    await signOut(page);
  });

  test('a citizen chooses how often to be emailed about one kind of notification, and downloads his data', async ({
    page,
  }) => {
    await page.goto('/account');
    await signIn(page, 'bob', 'Bob Citizen');
    await expect(mainHeading(page)).toHaveText('Your account');

    // One kind of notification on its own choice, kept after a reload.
    const comments = page.getByLabel('When someone comments on your idea', { exact: true });
    await expect(comments).toHaveValue('');
    await comments.selectOption({ label: 'Never' });
    await page.getByRole('button', { name: 'Save email settings', exact: true }).click();
    const saved = page.getByRole('alert').filter({ hasText: 'Your email settings are saved' });
    await expect(saved).toBeVisible();
    await expect(saved).toContainText('The kinds of notification you chose separately follow your choices for them.');
    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, 'account-email-saved');
    await page.reload();
    await expect(mainHeading(page)).toHaveText('Your account');
    await expect(comments).toHaveValue('NONE');

    // And back to "Same as above".
    await comments.selectOption({ label: 'Same as above' });
    await page.getByRole('button', { name: 'Save email settings', exact: true }).click();
    await expect(saved).toBeVisible();
    await expect(saved).not.toContainText('The kinds of notification you chose separately');
    await page.reload();
    await expect(mainHeading(page)).toHaveText('Your account');
    await expect(comments).toHaveValue('');

    // Everything Coproduce holds about him, as one JSON file.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download your data', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('coproduce-my-data.json');
    const file = await download.path();
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> & { account: Account };
    expect(data.account.displayName).toBe('Bob Citizen');
    expect(Array.isArray(data.ideas), 'ideas is a list').toBe(true);
    expect(Array.isArray(data.ratings), 'ratings is a list').toBe(true);
    expect(Array.isArray(data.signups), 'signups is a list').toBe(true);

    await signOut(page);
  });
});

test('staff search the audit log and find the change they made', async ({ page, request }) => {
  const stamp = Date.now();
  const title = `Compost bins by the orchard ${stamp}`;
  const body = 'Two compost bins by the orchard gate, so nobody carries waste across the site.';
  const idea = await proposeIdea(request, 'erin', title, body);
  const token = await accessToken(request, 'sam');
  const moved = await request.post(`/api/v1/ideas/${idea.id}/status`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { status: 'UNDER_REVIEW', answer: 'We are talking to the garden volunteers about where bins could go.' },
  });
  expect(moved.status(), await moved.text()).toBe(200);

  await page.goto('/');
  await signIn(page, 'sam', 'Sam Staff');
  await page.getByRole('link', { name: 'Audit log', exact: true }).first().click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(mainHeading(page)).toHaveText('Audit log');
  await expect(page.getByText('You see the entries for the organisations you work for.')).toBeVisible();

  // Words from the idea's title and every action on ideas; the search is in the address.
  const search = page.getByRole('search', { name: 'Search the audit log' });
  await search.getByLabel('Words in the summary', { exact: true }).fill(String(stamp));
  await search.getByLabel('Action', { exact: true }).fill('idea');
  await search.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${stamp}(&|$)`));
  await expect(page).toHaveURL(/[?&]action=idea(&|$)/);
  await expect(page.getByText('Showing 1 entry', { exact: true })).toBeVisible();
  const entry = page
    .getByRole('table', { name: 'Audit entries, newest first' })
    .getByRole('row')
    .filter({ hasText: title });
  await expect(entry).toContainText('Sam Staff');
  await expect(entry).toContainText('idea.status-changed');
  await expect(entry).toContainText(`Moved the idea '${title}' from SUBMITTED to UNDER_REVIEW`);
  await expect(search.getByLabel('Action', { exact: true })).toHaveValue('idea');
  await expect(search.getByRole('link', { name: 'Clear filters', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'audit');

  // On a phone each entry is a short list instead of a table.
  await page.setViewportSize({ width: 320, height: 640 });
  const list = page.getByRole('list', { name: 'Audit entries, newest first' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: title })).toContainText('Sam Staff');
  await expect(page.getByRole('table', { name: 'Audit entries, newest first' })).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });

  // A search that finds nothing says so.
  await search.getByLabel('Words in the summary', { exact: true }).fill(`nothing like this ${stamp}`);
  await search.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('No entries match your search.', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Audit entries, newest first' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'audit-no-results-1280');

  await signOut(page);
});

test('a citizen erases her account, her idea stays as a former participant’s, and she can start afresh', async ({
  page,
  request,
}) => {
  const title = `Erin's bench idea ${Date.now()}`;
  const body = 'A bench by the raised beds, so people who cannot stand for long can still garden.';
  const idea = await proposeIdea(request, 'erin', title, body);
  const ideaPath = `/ideas/${idea.id}`;
  const erasures: string[] = [];
  page.on('request', (sent) => {
    if (sent.method() === 'DELETE' && new URL(sent.url()).pathname === '/api/v1/me') erasures.push(sent.url());
  });

  await page.goto('/');
  await signIn(page, 'erin', 'Erin Evans');
  await page.getByRole('link', { name: 'Your account', exact: true }).click();
  await expect(mainHeading(page)).toHaveText('Your account');
  await expect(page.getByRole('heading', { name: 'Erase your account', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Erase my account', exact: true }).click();

  // The confirmation step, its heading focused after the move.
  await expect(page).toHaveURL(/\/account\/erase$/);
  await expect(mainHeading(page)).toHaveText('Erase your account');
  await expect(mainHeading(page)).toBeFocused();
  await expect(page.getByText('Erasing your account cannot be undone.')).toBeVisible();
  const download = page.getByRole('link', { name: 'Download your data', exact: true });
  await expect(download).toHaveAttribute('href', '/api/v1/me/export');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'account-erase');

  // Without the tick nothing is erased: an error, linked to the tick box.
  await page.getByRole('button', { name: 'Erase my account', exact: true }).click();
  const problem = page.locator('.govuk-error-summary');
  await expect(problem).toBeFocused();
  const confirmError = problem.getByRole('link', { name: 'Tick the box to confirm you want to erase your account' });
  await expect(confirmError).toHaveAttribute('href', '#erase-confirm');
  await expect(page).toHaveURL(/\/account\/erase$/);
  await expect(page.getByText('Signed in as Erin Evans', { exact: true })).toBeVisible();
  expect(erasures, 'no erasure was asked for without the tick').toEqual([]);
  await expectNoAxeViolations(page);
  await screenshot(page, 'account-erase-error-1280');
  await confirmError.click();
  const confirm = page.getByLabel('I understand that my account will be erased and that this cannot be undone', {
    exact: true,
  });
  await expect(confirm).toBeFocused();

  // Ticked: erased, and the browser is back at the home page, signed out.
  await confirm.check();
  await page.getByRole('button', { name: 'Erase my account', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  const signInLink = page.getByRole('link', { name: 'Sign in', exact: true }).first();
  const stillSignedIn = page.getByText(/^Signed in as /);
  await expect(signInLink.or(stillSignedIn).first()).toBeVisible({ timeout: 30_000 });
  await expect(
    stillSignedIn,
    'signed out after the erasure, not signed straight back in (as a new account) through the identity provider',
  ).toHaveCount(0);
  await expect(signInLink).toBeVisible();
  expect(erasures).toHaveLength(1);
  expect((await page.request.get('/api/v1/me')).status(), 'the old session is over on the server').toBe(401);

  // Her idea stays up, as a former participant's.
  await page.goto(ideaPath);
  await expect(mainHeading(page)).toHaveText(title);
  await expect(page.getByText(/^Proposed by Former participant on /)).toBeVisible();
  await expect(page.getByText(/Erin Evans/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'idea-former-participant-1280');

  // Signing in again with the same Keycloak account makes a new, empty account.
  await signInAgain(page, 'erin', 'Erin Evans');
  await expect(page).toHaveURL(new RegExp(`${ideaPath}$`));
  await expect(page.getByText(/^Proposed by Former participant on /)).toBeVisible();
  await expect(page.getByText('This is your idea', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Your account', exact: true }).click();
  await expect(mainHeading(page)).toHaveText('Your account');
  await expect(page.getByLabel('The name others see', { exact: true })).toHaveValue('Erin Evans');
  await expect(page.getByRole('radio', { name: 'No preference', exact: true })).toBeChecked();
  const kinds = page.getByRole('region', { name: 'Email notifications' }).getByRole('combobox');
  await expect(kinds).toHaveCount(9);
  for (const kind of await kinds.all()) await expect(kind).toHaveValue('');
  const data = (await (await page.request.get('/api/v1/me/export')).json()) as { account: Account; ideas: unknown[] };
  expect(data.account.displayName).toBe('Erin Evans');
  expect(data.account.displayNameChosen).toBe(false);
  expect(data.ideas).toEqual([]);
  await expectNoAxeViolations(page);
  await screenshot(page, 'account-after-erasure-1280');

  await signOut(page);
});
