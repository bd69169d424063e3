import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { aCitizen } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const ACCOUNT = '/api/v1/me/account';

/** `me` with the language saved in the account (older generated types do not have the field). */
const meWithLanguage = (language: string | null) => ({ ...aCitizen(), language });

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

  it("changes this device's language only: the account's choice is made in Your account", async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: meWithLanguage(null) });
    renderApp('/');
    expect(await screen.findByText('Signed in as Alice Citizen', { exact: false })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Cymraeg' }));

    expect(await screen.findByRole('link', { name: 'Gwasanaethau' }, WELSH_LOADED)).toBeTruthy();
    expect(accountPuts(fetch)).toHaveLength(0);
  });
});
