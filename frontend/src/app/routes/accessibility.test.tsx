import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

describe('accessibility statement', () => {
  it('is linked from every page footer', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/');

    const footer = screen.getByRole('contentinfo');
    const link = within(footer).getByRole('link', { name: 'Accessibility statement' });
    expect(link.getAttribute('href')).toBe('/accessibility');
    expect(link.getAttribute('aria-current')).toBeNull();
  });

  it('says how accessible the website is, how to report a problem and how it was tested', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/accessibility');

    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for Coproduce' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Accessibility statement – Coproduce'));
    for (const heading of [
      'How accessible this website is',
      'What to do if you cannot access parts of this website',
      'Reporting accessibility problems with this website',
      'Enforcement procedure',
      "Technical information about this website's accessibility",
      'Preparation of this accessibility statement',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
    expect(screen.getByRole('heading', { level: 3, name: 'Compliance status' })).toBeTruthy();
    // the known limitations, and the contact (a placeholder each deployment replaces)
    expect(screen.getByText(/what a notification itself says, such as a shift reminder, is in English only/)).toBeTruthy();
    expect(screen.getByText(/tested automatically from start to finish with a keyboard alone/)).toBeTruthy();
    expect(screen.getByText(/every page of the website is checked automatically with axe-core/)).toBeTruthy();
    expect(screen.getByText(/not yet been checked by a fluent Welsh speaker/)).toBeTruthy();
    const emails = screen.getAllByRole('link', { name: 'accessibility@coproduce.example' });
    expect(emails).toHaveLength(2);
    expect(emails[0].getAttribute('href')).toBe('mailto:accessibility@coproduce.example');
    expect(
      screen.getByRole('link', { name: 'contact the Equality Advisory and Support Service (EASS)' }).getAttribute('href'),
    ).toBe('https://www.equalityadvisoryservice.com/');
    expect(screen.getByRole('link', { name: 'Web Content Accessibility Guidelines version 2.2' })).toBeTruthy();
    expect(screen.getByText('This statement was prepared on 29 November 2026. It was last reviewed on 29 November 2026.')).toBeTruthy();
    expect(screen.getByText(/in the file docs\/accessibility\.md/)).toBeTruthy();

    const footerLink = within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Accessibility statement' });
    expect(footerLink.getAttribute('aria-current')).toBe('page');
  });

  it('is in Welsh, dates too, when Welsh is chosen', async () => {
    const user = userEvent.setup();
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/accessibility');
    await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for Coproduce' });

    await user.click(screen.getByRole('link', { name: 'Cymraeg' }));

    // the Welsh catalogue is loaded the first time it is needed
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Datganiad hygyrchedd ar gyfer Coproduce' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Gweithdrefn orfodi' })).toBeTruthy();
    expect(screen.getByText('Paratowyd y datganiad hwn ar 29 Tachwedd 2026. Cafodd ei adolygu ddiwethaf ar 29 Tachwedd 2026.')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: "cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)" }).getAttribute('href'),
    ).toBe('https://www.equalityadvisoryservice.com/');
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Datganiad hygyrchedd' })).toBeTruthy();
  });
});
