// Shared helpers for the journeys: accessibility checks, screenshots, signing in and out.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `target/screenshots` of the Maven project (frontend/../target). */
export const SCREENSHOT_DIR = path.resolve(here, '..', '..', 'target', 'screenshots');

/** Keycloak, for the journeys that sign in (its login page is where the browser is sent). */
export const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Zero axe-core violations against WCAG 2.2 AA; on failure, each rule and the elements it hit. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Legacy mode runs axe in the page itself. The default opens a second page for every check to
  // combine results across frames; the portal has no frames, and legacy mode halves the sweep's time.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
  expect(results.violations, `axe found accessibility violations on ${page.url()}:\n\n${report}`).toEqual([]);
}

/** Saves `target/screenshots/<name>.png` (full page), so people can look at what was tested. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Desktop (1280 px) and narrow (320 px) screenshots, checking axe at 320 px as well. */
export async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize(original);
}

/** WCAG 1.4.10 reflow: at 320 px nothing should need sideways scrolling. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // Name the widest elements sticking out, so a failure says what to fix.
  const culprits =
    overflow <= 0
      ? []
      : await page.evaluate(() =>
          Array.from(document.body.querySelectorAll('*'))
            .filter(
              (element) =>
                element.getBoundingClientRect().right > document.documentElement.clientWidth + 1 ||
                (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible'),
            )
            .slice(-5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)}/${element.scrollWidth} px)`),
        );
  expect(overflow, `page ${page.url()} scrolls sideways at 320 px: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
}

/**
 * Signs in through the portal's "Sign in" link and Keycloak's own login page, and waits until the
 * portal shows the person as signed in. Keycloak's page is not ours, so it is not checked with axe.
 */
export async function signIn(page: Page, username: string, displayName: string): Promise<void> {
  await page.getByRole('link', { name: 'Sign in', exact: true }).first().click();
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL), { timeout: 30_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await expect(page.getByText(`Signed in as ${displayName}`)).toBeVisible({ timeout: 30_000 });
}

/** Signs out through the portal and waits until the "Sign in" link is back. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sign in', exact: true }).first()).toBeVisible({ timeout: 30_000 });
}

/** The page's main heading, once the page (and its data) has rendered. */
export function mainHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/**
 * A real access token for a demo user from Keycloak (the portal client allows the password grant),
 * for journeys that set up data through the API before the browser part begins.
 */
export async function accessToken(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK_URL}/realms/coproduce/protocol/openid-connect/token`, {
    form: {
      grant_type: 'password',
      client_id: 'coproduce-portal',
      client_secret: 'coproduce-portal-secret',
      username,
      password: username,
      scope: 'openid',
    },
  });
  expect(response.ok(), `Keycloak refused a token for ${username}: ${response.status()}`).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A new Riverside Parks service made by sam through the API, for a journey that needs one of its own. */
export async function newParksService(request: APIRequestContext, name: string, summary: string): Promise<{ slug: string }> {
  const parks = (await (await request.get('/api/v1/organisations/riverside-parks')).json()) as { id: string };
  const token = await accessToken(request, 'sam');
  const response = await request.post('/api/v1/services', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      organisationId: parks.id,
      name,
      summary,
      category: 'PARKS_AND_GREEN_SPACES',
      areaServed: 'Riverside',
      contact: { email: 'parks@riverside.example' },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { slug: string };
}

const HOUR = 3_600_000;

/** A shift that began at `started` and lasts three hours, open for sign-up until it ends, so people can join it today. */
export function shiftUnderWay(started: Date, capacity: number) {
  return {
    startsAt: started.toISOString(),
    endsAt: new Date(started.getTime() + 3 * HOUR).toISOString(),
    capacity,
    signupOpensAt: new Date(started.getTime() - 24 * HOUR).toISOString(),
    signupClosesAt: new Date(started.getTime() + 3 * HOUR).toISOString(),
    cancelDeadline: new Date(started.getTime() - 2 * HOUR).toISOString(),
  };
}
