import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCitizen, aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { anIndicator, anInitiative, INDICATOR_ID, INITIATIVE_ID, OTHER_INDICATOR_ID } from '@/testing/outcomes-data';
import { renderApp } from '@/testing/render';
import type { MeView } from '@/types';

function stubService(me: MeView | null, initiatives: unknown[], indicators: unknown[]) {
  return stubFetch()
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/services/community-gardens', { body: aService() })
    .on('GET', '/api/v1/initiatives', { body: { items: initiatives, nextCursor: null } })
    .on('GET', '/api/v1/indicators', { body: { items: indicators } });
}

const section = async () =>
  (await screen.findByRole('heading', { level: 2, name: 'Outcomes' })).closest('section') as HTMLElement;

describe('outcomes on the service page', () => {
  it('lists the initiatives and indicators in words, each linking to its page', async () => {
    const fetch = stubService(
      null,
      [anInitiative(), anInitiative({ id: 'other', name: 'Residents choose what to plant', endsOn: '2026-10-31', cos: ['CO_COMMISSIONING'] })],
      [
        anIndicator(),
        anIndicator({
          id: OTHER_INDICATOR_ID,
          name: 'Complaints per month',
          unit: 'complaints',
          better: 'DOWN',
          observationCount: 0,
          firstObservedOn: null as unknown as string,
          lastObservedOn: null as unknown as string,
        }),
      ],
    );
    renderApp('/services/community-gardens');
    const outcomes = await section();

    const initiative = await within(outcomes).findByRole('link', { name: 'Volunteer key holders open the garden on Sundays' });
    expect(initiative.getAttribute('href')).toBe(`/initiatives/${INITIATIVE_ID}`);
    expect(within(outcomes).getByText('From 1 March 2026')).toBeTruthy();
    expect(within(outcomes).getByText('Co-production: co-design, co-delivery')).toBeTruthy();
    expect(within(outcomes).getByText('From 1 March 2026 to 31 October 2026')).toBeTruthy();
    expect(within(outcomes).getByText('Co-production: co-commissioning')).toBeTruthy();

    const indicator = await within(outcomes).findByRole('link', { name: 'Garden visits per week' });
    expect(indicator.getAttribute('href')).toBe(`/indicators/${INDICATOR_ID}`);
    expect(within(outcomes).getByText('Measured in visits. Higher is better.')).toBeTruthy();
    expect(within(outcomes).getByText('24 observations, from 7 September 2025 to 30 August 2026.')).toBeTruthy();
    expect(within(outcomes).getByText('Measured in complaints. Lower is better.')).toBeTruthy();
    expect(within(outcomes).getByText('No observations yet.')).toBeTruthy();

    // no ways in for people who cannot manage the service
    expect(within(outcomes).queryByRole('link', { name: 'Declare an initiative' })).toBeNull();
    expect(within(outcomes).queryByRole('link', { name: 'Add an indicator' })).toBeNull();

    const list = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/initiatives')!;
    expect(new URL(list.url).searchParams.get('service')).toBe('community-gardens');
    const indicators = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/indicators')!;
    expect(new URL(indicators.url).searchParams.get('service')).toBe('community-gardens');
  });

  it('says in plain words when there are none, and gives staff of the organisation the ways to add them', async () => {
    stubService(aStaffMember(), [], []);
    renderApp('/services/community-gardens');
    const outcomes = await section();

    expect(await within(outcomes).findByText('This service has not declared any co-production initiatives yet.')).toBeTruthy();
    expect(
      await within(outcomes).findByText(
        'This service has not set any outcome indicators yet, so only its rating shows what changes.',
      ),
    ).toBeTruthy();
    expect((await within(outcomes).findByRole('link', { name: 'Declare an initiative' })).getAttribute('href')).toBe(
      '/initiatives/new?service=community-gardens',
    );
    expect(within(outcomes).getByRole('link', { name: 'Add an indicator' }).getAttribute('href')).toBe(
      '/indicators/new?service=community-gardens',
    );
  });

  it('gives citizens and staff of other organisations no ways to add them', async () => {
    stubService(aCitizen(), [], []);
    renderApp('/services/community-gardens');
    const outcomes = await section();
    expect(await within(outcomes).findByText('This service has not declared any co-production initiatives yet.')).toBeTruthy();
    expect(within(outcomes).queryByRole('link', { name: 'Declare an initiative' })).toBeNull();
    expect(within(outcomes).queryByRole('link', { name: 'Add an indicator' })).toBeNull();
  });

  it('says so when the outcomes cannot be loaded, and still shows the service', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/services/community-gardens', { body: aService() })
      .on('GET', '/api/v1/initiatives', problem(500, 'Server Error'))
      .on('GET', '/api/v1/indicators', problem(500, 'Server Error'));
    renderApp('/services/community-gardens');
    expect(await screen.findByText('Sorry, the initiatives could not be loaded. Try again later.')).toBeTruthy();
    expect(await screen.findByText('Sorry, the indicators could not be loaded. Try again later.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Community gardens' })).toBeTruthy();
  });
});
