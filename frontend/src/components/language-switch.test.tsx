import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

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
});
