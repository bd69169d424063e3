import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aProfile, NO_AREA } from '@/testing/about-you-data';
import { aCitizen } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { ProfileView } from '@/types';

const PROFILE = '/api/v1/me/profile';
const NOT_SAYING = "I'd rather not say";

const group = (name: string) => screen.getByRole('group', { name });
const radios = (name: string) => within(group(name)).getAllByRole<HTMLInputElement>('radio');
/** the labels of a question's radios, in order */
const choices = (name: string) => radios(name).map((radio) => radio.labels![0].textContent);
/** the label of the radio checked (a list, so none or two would show) */
const checked = (name: string) => radios(name).filter((radio) => radio.checked).map((radio) => radio.labels![0].textContent);

/** A profile API that remembers what was saved, like the real one. */
function stubProfile(start: ProfileView) {
  let profile = start;
  return stubFetch()
    .on('GET', '/api/v1/me', { body: aCitizen() })
    .on('GET', PROFILE, () => ({ body: profile }))
    .on('PUT', PROFILE, async (request) => {
      const body = (await request.json()) as { area: string | null; answers: Record<string, string> };
      profile = { ...profile, area: body.area ?? NO_AREA, answers: body.answers };
      return { body: profile };
    })
    .on('DELETE', `${PROFILE}/declarations`, () => {
      profile = { ...profile, area: NO_AREA, answers: {} };
      return { body: profile };
    });
}

const sent = (fetch: ReturnType<typeof stubFetch>, method: string) =>
  fetch.requests.filter((request) => request.method === method && new URL(request.url).pathname.startsWith(PROFILE));

describe('about you', () => {
  it('says what the answers are for before asking anything, and shows what is saved', async () => {
    stubProfile(aProfile({ area: 'northbank', answers: { AGE_BAND: '65+' } }));
    renderApp('/about-you');

    const heading = await screen.findByRole('heading', { level: 1, name: 'About you (optional)' });
    const statement = screen.getByText('You do not have to tell us any of this.');
    expect(screen.getByText(/^If you do, we use it for one thing only: to show the staff who run each service/)).toBeTruthy();
    expect(
      screen.getByText(
        'We never show your answers to anyone, never link them to your ideas, ratings or shifts in public, and you can change or withdraw them at any time.',
      ),
    ).toBeTruthy();
    const areas = await screen.findByRole('group', { name: 'Which area do you live in?' });
    expect(heading.compareDocumentPosition(statement) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(statement.compareDocumentPosition(areas) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(checked('Which area do you live in?')).toEqual(['Northbank']);
    expect(choices('Which area do you live in?')).toEqual([
      'Millbrook',
      'Northbank',
      'Riverside',
      NOT_SAYING,
    ]);
    expect(choices('Your age')).toEqual([
      '16 to 24',
      '25 to 44',
      '45 to 64',
      '65 and over',
      NOT_SAYING,
    ]);
    expect(checked('Your age')).toEqual(['65 and over']);
    const disability = 'Do you consider yourself to have a disability or long-term health condition?';
    expect(choices(disability)).toEqual([
      'Yes',
      'No',
      NOT_SAYING,
    ]);
    expect(checked(disability)).toEqual([NOT_SAYING]);
    expect(screen.getByRole('button', { name: 'Withdraw everything' })).toBeTruthy();

    const link = within(screen.getByRole('banner')).getByRole('link', { name: 'About you' });
    expect(link.getAttribute('href')).toBe('/about-you');
    expect(link.getAttribute('aria-current')).toBe('page');
  });

  it('saves the choices: "I\'d rather not say" sends a null area and leaves the question out', async () => {
    const user = userEvent.setup();
    const fetch = stubProfile(aProfile({ area: 'northbank', answers: { AGE_BAND: '65+', DISABILITY: 'yes' } }));
    renderApp('/about-you');

    await user.click(await within(await screen.findByRole('group', { name: 'Which area do you live in?' })).findByLabelText(NOT_SAYING));
    await user.click(within(group('Your age')).getByLabelText('25 to 44'));
    await user.click(
      within(group('Do you consider yourself to have a disability or long-term health condition?')).getByLabelText(NOT_SAYING),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Saved. Thank you.')).toBeTruthy();
    expect(banner.parentElement).toBe(document.activeElement);
    const [put] = sent(fetch, 'PUT');
    expect(await put.json()).toEqual({ area: null, answers: { AGE_BAND: '25-44' } });
    expect(checked('Which area do you live in?')).toEqual([NOT_SAYING]);
    expect(checked('Your age')).toEqual(['25 to 44']);
    // the age is still declared, so it can still be withdrawn
    expect(screen.getByRole('button', { name: 'Withdraw everything' })).toBeTruthy();
  });

  it('offers to withdraw only once something is saved', async () => {
    const user = userEvent.setup();
    const fetch = stubProfile(aProfile());
    renderApp('/about-you');

    const areas = await screen.findByRole('group', { name: 'Which area do you live in?' });
    expect(checked('Which area do you live in?')).toEqual([NOT_SAYING]);
    expect(screen.queryByRole('button', { name: 'Withdraw everything' })).toBeNull();

    await user.click(within(areas).getByLabelText('Millbrook'));
    await user.click(within(group('Do you consider yourself to have a disability or long-term health condition?')).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved. Thank you.')).toBeTruthy();
    expect(await sent(fetch, 'PUT')[0].json()).toEqual({ area: 'millbrook', answers: { DISABILITY: 'no' } });
    expect(await screen.findByRole('button', { name: 'Withdraw everything' })).toBeTruthy();
  });

  it('shows the errors the API finds in the summary, linked to their questions, and under each question', async () => {
    const user = userEvent.setup();
    stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', PROFILE, { body: aProfile({ area: 'northbank', answers: { AGE_BAND: '65+' } }) })
      .on(
        'PUT',
        PROFILE,
        problem(400, 'Bad Request', {
          errors: [
            { field: 'area', message: 'is not one of the areas' },
            { field: 'answers.AGE_BAND', message: 'is not one of the answers' },
          ],
        }),
      );
    renderApp('/about-you');

    await user.click(await screen.findByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select the area you live in from the list, or “I\'d rather not say”', '#about-you-area-0'],
      ['Select your age from the list, or “I\'d rather not say”', '#about-you-age-band-0'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(group('Which area do you live in?')).getByText('Select the area you live in from the list, or “I\'d rather not say”')).toBeTruthy();
    expect(within(group('Your age')).getByText('Select your age from the list, or “I\'d rather not say”')).toBeTruthy();
    expect(group('Your age').closest('.govuk-form-group')!.classList.contains('govuk-form-group--error')).toBe(true);
    expect(screen.queryByText('Saved. Thank you.')).toBeNull();

    await user.click(within(summary).getByRole('link', { name: /Select your age/ }));
    expect(document.activeElement!.id).toBe('about-you-age-band-0');
  });

  it('withdraws everything once confirmed, and Cancel takes nothing away', async () => {
    const user = userEvent.setup();
    const fetch = stubProfile(aProfile({ area: 'riverside', answers: { AGE_BAND: '16-24', DISABILITY: 'no' } }));
    renderApp('/about-you');

    await user.click(await screen.findByRole('button', { name: 'Withdraw everything' }));
    const question = screen.getByRole('heading', { name: 'Are you sure you want to withdraw everything?' });
    expect(document.activeElement).toBe(question);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Withdraw everything' }));
    expect(sent(fetch, 'DELETE')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Withdraw everything' }));
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw everything' }));

    const withdrawn = await screen.findByText('Withdrawn: we no longer hold your area or answers.');
    expect(withdrawn.closest('.app-focus-target')).toBe(document.activeElement);
    expect(sent(fetch, 'DELETE').map((request) => new URL(request.url).pathname)).toEqual([`${PROFILE}/declarations`]);
    expect(sent(fetch, 'PUT')).toEqual([]);
    expect(checked('Which area do you live in?')).toEqual([NOT_SAYING]);
    expect(checked('Your age')).toEqual([NOT_SAYING]);
    expect(checked('Do you consider yourself to have a disability or long-term health condition?')).toEqual([NOT_SAYING]);
    expect(screen.queryByRole('button', { name: 'Withdraw everything' })).toBeNull();
  });

  it('says so when withdrawing fails, and keeps the answers', async () => {
    const user = userEvent.setup();
    stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', PROFILE, { body: aProfile({ area: 'riverside' }) })
      .on('DELETE', `${PROFILE}/declarations`, problem(500, 'Server error'));
    renderApp('/about-you');

    await user.click(await screen.findByRole('button', { name: 'Withdraw everything' }));
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw everything' }));

    expect(await screen.findByText('Sorry, your answers could not be withdrawn. Try again later.')).toBeTruthy();
    expect(checked('Which area do you live in?')).toEqual(['Riverside']);
  });

  it('asks people who are signed out to sign in, without asking for a profile', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/about-you');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to tell us about you' })).toBeTruthy();
    expect(fetch.requests.some((request) => new URL(request.url).pathname === PROFILE)).toBe(false);
    expect(within(screen.getByRole('banner')).queryByRole('link', { name: 'About you' })).toBeNull();
  });
});
