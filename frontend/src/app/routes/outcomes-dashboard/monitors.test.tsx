import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMonitor, BINS_REF, NULL } from '@/testing/dashboard-data';
import { aCitizen, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

const card = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('li')!;

describe('monitors', () => {
  it('shows staff a card per service: concentration, burden, unanswered voice and who is missing', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/monitors', { body: { items: [aMonitor(), aMonitor({ service: BINS_REF })] } });
    renderApp('/monitors');

    expect(await screen.findByRole('heading', { level: 1, name: 'Monitors' })).toBeTruthy();
    expect(await screen.findByText('Monitors for 2 services')).toBeTruthy();
    const gardens = card('Community gardens');
    expect(within(gardens).getByText('From 1 November 2025 to 31 October 2026')).toBeTruthy();

    // in the order of the four Co's, whatever order the API sends
    const cos = within(gardens).getAllByRole('heading', { level: 4 });
    expect(cos.map((heading) => heading.textContent)).toEqual(['Co-commissioning', 'Co-design', 'Co-delivery', 'Co-assessment']);
    const co = (index: number) => cos[index].closest('li')!;
    const value = (index: number, label: string) => within(co(index)).getByText(label).nextElementSibling!.textContent;
    expect(value(0, 'People')).toBe('60');
    expect(value(0, 'Share of acts by the most active tenth')).toBe('20%');
    expect(value(0, 'Gini coefficient')).toBe('0.21: spread evenly');
    expect(value(1, 'People')).toBe('42');
    expect(value(1, 'Gini coefficient')).toBe('0.42: somewhat concentrated');
    expect(within(co(2)).getByText('Fewer than 5 people: not shown')).toBeTruthy();
    expect(within(co(2)).queryByText('People')).toBeNull();
    expect(value(3, 'Share of acts by the most active tenth')).toBe('60%');
    expect(value(3, 'Gini coefficient')).toBe('0.63: concentrated in a few people');

    const over = within(gardens).getByText('People over the warning level of 48 hours in 28 days');
    expect(over.nextElementSibling!.textContent).toBe('fewer than 5');
    expect(within(gardens).getByText('People with 2 or more no-shows in 90 days').nextElementSibling!.textContent).toBe('6');
    expect(
      within(gardens).getByText('Ideas waiting more than 30 days for a first answer').nextElementSibling!.textContent,
    ).toBe('4');
    expect(within(gardens).getByText('Reviews without a reply').nextElementSibling!.textContent).toBe('2');
    expect(within(gardens).getByRole('link', { name: 'Review ideas' }).getAttribute('href')).toBe('/review-queue');
    expect(within(gardens).getByRole('link', { name: 'Answer reviews' }).getAttribute('href')).toBe('/reviews/awaiting-reply');
    expect(within(gardens).getByText('6 people took part; 6 said where they live.')).toBeTruthy();
    expect(
      within(gardens).getByRole('link', { name: 'What people did with this service (Community gardens)' }).getAttribute('href'),
    ).toBe('/services/community-gardens/record');
    expect(within(gardens).getByText('Counted at 2 November 2026, 09:30')).toBeTruthy();
    expect(card('Missed bin collections')).toBeTruthy();

    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Monitors' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows who took part by area and group against the population, saying which figures are withheld', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/monitors', { body: { items: [aMonitor()] } });
    renderApp('/monitors');

    await screen.findByRole('heading', { level: 2, name: 'Community gardens' });
    const gardens = card('Community gardens');
    expect(within(gardens).getByText('6 people took part; 6 said where they live.')).toBeTruthy();
    expect(
      within(gardens).getByText('People choose whether to tell us their area, age and disability; shares are of those who did.'),
    ).toBeTruthy();

    const cells = (table: HTMLElement, row: string) =>
      Array.from(within(table).getByRole('rowheader', { name: row }).closest('tr')!.querySelectorAll('td'), (cell) => cell.textContent);
    const areas = within(gardens).getByRole('table', { name: 'Where people who took part live, against the population' });
    expect(within(areas).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Area',
      'People',
      'Share of those who said',
      'Share of residents',
    ]);
    expect(within(areas).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Millbrook', 'Northbank', 'Riverside']);
    expect(cells(areas, 'Northbank')).toEqual(['5', '83%', '35%']);
    expect(cells(areas, 'Millbrook')).toEqual(['fewer than 5', 'fewer than 5', '40%']);

    const ages = within(gardens).getByRole('table', { name: 'Age of people who took part, against the population' });
    expect(within(ages).getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      '16 to 24',
      '25 to 44',
      '45 to 64',
      '65 and over',
    ]);
    expect(cells(ages, '65 and over')).toEqual(['5', '100%', '21%']);
    expect(cells(ages, '16 to 24')).toEqual(['fewer than 5', 'fewer than 5', '14%']);
    expect(within(gardens).getByText('5 people answered this question.')).toBeTruthy();

    const disability = within(gardens).getByRole('table', {
      name: 'Whether people who took part have a disability or long-term health condition, against the population',
    });
    expect(within(disability).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Yes', 'No']);
    expect(cells(disability, 'No')).toEqual(['fewer than 5', 'fewer than 5', 'not set']);
    expect(within(gardens).getByText('Fewer than 5 people answered this question.')).toBeTruthy();
  });

  it('shows no tables when fewer than 5 people took part', async () => {
    const withheld = { people: NULL, percent: NULL, populationPercent: 50 };
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/monitors', {
        body: {
          items: [
            aMonitor({
              representativeness: {
                people: NULL,
                declaredArea: NULL,
                areas: [
                  { code: 'millbrook', name: 'Millbrook', ...withheld },
                  { code: 'northbank', name: 'Northbank', ...withheld },
                ],
                groups: [{ question: 'DISABILITY', declared: NULL, answers: [{ code: 'yes', name: 'yes', ...withheld }] }],
              },
            }),
          ],
        },
      });
    renderApp('/monitors');

    await screen.findByRole('heading', { level: 2, name: 'Community gardens' });
    const gardens = card('Community gardens');
    expect(within(gardens).getByText('Fewer than 5 people took part, so nothing is shown.')).toBeTruthy();
    expect(within(gardens).queryByRole('table')).toBeNull();
    expect(within(gardens).queryByText('Millbrook')).toBeNull();
  });

  it('says when there is nothing to monitor', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/monitors', { body: { items: [] } });
    renderApp('/monitors');

    expect(await screen.findByText('You have no services to monitor')).toBeTruthy();
  });

  it('says so when the monitors cannot be loaded', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/monitors', problem(500, 'Server error'));
    renderApp('/monitors');

    expect(await screen.findByText('Sorry, the monitors could not be loaded. Try again later.')).toBeTruthy();
  });

  it('tells administrators they see every organisation', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember({ roles: ['citizen', 'admin'], staffOf: [] }) })
      .on('GET', '/api/v1/monitors', { body: { items: [aMonitor()] } });
    renderApp('/monitors');

    expect(await screen.findByText("As an administrator, you see every organisation's services.")).toBeTruthy();
  });

  it('tells citizens only staff see the monitors, without asking the API for them', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: aCitizen() });
    renderApp('/monitors');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see the monitors' })).toBeTruthy();
    expect(screen.getByText('Only staff of an organisation that runs services can see the monitors.')).toBeTruthy();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/monitors')).toBe(false);
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).queryByRole('link', { name: 'Monitors' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Outcomes' }).getAttribute('href')).toBe('/outcomes');
  });

  it('asks people who are signed out to sign in', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/monitors');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see the monitors' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('href')).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent('/monitors')}`,
    );
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/monitors')).toBe(false);
  });
});
