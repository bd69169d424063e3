import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PARKS_ORG, aCitizen, aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import { OPPORTUNITY_ID, SETTINGS, anOpportunity } from '@/testing/volunteering-staff-data';

const GARDENS = aService();
const LIBRARY = aService({ id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', slug: 'libraries', name: 'Libraries' });

function stubNew(me = aStaffMember()) {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: me })
    .on('GET', '/api/v1/services', (request) => ({
      body: {
        items: new URL(request.url).searchParams.get('organisation') === PARKS_ORG.id ? [GARDENS, LIBRARY] : [],
        nextCursor: null,
      },
    }))
    .on('GET', '/api/v1/volunteering/settings', { body: SETTINGS })
    .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}/shifts`, { body: { items: [], nextCursor: null } })
    .on('GET', '/api/v1/contributions/kinds', { body: { items: [] } });
}

describe('add a volunteering opportunity', () => {
  it('is offered to staff in the navigation', async () => {
    stubNew();
    renderApp('/opportunities/new');
    const link = await screen.findByRole('link', { name: 'New opportunity' });
    expect(link.getAttribute('href')).toBe('/opportunities/new');
    expect(link.getAttribute('aria-current')).toBe('page');
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/opportunities/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to add a volunteering opportunity' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New opportunity' })).toBeNull();
  });

  it('tells citizens they cannot add one', async () => {
    stubNew(aCitizen());
    renderApp('/opportunities/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot add a volunteering opportunity' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New opportunity' })).toBeNull();
  });

  it('lists only the services of my organisations and checks the form before sending', async () => {
    const user = userEvent.setup();
    const fetch = stubNew();
    renderApp('/opportunities/new');

    const service = await screen.findByRole('combobox', { name: 'Service' });
    expect(within(service).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a service',
      'Community gardens',
      'Libraries',
    ]);
    const lookup = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/services')!;
    expect(new URL(lookup.url).searchParams.get('organisation')).toBe(PARKS_ORG.id);

    await user.type(screen.getByRole('textbox', { name: 'Minimum age (optional)' }), '0');
    await user.type(screen.getByRole('textbox', { name: 'Latitude' }), '51.5');
    await user.click(screen.getByRole('button', { name: 'Add opportunity' }));

    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Choose a service', '#opportunity-service'],
      ['Enter a title', '#opportunity-title'],
      ['Enter a description', '#opportunity-description'],
      ['Enter both latitude and longitude, or neither', '#opportunity-longitude'],
      ['Minimum age must be a whole number from 1 to 120', '#opportunity-age'],
    ]);
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("shows the API's field errors against the fields", async () => {
    const user = userEvent.setup();
    stubNew().on(
      'POST',
      '/api/v1/opportunities',
      problem(400, 'Bad Request', { errors: [{ field: 'create.input.skills[0].<list element>', message: 'must not be blank' }] }),
    );
    renderApp(`/opportunities/new?service=${GARDENS.id}`);

    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Litter pick');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Help keep the park clean.');
    await user.click(screen.getByRole('button', { name: 'Add opportunity' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Skills: must not be blank' }).getAttribute('href')).toBe(
      '#opportunity-skills',
    );
    expect(screen.getByRole('textbox', { name: 'Skills (optional, separated by commas)' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('creates it for the service in the address, with an Idempotency-Key, and opens its manage page', async () => {
    const user = userEvent.setup();
    const created = anOpportunity({ state: 'DRAFT', checks: ['safeguarding'] });
    const fetch = stubNew()
      .on('POST', '/api/v1/opportunities', { status: 201, body: created })
      .on('GET', `/api/v1/opportunities/${OPPORTUNITY_ID}`, { body: created });
    const { router } = renderApp(`/opportunities/new?service=${GARDENS.id}`);

    expect(((await screen.findByRole('combobox', { name: 'Service' })) as HTMLSelectElement).value).toBe(GARDENS.id);
    expect((screen.getByRole('radio', { name: 'Draft' }) as HTMLInputElement).checked).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Litter pick in Riverside Park');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Help keep the park clean.');
    await user.type(screen.getByRole('textbox', { name: 'Place (optional)' }), 'Main gate');
    await user.type(screen.getByRole('textbox', { name: 'Skills (optional, separated by commas)' }), 'teamwork, , Teamwork, litter picking');
    await user.type(screen.getByRole('textbox', { name: 'Minimum age (optional)' }), '16');
    await user.type(screen.getByRole('textbox', { name: 'Checks needed (optional, separated by commas)' }), 'Safeguarding');
    await user.click(screen.getByRole('button', { name: 'Add opportunity' }));

    expect(await screen.findByText('Opportunity added: Litter pick in Riverside Park')).toBeTruthy();
    expect(
      screen.getByText('It is a draft, so only staff can see it. Add shifts below, then publish it when you are ready.'),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/opportunities/${OPPORTUNITY_ID}/manage`);
    expect(screen.getByRole('heading', { level: 1, name: 'Litter pick in Riverside Park' })).toBeTruthy();

    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      serviceId: GARDENS.id,
      title: 'Litter pick in Riverside Park',
      description: 'Help keep the park clean.',
      placeName: 'Main gate',
      skills: ['teamwork', 'litter picking'],
      minimumAge: 16,
      checks: ['safeguarding'],
      state: 'DRAFT',
    });
  });
});
