import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { meKey } from '@/lib/auth';
import { aCitizen } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const ACCOUNT = {
  id: '66666666-6666-4666-8666-666666666666',
  displayName: 'Alice Citizen',
  displayNameChosen: false,
  language: null,
  email: 'alice@example.org',
  createdAt: '2026-03-04T10:00:00Z',
};

function stubErasure(answer: Parameters<ReturnType<typeof stubFetch>['on']>[2] = { status: 204 }) {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: aCitizen() })
    .on('GET', '/api/v1/me/account', { body: ACCOUNT })
    .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
    .on('DELETE', '/api/v1/me', answer);
}

/** jsdom cannot load another page; record where the portal sends the browser instead. */
function stubPageLoads() {
  const assign = vi.fn();
  vi.stubGlobal('location', { ...window.location, assign });
  return assign;
}

const deletes = (fetch: ReturnType<typeof stubFetch>) => fetch.requests.filter((request) => request.method === 'DELETE');

describe('erasing an account', () => {
  it('goes to a confirmation step whose heading takes focus, and says exactly what happens', async () => {
    const user = userEvent.setup();
    stubErasure();
    const { router } = renderApp('/account');

    await user.click(await screen.findByRole('button', { name: 'Erase my account' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Erase your account' });
    expect(router.state.location.pathname).toBe('/account/erase');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Erasing your account cannot be undone.')).toBeTruthy();
    expect(screen.getByText('your ideas, comments and reviews stay public, shown as by “Former participant”')).toBeTruthy();
    expect(screen.getByText('you give up your places on upcoming shifts')).toBeTruthy();
    expect(screen.getByText('you are signed out everywhere, on every device')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download your data' }).getAttribute('href')).toBe('/api/v1/me/export');
    expect(screen.getByRole('link', { name: 'Cancel and go back to your account' }).getAttribute('href')).toBe('/account');
  });

  it('erases nothing until the person confirms, then erases with the confirmation and leaves signed out', async () => {
    const user = userEvent.setup();
    document.cookie = 'coproduce-csrf=csrf-token-2; path=/';
    const assign = stubPageLoads();
    const fetch = stubErasure();
    const { queryClient } = renderApp('/account/erase');

    await user.click(await screen.findByRole('button', { name: 'Erase my account' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Tick the box to confirm you want to erase your account' }).getAttribute('href'),
    ).toBe('#erase-confirm');
    expect(deletes(fetch)).toHaveLength(0);
    expect(assign).not.toHaveBeenCalled();

    await user.click(
      screen.getByLabelText('I understand that my account will be erased and that this cannot be undone'),
    );
    await user.click(screen.getByRole('button', { name: 'Erase my account' }));

    await waitFor(() => expect(assign).toHaveBeenCalledWith('/auth/sign-out'));
    const [erase] = deletes(fetch);
    const url = new URL(erase.url);
    expect(url.pathname).toBe('/api/v1/me');
    expect(url.searchParams.get('confirm')).toBe('erase-my-account');
    expect(erase.headers.get('X-CSRF-Token')).toBe('csrf-token-2');
    expect(deletes(fetch)).toHaveLength(1);
    // nothing of the erased person is left in the cache
    expect(queryClient.getQueryData(meKey)).toBeUndefined();
  });

  it('says so, and stays, when the erasure fails', async () => {
    const user = userEvent.setup();
    const assign = stubPageLoads();
    stubErasure(problem(500, 'Internal Server Error'));
    renderApp('/account/erase');

    await user.click(
      await screen.findByLabelText('I understand that my account will be erased and that this cannot be undone'),
    );
    await user.click(screen.getByRole('button', { name: 'Erase my account' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText('Sorry, your account could not be erased. Nothing has been deleted. Try again later.'),
    ).toBeTruthy();
    expect(assign).not.toHaveBeenCalled();
  });
});
