// Journey: the protections a browser session relies on, checked in a real browser against the
// packaged application and Keycloak: security headers (and no page breaking under them), cookie
// flags, CSRF on cookie-authenticated writes, and sign-out ending the session on the server.
import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support';

test('security headers, cookie flags, CSRF and server-side sign-out hold in the browser', async ({ page, browser, baseURL }) => {
  const policyViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      policyViolations.push(message.text());
    }
  });

  const response = await page.goto('/services');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['strict-transport-security']).toContain('max-age=');

  await signIn(page, 'bob', 'Bob Citizen');
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.startsWith('q_session'));
  expect(session, 'a session cookie').toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.secure).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  const csrf = cookies.find((cookie) => cookie.name === 'coproduce-csrf');
  expect(csrf, 'a CSRF cookie').toBeDefined();
  expect(csrf!.sameSite).toBe('Strict');

  // A write carried by the session cookie alone, as a forged cross-site request would be, is refused.
  const settings = { emailFrequency: 'DAILY_DIGEST' };
  const forged = await page.request.put('/api/v1/me/notification-settings', { data: settings });
  expect(forged.status()).toBe(403);
  expect(forged.headers()['content-type']).toContain('application/problem+json');
  const genuine = await page.request.put('/api/v1/me/notification-settings', {
    data: settings,
    headers: { 'X-CSRF-Token': csrf!.value },
  });
  expect(genuine.status()).toBe(200);

  // Sign-out ends the session on the server: a copy of the cookies taken before stops working.
  const copied = await page.context().storageState();
  await signOut(page);
  const thief = await browser.newContext({ storageState: copied, baseURL });
  await expect
    .poll(async () => (await thief.request.get('/api/v1/me')).status(), { timeout: 10_000 })
    .toBe(401);
  await thief.close();

  expect(policyViolations, 'pages blocked by the Content-Security-Policy').toEqual([]);
});

test('the portal is compressed, its hashed files kept for a year and its page checked on every visit', async ({ request }) => {
  const page = await request.get('/services', { headers: { 'accept-encoding': 'gzip' } });
  expect(page.headers()['cache-control']).toBe('no-cache');
  const html = await page.text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'the page names its script').toBeTruthy();
  const asset = await request.get(script!, { headers: { 'accept-encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
});
