// The accessibility sweep (issue 10): every route of the portal (src/app/router.tsx), in English and
// in Welsh, signed out and as a citizen, staff and an admin, with the states people meet on the way
// (empty lists, validation errors, confirmation dialogs, confirmation pages). At each stop:
//   - axe-core with the WCAG 2.x A and AA rules finds nothing, at 1280 px and at 320 px wide;
//   - nothing scrolls sideways at 320 px, nor at 640 px (1280 px at 200% zoom: zooming a page halves
//     the CSS pixels it has, which is how browsers implement zoom);
//   - <html lang> is the language chosen.
// It prints how many combinations it covered. It also saves the README's screenshots of the main pages
// (desktop and phone, both languages) under docs/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { accessToken, expectNoAxeViolations, expectNoHorizontalScroll, mainHeading, signIn } from './support';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS_SCREENSHOTS = path.resolve(here, '..', '..', 'docs', 'screenshots');
const HOUR = 3_600_000;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

type Language = 'en' | 'cy';
type Role = 'signed-out' | 'citizen' | 'staff' | 'admin';
const STAFF: Role[] = ['staff', 'admin'];
const PEOPLE: Record<Exclude<Role, 'signed-out'>, [string, string]> = {
  citizen: ['bob', 'Bob Citizen'],
  staff: ['sam', 'Sam Staff'],
  admin: ['alice', 'Alice Admin'],
};

/** The portal's own catalogues, so the sweep finds buttons by their words in either language. */
const CATALOGUES: Record<Language, Record<string, unknown>> = {
  en: JSON.parse(readFileSync(path.resolve(here, '..', 'src', 'locales', 'en.json'), 'utf8')),
  cy: JSON.parse(readFileSync(path.resolve(here, '..', 'src', 'locales', 'cy.json'), 'utf8')),
};

function text(language: Language, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], CATALOGUES[language]);
  if (typeof value !== 'string') throw new Error(`no catalogue text ${key} in ${language}`);
  return value;
}

/** The ids the routes need: demo data, plus an idea, an opportunity, a sign-up and a webhook made for the sweep. */
interface Data {
  service: string;
  serviceId: string;
  challenge: string;
  change: string;
  review: string;
  idea: string;
  opportunity: string;
  shift: string;
  initiative: string;
  indicator: string;
  webhook: string;
  /** a demo idea with an answer and a history, for the screenshots */
  demoIdea: string;
}

interface Stop {
  /** what the sweep reports: the route as router.tsx names it, and the state */
  name: string;
  path: (data: Data) => string;
  /** who gets the state; the page itself is visited by everyone */
  roles?: Role[];
  /** brings the page into the state (a click, a submission); then the checks run again */
  act?: (page: Page, language: Language, data: Data) => Promise<void>;
}

/** Submits the page's form untouched, and expects the error summary with links to the fields. */
async function submitEmpty(page: Page, buttonKey: string, language: Language) {
  await page.getByRole('button', { name: text(language, buttonKey), exact: true }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toBeVisible();
}

async function openDialog(page: Page, openKey: string, headingPattern: RegExp, language: Language) {
  await page.getByRole('button', { name: new RegExp(`^${escape(text(language, openKey))}`) }).first().click();
  await expect(page.getByRole('heading', { name: headingPattern })).toBeFocused();
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every route of router.tsx, and then the states worth seeing on the way. */
const STOPS: Stop[] = [
  { name: '/', path: () => '/' },
  { name: '/services', path: () => '/services' },
  { name: '/services (no results)', path: () => '/services?q=zzqqxxnothing' },
  { name: '/services/new', path: () => '/services/new' },
  {
    name: '/services/new (errors)',
    path: () => '/services/new',
    roles: ['admin'],
    act: (page, language) => submitEmpty(page, 'form.create', language),
  },
  { name: '/services/:slug', path: (data) => `/services/${data.service}` },
  {
    name: '/services/:slug (archive dialog)',
    path: (data) => `/services/${data.service}`,
    roles: STAFF,
    act: (page, language) => openDialog(page, 'service.archive', /\?$/, language),
  },
  { name: '/services/:slug/edit', path: (data) => `/services/${data.service}/edit` },
  { name: '/services/:slug/rate', path: (data) => `/services/${data.service}/rate` },
  {
    name: '/services/:slug/rate (errors)',
    path: (data) => `/services/${data.service}/rate`,
    roles: ['citizen'],
    act: (page, language) => submitEmpty(page, 'ratings.form.submit', language),
  },
  { name: '/services/:slug/reviews', path: (data) => `/services/${data.service}/reviews` },
  { name: '/services/:slug/you-said-we-did', path: (data) => `/services/${data.service}/you-said-we-did` },
  { name: '/services/:slug/record', path: (data) => `/services/${data.service}/record` },
  { name: '/services/:slug/time-value', path: (data) => `/services/${data.service}/time-value` },
  { name: '/changes/:id', path: (data) => `/changes/${data.change}` },
  { name: '/ideas', path: () => '/ideas' },
  { name: '/ideas (no results)', path: () => '/ideas?q=zzqqxxnothing' },
  { name: '/ideas/new', path: () => '/ideas/new' },
  { name: '/ideas/new (for a service)', path: (data) => `/ideas/new?service=${data.serviceId}` },
  {
    name: '/ideas/new (errors)',
    path: (data) => `/ideas/new?service=${data.serviceId}`,
    roles: ['citizen'],
    act: (page, language) => submitEmpty(page, 'ideaForm.submit', language),
  },
  { name: '/ideas/:id', path: (data) => `/ideas/${data.idea}` },
  {
    name: '/ideas/:id (withdraw dialog)',
    path: (data) => `/ideas/${data.idea}`,
    roles: ['citizen'],
    act: (page, language) => openDialog(page, 'withdraw.button', /\?$/, language),
  },
  { name: '/ideas/:id (not found)', path: () => `/ideas/${NO_SUCH_ID}` },
  { name: '/ideas/:id/edit', path: (data) => `/ideas/${data.idea}/edit` },
  { name: '/challenges/:id', path: (data) => `/challenges/${data.challenge}` },
  { name: '/review-queue', path: () => '/review-queue' },
  { name: '/notifications', path: () => '/notifications' },
  { name: '/my-ideas', path: () => '/my-ideas' },
  { name: '/about-you', path: () => '/about-you' },
  { name: '/account', path: () => '/account' },
  { name: '/account/erase', path: () => '/account/erase' },
  { name: '/moderation', path: () => '/moderation' },
  { name: '/reviews/awaiting-reply', path: () => '/reviews/awaiting-reply' },
  { name: '/reviews/:id/reply', path: (data) => `/reviews/${data.review}/reply` },
  {
    name: '/reviews/:id/reply (errors)',
    path: (data) => `/reviews/${data.review}/reply`,
    roles: ['staff'],
    act: (page, language) => submitEmpty(page, 'ratingsStaff.reply.submit', language),
  },
  { name: '/opportunities', path: () => '/opportunities' },
  { name: '/opportunities (no results)', path: () => '/opportunities?place=zzqqxxnothing' },
  { name: '/opportunities/:id', path: (data) => `/opportunities/${data.opportunity}` },
  { name: '/my-shifts', path: () => '/my-shifts' },
  {
    name: '/my-shifts (cancel dialog)',
    path: () => '/my-shifts',
    roles: ['citizen'],
    act: (page, language) => openDialog(page, 'volunteering.cancel.button', /\?$/, language),
  },
  { name: '/contributions/new', path: () => '/contributions/new' },
  {
    name: '/contributions/new (errors)',
    path: () => '/contributions/new',
    roles: ['citizen'],
    act: (page, language) => submitEmpty(page, 'volunteering.record.submit', language),
  },
  { name: '/opportunities/new', path: () => '/opportunities/new' },
  {
    name: '/opportunities/new (errors)',
    path: () => '/opportunities/new',
    roles: ['staff'],
    act: (page, language) => submitEmpty(page, 'volunteeringStaff.form.create', language),
  },
  { name: '/opportunities/:id/edit', path: (data) => `/opportunities/${data.opportunity}/edit` },
  { name: '/opportunities/:id/manage', path: (data) => `/opportunities/${data.opportunity}/manage` },
  { name: '/shifts/:id/roster', path: (data) => `/shifts/${data.shift}/roster` },
  { name: '/shifts/:id/edit', path: (data) => `/shifts/${data.shift}/edit` },
  { name: '/initiatives/new', path: () => '/initiatives/new' },
  { name: '/initiatives/new (for a service)', path: (data) => `/initiatives/new?service=${data.service}` },
  { name: '/initiatives/:id', path: (data) => `/initiatives/${data.initiative}` },
  { name: '/initiatives/:id/edit', path: (data) => `/initiatives/${data.initiative}/edit` },
  { name: '/indicators/new', path: () => '/indicators/new' },
  { name: '/indicators/new (for a service)', path: (data) => `/indicators/new?service=${data.service}` },
  {
    name: '/indicators/new (errors)',
    path: (data) => `/indicators/new?service=${data.service}`,
    roles: ['admin'],
    act: (page, language) => submitEmpty(page, 'outcomes.indicatorForm.create', language),
  },
  { name: '/indicators/:id', path: (data) => `/indicators/${data.indicator}` },
  { name: '/outcomes', path: () => '/outcomes' },
  { name: '/monitors', path: () => '/monitors' },
  { name: '/open-data', path: () => '/open-data' },
  { name: '/integrations/clients', path: () => '/integrations/clients' },
  { name: '/integrations/webhooks', path: () => '/integrations/webhooks' },
  { name: '/integrations/webhooks/:id', path: (data) => `/integrations/webhooks/${data.webhook}` },
  {
    name: '/integrations/webhooks/:id (delete dialog)',
    path: (data) => `/integrations/webhooks/${data.webhook}`,
    roles: ['staff'],
    act: (page, language) => openDialog(page, 'integrations.webhook.delete', /\?$/, language),
  },
  { name: '/audit', path: () => '/audit' },
  { name: '/accessibility', path: () => '/accessibility' },
  { name: '* (page not found)', path: () => '/no-such-page' },
];

/** The pages shown in docs/screenshots (signed out), and their file names. */
const SCREENSHOTS: { name: string; path: (data: Data) => string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'services', path: () => '/services' },
  { name: 'service', path: () => '/services/community-gardens' },
  { name: 'idea', path: (data) => `/ideas/${data.demoIdea}` },
  { name: 'opportunities', path: () => '/opportunities' },
  { name: 'outcomes', path: () => '/outcomes' },
];

async function post(api: APIRequestContext, username: string, url: string, body: unknown): Promise<{ id: string }> {
  const token = await accessToken(api, username);
  const response = await api.post(url, { data: body, headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), `${url}: ${await response.text()}`).toBe(201);
  return (await response.json()) as { id: string };
}

async function get<T>(api: APIRequestContext, url: string, username?: string): Promise<T> {
  const headers: Record<string, string> = username ? { Authorization: `Bearer ${await accessToken(api, username)}` } : {};
  const response = await api.get(url, { headers });
  expect(response.ok(), `${url}: ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

type Items = { items: { id: string }[] };

async function prepare(api: APIRequestContext): Promise<Data> {
  const stamp = Date.now();
  const service = 'park-rangers';
  const { id: serviceId } = await get<{ id: string }>(api, `/api/v1/services/${service}`);
  const idea = await post(api, 'bob', '/api/v1/ideas', {
    serviceId,
    title: `Benches along the ranger trail ${stamp}`,
    body: 'More benches along the trail, so that older visitors can rest on the way round.',
  });
  const opportunity = await post(api, 'sam', '/api/v1/opportunities', {
    serviceId,
    title: `Litter pick by the lake ${stamp}`,
    description: 'Help keep the lake shore clean.\n\nGloves and pickers provided.',
    placeName: 'Lake car park',
    skills: [],
    state: 'PUBLISHED',
  });
  const starts = (days: number) => {
    const day = new Date(stamp + days * 24 * HOUR);
    day.setUTCHours(9, 0, 0, 0);
    return day;
  };
  const shifts = [];
  // days apart from other runs' shifts on the same database (a person's shifts may not overlap)
  const first = 40 + (Math.floor(stamp / 60_000) % 50) * 3;
  for (const days of [first, first + 1, first + 2]) {
    shifts.push(
      await post(api, 'sam', `/api/v1/opportunities/${opportunity.id}/shifts`, {
        startsAt: starts(days).toISOString(),
        endsAt: new Date(starts(days).getTime() + 2 * HOUR).toISOString(),
        capacity: 10,
      }),
    );
  }
  await post(api, 'bob', `/api/v1/shifts/${shifts[0].id}/signups`, {});
  const organisation = await get<{ id: string }>(api, '/api/v1/organisations/riverside-parks');
  const webhook = await post(api, 'sam', '/api/v1/webhooks', {
    organisationId: organisation.id,
    url: `https://192.0.2.10/coproduce/sweep-${stamp}`,
    events: ['idea.submitted'],
    active: false,
  });
  const firstOf = async (url: string, username?: string) => {
    const { items } = await get<Items>(api, url, username);
    expect(items.length, `${url} has something to show`).toBeGreaterThan(0);
    return items[0].id;
  };
  return {
    service,
    serviceId,
    challenge: await firstOf('/api/v1/challenges?limit=1'),
    change: await firstOf('/api/v1/changes?limit=1'),
    review: await firstOf('/api/v1/ratings/awaiting-reply?limit=1', 'sam'),
    idea: idea.id,
    opportunity: opportunity.id,
    shift: shifts[0].id,
    initiative: await firstOf('/api/v1/initiatives?limit=1'),
    indicator: await firstOf(`/api/v1/indicators?service=${(await get<{ id: string }>(api, '/api/v1/services/community-gardens')).id}`),
    webhook: webhook.id,
    demoIdea: await firstOf('/api/v1/ideas?q=Cut%20back%20the%20hedges&limit=1'),
  };
}

/** The page has rendered its data: a heading, and no "Loading" left in <main>. */
async function settled(page: Page) {
  await expect(mainHeading(page).first()).toBeVisible();
  await expect(page.locator('main').getByText(/^(Loading|Wrthi'n llwytho)/)).toHaveCount(0);
}

const WIDTHS = [
  { width: 1280, height: 800, axe: true },
  { width: 320, height: 640, axe: true },
  // 1280 px at 200% zoom
  { width: 640, height: 400, axe: false },
];

/** The checks at every width; returns how many (page or state) × width combinations it checked. */
async function checkEveryWidth(page: Page, language: Language): Promise<number> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    if (size.width < 1280) await expectNoHorizontalScroll(page);
    if (size.axe) await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return WIDTHS.length;
}

let data: Data;
const covered = { stops: 0, checks: 0 };

test.describe('accessibility sweep', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    const api = await playwrightRequest.newContext({ baseURL: process.env.BASE_URL ?? 'http://localhost:8080' });
    data = await prepare(api);
    await api.dispose();
  });

  test.afterAll(() => {
    console.log(
      `[sweep] ${covered.stops} route and state visits (${STOPS.length} routes and states × 4 roles × 2 languages, ` +
        `less the states only some roles get), each at ${WIDTHS.length} widths: ${covered.checks} combinations checked`,
    );
  });

  for (const role of ['signed-out', 'citizen', 'staff', 'admin'] as Role[]) {
    for (const language of ['en', 'cy'] as Language[]) {
      test(`every route ${role} in ${language === 'en' ? 'English' : 'Welsh'} passes axe and reflows`, async ({ page }) => {
        test.setTimeout(600_000);
        await page.goto('/');
        if (role !== 'signed-out') await signIn(page, ...PEOPLE[role]);
        await page.evaluate((chosen) => window.localStorage.setItem('coproduce-language', chosen), language);
        for (const stop of STOPS) {
          if (stop.roles && !stop.roles.includes(role)) continue;
          await test.step(stop.name, async () => {
            await page.goto(stop.path(data));
            await settled(page);
            if (stop.act) await stop.act(page, language, data);
            covered.checks += await checkEveryWidth(page, language);
            covered.stops += 1;
          });
        }
        if (role === 'citizen') {
          await test.step('confirmation: signed up for a shift', async () => {
            await page.goto(`/opportunities/${data.opportunity}`);
            await settled(page);
            // the first shift with a place (English takes one, Welsh the next)
            const signUp = new RegExp(`^${escape(text(language, 'volunteering.shift.signUp'))}`);
            await page.getByRole('button', { name: signUp }).first().click();
            await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();
            covered.checks += await checkEveryWidth(page, language);
            covered.stops += 1;
          });
        }
        if (role === 'signed-out') {
          await test.step('screenshots for docs/screenshots', async () => {
            mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
            for (const shot of SCREENSHOTS) {
              await page.goto(shot.path(data));
              await settled(page);
              await page.setViewportSize({ width: 1280, height: 800 });
              await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, `${shot.name}-${language}-desktop.png`) });
              await page.setViewportSize({ width: 390, height: 844 });
              await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, `${shot.name}-${language}-phone.png`) });
            }
            await page.setViewportSize({ width: 1280, height: 800 });
          });
        }
      });
    }
  }
});
