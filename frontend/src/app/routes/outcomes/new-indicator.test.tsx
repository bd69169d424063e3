import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import { anIndicator, INDICATOR_ID } from '@/testing/outcomes-data';
import { renderApp } from '@/testing/render';

const GARDENS = aService();

function stub() {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: aStaffMember() })
    .on('GET', '/api/v1/services/community-gardens', { body: GARDENS })
    .on('GET', `/api/v1/services/${GARDENS.id}`, { body: GARDENS })
    .on('GET', `/api/v1/indicators/${INDICATOR_ID}`, { body: anIndicator({ observationCount: 0 }) })
    .on('GET', `/api/v1/indicators/${INDICATOR_ID}/observations`, { body: { items: [], nextCursor: null } });
}

const writes = (fetch: FetchStub) => fetch.requests.filter((r) => r.method !== 'GET');

describe('adding an indicator', () => {
  it('checks the fields, sends the indicator and opens its page with a success banner', async () => {
    const user = userEvent.setup();
    let answer = problem(409, 'Conflict', { detail: 'The service already has an indicator of that name.' });
    const fetch = stub().on('POST', '/api/v1/indicators', () => answer);
    const { router } = renderApp('/indicators/new?service=community-gardens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Add an outcome indicator' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add indicator' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Enter a name for the indicator' }).getAttribute('href')).toBe(
      '#indicator-name',
    );
    expect(within(alert).getByRole('link', { name: 'Enter the unit, for example visits' }).getAttribute('href')).toBe(
      '#indicator-unit',
    );
    expect(within(alert).getByRole('link', { name: 'Select whether higher or lower is better' }).getAttribute('href')).toBe(
      '#indicator-better-UP',
    );
    expect(writes(fetch)).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'Name of the indicator' }), 'Garden visits per week');
    await user.type(screen.getByRole('textbox', { name: 'Unit' }), 'visits');
    await user.click(screen.getByRole('radio', { name: 'Higher is better' }));
    await user.click(screen.getByRole('button', { name: 'Add indicator' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert')).getByRole('link', {
          name: 'This service already has an indicator called Garden visits per week. Choose a different name.',
        }),
      ).toBeTruthy(),
    );

    answer = { status: 201, body: anIndicator({ observationCount: 0 }) } as typeof answer;
    await user.type(screen.getByRole('textbox', { name: 'Name of the indicator' }), ' (gate)');
    await user.click(screen.getByRole('button', { name: 'Add indicator' }));
    expect(await screen.findByText('Indicator added')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/indicators/${INDICATOR_ID}`);
    expect(await screen.findByText('No observations have been recorded yet.')).toBeTruthy();

    const posts = writes(fetch);
    expect(posts).toHaveLength(2);
    expect(await posts[1].json()).toEqual({
      serviceId: GARDENS.id,
      name: 'Garden visits per week (gate)',
      unit: 'visits',
      better: 'UP',
    });
  });
});
