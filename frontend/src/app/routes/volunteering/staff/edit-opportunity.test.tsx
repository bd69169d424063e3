import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import { OPPORTUNITY_ID, SETTINGS, anOpportunity } from '@/testing/volunteering-staff-data';

function stubEdit(me = aStaffMember()) {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: me })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}`, { body: anOpportunity() })
    .on('GET', '/api/v1/volunteering/settings', { body: SETTINGS })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`, { body: { items: [], nextCursor: null } })
    .on('GET', '/api/v1/contributions/kinds', { body: { items: [] } });
}

describe('change an opportunity', () => {
  it('saves the changes against the version opened, and says so on the manage page', async () => {
    const user = userEvent.setup();
    const fetch = stubEdit().on('PUT', `/api/v1/opportunities/${OPPORTUNITY_ID}`, {
      body: anOpportunity({ title: 'Spring litter pick', state: 'CLOSED', version: 5 }),
    });
    const { router } = renderApp(`/opportunities/${OPPORTUNITY_ID}/edit`);

    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(screen.getByText('For Community gardens')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Service' })).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Skills (optional, separated by commas)' }) as HTMLInputElement).value).toBe(
      'teamwork',
    );
    expect((screen.getByRole('radio', { name: 'Published' }) as HTMLInputElement).checked).toBe(true);
    await user.clear(title);
    await user.type(title, 'Spring litter pick');
    await user.click(screen.getByRole('radio', { name: 'Closed' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved: Spring litter pick')).toBeTruthy();
    expect(screen.getByText('It is closed: no one can sign up for it.')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/opportunities/${OPPORTUNITY_ID}/manage`);
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    const body = await put.json();
    expect(body).toMatchObject({ title: 'Spring litter pick', state: 'CLOSED', minimumAge: 16, whatToBring: 'Sturdy shoes' });
  });

  it('explains when someone else changed it first', async () => {
    const user = userEvent.setup();
    stubEdit().on('PUT', `/api/v1/opportunities/${OPPORTUNITY_ID}`, problem(412, 'Precondition Failed'));
    renderApp(`/opportunities/${OPPORTUNITY_ID}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText(
        'Someone else changed this opportunity while you were editing. Reload the page to see their changes, then make yours again.',
      ),
    ).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Reload the page' })).toBeTruthy();
  });

  it('tells citizens they cannot manage it', async () => {
    stubEdit(aCitizen());
    renderApp(`/opportunities/${OPPORTUNITY_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot manage this opportunity' })).toBeTruthy();
    expect(screen.getByText('Only staff of the organisation that runs Community gardens can manage this opportunity.')).toBeTruthy();
  });

  it('shows Page not found for a draft or an unknown opportunity', async () => {
    stubFetch().on('GET', '/api/v1/me', { body: aCitizen() });
    renderApp(`/opportunities/${OPPORTUNITY_ID}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
