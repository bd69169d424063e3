import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { aCitizen } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { AccountView } from '@/types';

const ACCOUNT = '/api/v1/me/account';

/** `me` with the language saved in the account (older generated types do not have the field). */
const meWithLanguage = (language: string | null) => ({ ...aCitizen(), language });

function anAccount(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: '66666666-6666-4666-8666-666666666666',
    displayName: 'Alice Citizen',
    displayNameChosen: false,
    language: null as unknown as string,
    email: 'alice@example.org',
    createdAt: '2026-03-04T10:00:00Z',
    ...overrides,
  };
}

/** The Welsh catalogue is loaded the first time it is needed: give it time. */
const WELSH_LOADED = { timeout: 5000 };

const accountPuts = (fetch: ReturnType<typeof stubFetch>) =>
  fetch.requests.filter((request) => request.method === 'PUT' && new URL(request.url).pathname === ACCOUNT);

describe('language switch', () => {
  it('switches to Welsh and back, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/');

    expect(screen.getByRole('link', { name: 'Services' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('link', { name: 'Cymraeg' }));

    expect(await screen.findByRole('link', { name: 'Gwasanaethau' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mewngofnodi' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Chwilio gwasanaethau' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('cy');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('cy');
    expect(document.title).toBe('Hafan – Coproduce');

    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('link', { name: 'Services' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens in the language saved in the account, whatever this device remembered', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: meWithLanguage('cy') });
    renderApp('/');

    expect(await screen.findByRole('link', { name: 'Gwasanaethau' }, WELSH_LOADED)).toBeTruthy();
    expect(document.documentElement.lang).toBe('cy');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('cy');
    // applying the saved language saves nothing back
    expect(accountPuts(fetch)).toHaveLength(0);
  });

  it('keeps the language of this device when the account has none saved', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'cy');
    const i18n = (await import('@/lib/i18n')).default;
    await i18n.changeLanguage('cy');
    stubFetch().on('GET', '/api/v1/me', { body: meWithLanguage(null) });
    renderApp('/');

    expect(await screen.findByText('Wedi mewngofnodi fel Alice Citizen', { exact: false }, WELSH_LOADED)).toBeTruthy();
    expect(document.documentElement.lang).toBe('cy');
  });

  it('saves the choice to a signed-in account, sending the name choice back unchanged', async () => {
    const user = userEvent.setup();
    document.cookie = 'coproduce-csrf=csrf-token-1; path=/';
    let account = anAccount();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', () => ({ body: meWithLanguage(account.language) }))
      .on('GET', ACCOUNT, () => ({ body: account }))
      .on('PUT', ACCOUNT, async (request) => {
        const body = (await request.json()) as { displayName: string | null; language: string | null };
        account = { ...account, language: body.language as string };
        return { body: account };
      });
    renderApp('/');
    await screen.findByText('Signed in as Alice Citizen', { exact: false });

    await user.click(screen.getByRole('link', { name: 'Cymraeg' }));

    expect(await screen.findByRole('link', { name: 'Gwasanaethau' }, WELSH_LOADED)).toBeTruthy();
    await waitFor(() => expect(accountPuts(fetch)).toHaveLength(1));
    // the name follows the sign-in (not chosen), so it stays null
    expect(await accountPuts(fetch)[0].json()).toEqual({ displayName: null, language: 'cy' });
    // the saved language comes back in `me` and the page stays in Welsh
    await waitFor(() => expect(account.language).toBe('cy'));
    expect(document.documentElement.lang).toBe('cy');
  });

  it('keeps a chosen name when it saves the language', async () => {
    const user = userEvent.setup();
    document.cookie = 'coproduce-csrf=csrf-token-1; path=/';
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: { ...aCitizen({ displayName: 'Ally' }), language: 'cy' } })
      .on('GET', ACCOUNT, { body: anAccount({ displayName: 'Ally', displayNameChosen: true, language: 'cy' }) })
      .on('PUT', ACCOUNT, async (request) => ({ body: { ...anAccount(), ...((await request.json()) as object) } }));
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Gwasanaethau' }, WELSH_LOADED)).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'English' }));

    await waitFor(() => expect(accountPuts(fetch)).toHaveLength(1));
    expect(await accountPuts(fetch)[0].json()).toEqual({ displayName: 'Ally', language: 'en' });
    expect(await screen.findByRole('link', { name: 'Services' })).toBeTruthy();
  });

  it('saves nothing for someone signed out', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/');
    await screen.findByRole('link', { name: 'Sign in' });

    await user.click(screen.getByRole('link', { name: 'Cymraeg' }));

    expect(await screen.findByRole('link', { name: 'Gwasanaethau' }, WELSH_LOADED)).toBeTruthy();
    expect(fetch.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
  });
});
