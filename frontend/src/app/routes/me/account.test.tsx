import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { aCitizen } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { AccountView, NotificationSettings } from '@/types';

const ACCOUNT = '/api/v1/me/account';
const SETTINGS = '/api/v1/me/notification-settings';

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

/** An account API that remembers what was saved, like the real one; the header's name follows it. */
function stubAccount(start: AccountView, settings: NotificationSettings = { emailFrequency: 'DAILY_DIGEST' }) {
  let account = start;
  let saved = settings;
  return stubFetch()
    .on('GET', '/api/v1/me', () => ({ body: aCitizen({ displayName: account.displayName }) }))
    .on('GET', ACCOUNT, () => ({ body: account }))
    .on('PUT', ACCOUNT, async (request) => {
      const body = (await request.json()) as { displayName: string | null; language: string | null };
      account = {
        ...account,
        displayName: body.displayName ?? 'Alice Citizen',
        displayNameChosen: body.displayName !== null,
        language: body.language as string,
      };
      return { body: account };
    })
    .on('GET', SETTINGS, () => ({ body: saved }))
    .on('PUT', SETTINGS, async (request) => {
      saved = (await request.json()) as NotificationSettings;
      return { body: saved };
    });
}

const puts = (fetch: ReturnType<typeof stubFetch>, path: string) =>
  fetch.requests.filter((request) => request.method === 'PUT' && new URL(request.url).pathname === path);
const header = () => screen.getByRole('banner');

describe('your account', () => {
  it('is linked from the header, and links to About you and notifications', async () => {
    stubAccount(anAccount());
    renderApp('/account');

    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();
    const link = within(header()).getByRole('link', { name: 'Your account' });
    expect(link.getAttribute('href')).toBe('/account');
    expect(link.getAttribute('aria-current')).toBe('page');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'About you' }).getAttribute('href')).toBe('/about-you');
    expect(within(main).getByRole('link', { name: 'Notifications' }).getAttribute('href')).toBe('/notifications');
    expect(within(main).getByRole('button', { name: 'Erase my account' }).getAttribute('href')).toBe('/account/erase');
    expect(await screen.findByText('alice@example.org')).toBeTruthy();
    expect(screen.getByText('4 March 2026')).toBeTruthy();
  });

  it('sends both the name and the language, then shows the new name and switches language', async () => {
    const user = userEvent.setup();
    document.cookie = 'coproduce-csrf=csrf-token-1; path=/';
    const fetch = stubAccount(anAccount());
    renderApp('/account');

    const name = await screen.findByLabelText('The name others see');
    expect((name as HTMLInputElement).value).toBe('Alice Citizen');
    await user.clear(name);
    await user.type(name, 'Ally');
    await user.click(screen.getByLabelText('Cymraeg'));
    await user.click(screen.getByRole('button', { name: 'Save name and language' }));

    // saved in English, shown in Welsh: the portal follows the language just saved
    expect(await screen.findByText("Mae eich enw a'ch iaith wedi'u cadw")).toBeTruthy();
    expect(i18n.language).toBe('cy');
    const [put] = puts(fetch, ACCOUNT);
    expect(await put.json()).toEqual({ displayName: 'Ally', language: 'cy' });
    expect(put.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
    expect(await within(header()).findByText('Wedi mewngofnodi fel Ally')).toBeTruthy();
  });

  it('leaves a name taken from the sign-in unchosen, and sends no preference as null', async () => {
    const user = userEvent.setup();
    const fetch = stubAccount(anAccount({ language: 'en' }));
    renderApp('/account');

    await user.click(await screen.findByLabelText('No preference'));
    await user.click(screen.getByRole('button', { name: 'Save name and language' }));

    expect(await screen.findByText('Your name and language are saved')).toBeTruthy();
    expect(await puts(fetch, ACCOUNT)[0].json()).toEqual({ displayName: null, language: null });
  });

  it('offers the name from the sign-in once a name is chosen, and sends null for it', async () => {
    const user = userEvent.setup();
    const fetch = stubAccount(anAccount({ displayName: 'Ally', displayNameChosen: true, language: 'en' }));
    renderApp('/account');

    const group = await screen.findByRole('group', { name: 'The name others see' });
    expect((within(group).getByLabelText('Name') as HTMLInputElement).value).toBe('Ally');
    await user.click(within(group).getByLabelText('Use the name from my sign-in'));
    expect(within(group).queryByLabelText('Name')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save name and language' }));

    expect(await screen.findByText('Others now see your name as Alice Citizen.')).toBeTruthy();
    expect(await puts(fetch, ACCOUNT)[0].json()).toEqual({ displayName: null, language: 'en' });
    // back to the sign-in's name: nothing chosen, so no choice to offer
    expect(screen.queryByRole('group', { name: 'The name others see' })).toBeNull();
  });

  it('shows the fields the API refused in an error summary linked to each field', async () => {
    const user = userEvent.setup();
    stubAccount(anAccount()).on(
      'PUT',
      ACCOUNT,
      problem(400, 'Your request has invalid fields', {
        errors: [
          { field: 'displayName', message: 'size must be between 1 and 200' },
          { field: 'language', message: 'must be en or cy' },
        ],
      }),
    );
    renderApp('/account');

    const name = await screen.findByLabelText('The name others see');
    await user.type(name, ' Jones');
    await user.click(screen.getByRole('button', { name: 'Save name and language' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a name of 200 characters or fewer', '#account-display-name'],
      ['Select English, Cymraeg or No preference', '#account-language-en'],
    ]);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('account-display-name-error')?.textContent).toBe(
      'Error: Enter a name of 200 characters or fewer',
    );
    expect(document.getElementById('account-language-error')?.textContent).toBe(
      'Error: Select English, Cymraeg or No preference',
    );
    await user.click(within(summary).getByRole('link', { name: 'Enter a name of 200 characters or fewer' }));
    expect(document.activeElement).toBe(name);
    expect(screen.queryByText('Your name and language are saved')).toBeNull();
  });

  it('asks for a name before sending an empty one', async () => {
    const user = userEvent.setup();
    const fetch = stubAccount(anAccount());
    renderApp('/account');

    await user.clear(await screen.findByLabelText('The name others see'));
    await user.click(screen.getByRole('button', { name: 'Save name and language' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the name you want others to see' }).getAttribute('href')).toBe(
      '#account-display-name',
    );
    expect(puts(fetch, ACCOUNT)).toHaveLength(0);
  });

  it('chooses how often to email for each kind, leaving kinds on "Same as above" out of byKind', async () => {
    const user = userEvent.setup();
    const fetch = stubAccount(anAccount(), {
      emailFrequency: 'DAILY_DIGEST',
      byKind: { IDEA_COMMENTED: 'NONE', SHIFT_REMINDER: 'IMMEDIATE' },
    });
    renderApp('/account');

    const comments = (await screen.findByLabelText('When someone comments on your idea')) as HTMLSelectElement;
    const reminders = screen.getByLabelText('When a shift you have a place on starts within a day') as HTMLSelectElement;
    const replies = screen.getByLabelText('When staff reply to your review of a service') as HTMLSelectElement;
    expect(comments.value).toBe('NONE');
    expect(reminders.value).toBe('IMMEDIATE');
    expect(replies.value).toBe('');
    expect([...replies.options].map((option) => option.textContent)).toEqual([
      'Same as above',
      'As each one happens',
      'Once a day',
      'Never',
    ]);
    // shift news cannot wait for tomorrow's digest, and the form says so
    expect(reminders.getAttribute('aria-describedby')).toContain('-hint');

    await user.selectOptions(comments, 'Same as above');
    await user.selectOptions(replies, 'As each one happens');
    await user.click(screen.getByRole('button', { name: 'Save email settings' }));

    expect(await screen.findByText('Your email settings are saved')).toBeTruthy();
    const [put] = puts(fetch, SETTINGS);
    expect(await put.json()).toEqual({
      emailFrequency: 'DAILY_DIGEST',
      byKind: { SHIFT_REMINDER: 'IMMEDIATE', REVIEW_REPLIED: 'IMMEDIATE' },
    });
  });

  it('offers the download as a plain link to the export', async () => {
    stubAccount(anAccount());
    renderApp('/account');

    const download = await screen.findByRole('button', { name: 'Download your data' });
    expect(download.tagName).toBe('A');
    expect(download.getAttribute('href')).toBe('/api/v1/me/export');
    expect(download.hasAttribute('download')).toBe(true);
  });

  it('asks people who are signed out to sign in', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/account');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see your account' })).toBeTruthy();
    expect(within(header()).queryByRole('link', { name: 'Your account' })).toBeNull();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === ACCOUNT)).toBe(false);
  });
});
