// Issue 10: the main journeys with the keyboard alone (no clicks, no filling fields directly):
// propose an idea, support one, sign up for a shift, cancel it, rate a service, answer an idea as
// staff and mark attendance. Along the way:
//   - every element Tab reaches shows that it has focus (an outline, or GOV.UK's yellow focus style);
//   - after moving to another page, focus is on the new page's <h1>;
//   - a confirmation takes focus, and focus returns to the button that opened it when it is dismissed;
//   - a form's errors are in an error summary that takes focus and links to each field;
//   - a changing count (supporters) is in an aria-live region, so screen readers announce it.
// Keycloak's sign-in page is not ours, but it is used by keyboard too.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { accessToken, expectNoAxeViolations, mainHeading, newParksService, shiftUnderWay, KEYCLOAK_URL } from './support';

const HOUR = 3_600_000;
const SERVICE = 'park-rangers';

/** The focused element shows it: an opaque outline or a box shadow (a radio or checkbox: on its label's mark). */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { visible: false, what: 'nothing has focus' };
    const shows = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)') ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const input = element as HTMLInputElement;
    const mark =
      (input.type === 'radio' || input.type === 'checkbox') && element.nextElementSibling
        ? getComputedStyle(element.nextElementSibling, '::before')
        : null;
    const box = element.getBoundingClientRect();
    return {
      visible: (shows(getComputedStyle(element)) || (mark !== null && shows(mark))) && box.width > 0 && box.height > 0,
      what: element.outerHTML.slice(0, 160),
    };
  });
  expect(focus.visible, `focus is not visible on ${focus.what}`).toBe(true);
}

/** Presses Tab until `target` has focus, checking at every stop that the focus can be seen. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}

/** Tab to it, then Enter (links, buttons) or Space (radios, checkboxes). */
async function activate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** The page changed: its heading has focus, so a screen reader starts there. */
async function expectArrivedAt(page: Page, heading: string | RegExp) {
  await expect(mainHeading(page)).toHaveText(heading);
  await expect(mainHeading(page)).toBeFocused();
}

/** Signs in from the current page by keyboard: the "Sign in" link, then Keycloak's form. */
async function signInByKeyboard(page: Page, username: string, displayName: string) {
  await activate(page, page.getByRole('link', { name: 'Sign in', exact: true }).first());
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL), { timeout: 30_000 });
  await expect(page.locator('#username')).toBeVisible();
  await page.locator('#username').focus(); // Keycloak's page: its own autofocus is not ours to test
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(username);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Signed in as ${displayName}`)).toBeVisible({ timeout: 30_000 });
}

async function asUser<T>(request: APIRequestContext, username: string, path: string, body: unknown): Promise<T> {
  const token = await accessToken(request, username);
  const response = await request.post(path, { data: body, headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

test.describe('keyboard only', () => {
  test('a citizen proposes an idea: error summary links to the field, focus on each new heading', async ({ page }) => {
    const title = `Dog waste bins at the north gate ${Date.now()}`;
    await page.goto(`/services/${SERVICE}`);
    await signInByKeyboard(page, 'bob', 'Bob Citizen');

    const ideas = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Ideas for this service' }) });
    await activate(page, ideas.getByRole('link', { name: 'Propose an idea', exact: true }));
    await expectArrivedAt(page, 'Propose an idea');

    // Sent empty: the error summary takes focus; its first link takes focus to the field.
    await activate(page, page.getByRole('button', { name: 'Propose idea', exact: true }));
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link').first()).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    const titleField = page.getByLabel('Title', { exact: true });
    await expect(titleField).toBeFocused();

    await page.keyboard.type(title);
    await tabTo(page, page.getByLabel('Your idea', { exact: true }));
    await page.keyboard.type('Two more bins by the north gate: the one there is always full by Sunday evening.');
    await activate(page, page.getByRole('button', { name: 'Propose idea', exact: true }));
    await expect(mainHeading(page)).toHaveText(title);
    await expect(page.getByRole('alert').filter({ hasText: 'Idea proposed.' })).toBeVisible();
    // a new page: focus on its heading; the success banner is an alert, so it is announced as well
    await expect(mainHeading(page)).toBeFocused();
  });

  test('a citizen supports an idea and the new count is announced', async ({ page }) => {
    await page.goto('/ideas?q=Large-print');
    await signInByKeyboard(page, 'bob', 'Bob Citizen');
    await activate(page, page.getByRole('link', { name: 'Large-print books near the entrance' }));
    await expectArrivedAt(page, 'Large-print books near the entrance');

    const live = page.locator('[aria-live="polite"]').filter({ hasText: /supporters?/ });
    const before = Number((await live.innerText()).match(/(\d+) supporters?/)?.[1]);
    await activate(page, page.getByRole('button', { name: 'Support this idea', exact: true }));
    await expect(live).toContainText(`${before + 1} supporter`);
    // the button changed in place and kept focus
    await expect(page.getByRole('button', { name: 'Withdraw support', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(live).toContainText(`${before} supporter`);
    await expect(page.getByRole('button', { name: 'Support this idea', exact: true })).toBeFocused();
  });

  test('a citizen signs up for a shift, then cancels it: focus goes to the question and back', async ({ page, request }) => {
    const stamp = Date.now();
    const title = `Bulb planting at the bandstand ${stamp}`;
    const service = (await (await request.get(`/api/v1/services/${SERVICE}`)).json()) as { id: string };
    const opportunity = await asUser<{ id: string }>(request, 'sam', '/api/v1/opportunities', {
      serviceId: service.id,
      title,
      description: 'Plant spring bulbs around the bandstand.',
      placeName: 'The bandstand',
      skills: [],
      state: 'PUBLISHED',
    });
    const day = new Date(stamp + 12 * 24 * HOUR);
    day.setUTCHours(14, 0, 0, 0);
    await asUser(request, 'sam', `/api/v1/opportunities/${opportunity.id}/shifts`, {
      startsAt: day.toISOString(),
      endsAt: new Date(day.getTime() + 2 * HOUR).toISOString(),
      capacity: 4,
    });

    await page.goto(`/opportunities/${opportunity.id}`);
    await signInByKeyboard(page, 'bob', 'Bob Citizen');
    await activate(page, page.getByRole('button', { name: /^Sign up/ }).first());
    const confirmed = page.getByText(/^You are confirmed for /);
    await expect(confirmed).toBeVisible();

    await activate(page, page.getByRole('link', { name: 'See my shifts', exact: true }));
    await expectArrivedAt(page, 'My shifts');
    const place = page.getByRole('listitem').filter({ hasText: title });
    const cancel = place.getByRole('button', { name: /^Cancel/ });

    // Open the question, change my mind: focus goes to the question, then back to "Cancel".
    await activate(page, cancel);
    await expect(page.getByRole('heading', { name: /^Cancel your place on/ })).toBeFocused();
    await expectNoAxeViolations(page);
    await activate(page, page.getByRole('button', { name: 'No, keep my place', exact: true }));
    await expect(cancel).toBeFocused();

    await page.keyboard.press('Enter');
    await activate(page, page.getByRole('button', { name: 'Yes, cancel my place', exact: true }));
    // the place (and its button) is gone: focus goes to the message saying so, not to the page's start
    await expect(page.getByText(/^You have cancelled your place on /)).toBeVisible();
    await expect(page.locator(':focus')).toContainText('You have cancelled your place on');
  });

  test('a citizen rates a service: errors link to the question; arrow keys choose the score', async ({ page, request }) => {
    const name = `Pond dipping ${Date.now()}`;
    const { slug } = await newParksService(request, name, 'Pond dipping sessions for families.');

    await page.goto(`/services/${slug}`);
    await signInByKeyboard(page, 'bob', 'Bob Citizen');
    await activate(page, page.getByRole('link', { name: 'Rate this service' }).first());
    await expectArrivedAt(page, new RegExp(name));

    await activate(page, page.getByRole('button', { name: 'Send rating' }));
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link', { name: 'Select an overall score from 1 to 5' })).toBeFocused();
    await page.keyboard.press('Enter');
    const overall = page.getByRole('group', { name: /^Overall, how would you rate/ });
    await expect(overall.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(overall.getByRole('radio', { name: /^4 – Good/ })).toBeChecked();
    await activate(page, page.getByRole('button', { name: 'Send rating' }));
    await expect(page.getByText(`Thank you for rating ${name}`)).toBeVisible();
  });

  test('staff answer an idea', async ({ page, request }) => {
    const service = (await (await request.get(`/api/v1/services/${SERVICE}`)).json()) as { id: string };
    const title = `Water fountain by the playground ${Date.now()}`;
    const idea = await asUser<{ id: string }>(request, 'bob', '/api/v1/ideas', {
      serviceId: service.id,
      title,
      body: 'A drinking fountain by the playground, for children and dogs.',
    });

    await page.goto('/');
    await signInByKeyboard(page, 'sam', 'Sam Staff');
    await activate(page, page.getByRole('link', { name: 'Review ideas', exact: true }));
    await expectArrivedAt(page, /ideas/i);
    await activate(page, page.getByRole('link', { name: title }));
    await expectArrivedAt(page, title);
    expect(page.url()).toContain(idea.id);

    const answerForm = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Answer this idea' }) });
    await activate(page, answerForm.getByLabel('Under review', { exact: true }), 'Space');
    await expect(answerForm.getByLabel('Under review', { exact: true })).toBeChecked();
    await activate(page, answerForm.getByRole('button', { name: 'Publish answer', exact: true }));
    const published = page.getByRole('alert').filter({ hasText: 'Answer published.' });
    await expect(published).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('staff mark attendance on the roster', async ({ page, request }) => {
    const stamp = Date.now();
    const service = (await (await request.get(`/api/v1/services/${SERVICE}`)).json()) as { id: string };
    const opportunity = await asUser<{ id: string }>(request, 'sam', '/api/v1/opportunities', {
      serviceId: service.id,
      title: `Path clearing ${stamp}`,
      description: 'Clear leaves from the woodland path.',
      placeName: 'Woodland path',
      skills: [],
      state: 'PUBLISHED',
    });
    // under way: started two hours ago, so attendance can be marked
    const started = new Date(Math.floor((stamp - 2 * HOUR) / 60_000) * 60_000);
    const shift = await asUser<{ id: string }>(
      request,
      'sam',
      `/api/v1/opportunities/${opportunity.id}/shifts`,
      shiftUnderWay(started, 5),
    );
    await asUser(request, 'erin', `/api/v1/shifts/${shift.id}/signups`, {});

    await page.goto(`/shifts/${shift.id}/roster`);
    await signInByKeyboard(page, 'sam', 'Sam Staff');
    await expect(mainHeading(page)).toBeVisible();
    const erin = page.getByRole('listitem').filter({ hasText: 'Erin' });
    await activate(page, erin.getByLabel('Attended', { exact: false }).first(), 'Space');
    await expect(erin.getByLabel('Attended', { exact: false }).first()).toBeChecked();
    await activate(page, erin.getByRole('button', { name: /^Save attendance/ }));
    const saved = erin.getByText(/^Saved: .* attended for 3 hours\./);
    await expect(saved).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
