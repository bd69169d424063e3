import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember, PARKS_ORG } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { aClient, anAdmin, HOUSING_ORG, ORGANISATIONS_PAGE } from '@/testing/integrations-data';
import { renderApp } from '@/testing/render';

const NOTIFY = aClient({ clientId: 'notify-bridge', name: 'Notify bridge', organisationId: HOUSING_ORG.id, organisationName: HOUSING_ORG.name });

function stub(clients = () => [aClient(), NOTIFY]) {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: anAdmin() })
    .on('GET', '/api/v1/organisations', { body: ORGANISATIONS_PAGE })
    .on('GET', '/api/v1/integrator-clients', () => ({ body: clients() }));
}

const row = (clientId: string) => screen.getByText(clientId, { selector: 'code' }).closest('tr')!;

describe('machine clients', () => {
  it('explains the scopes and lists each client with the organisation it acts for', async () => {
    stub();
    renderApp('/integrations/clients');

    expect(await screen.findByRole('heading', { level: 1, name: 'Machine clients' })).toBeTruthy();
    expect(screen.getByText(/The identity provider \(Keycloak\) issues each machine client/)).toBeTruthy();
    expect(screen.getByText('coproduce:read').closest('div')!.textContent).toContain(
      "Read operational data, such as shift rosters, without people's contact details",
    );
    expect(screen.getByText('coproduce:write').closest('div')!.textContent).toContain(
      'Import ratings, send indicator observations and create Open311 service requests',
    );
    expect(screen.getByText('coproduce:webhooks').closest('div')!.textContent).toContain("Manage the organisation's webhooks");

    expect(await screen.findByText('2 machine clients')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Machine clients and the organisation each acts for' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual([HOUSING_ORG.name, PARKS_ORG.name]);
    expect(within(row('riverside-crm')).getByText('Riverside CRM')).toBeTruthy();
    expect(within(row('riverside-crm')).getByRole('button', { name: 'Untie riverside-crm' })).toBeTruthy();
    expect(within(row('notify-bridge')).getByRole('button', { name: 'Untie notify-bridge' })).toBeTruthy();

    const nav = screen.getByRole('navigation', { name: 'Menu' });
    const item = within(nav).getByRole('link', { name: 'Integrations' });
    expect(item.getAttribute('href')).toBe('/integrations/clients');
    expect(item.getAttribute('aria-current')).toBe('page');
    const sections = screen.getByRole('navigation', { name: 'Integrations' });
    expect(within(sections).getByRole('link', { name: 'Machine clients' }).getAttribute('aria-current')).toBe('page');
    expect(within(sections).getByRole('link', { name: 'Webhooks' }).getAttribute('href')).toBe('/integrations/webhooks');
  });

  it('checks the form, then ties a client to the organisation chosen and says so', async () => {
    const user = userEvent.setup();
    let tied = false;
    const fetch = stub(() => (tied ? [aClient(), NOTIFY, aClient({ clientId: 'housing-crm', name: 'Housing CRM', organisationId: HOUSING_ORG.id, organisationName: HOUSING_ORG.name })] : [aClient(), NOTIFY]))
      .on('PUT', '/api/v1/integrator-clients/housing-crm', () => {
        tied = true;
        return { body: aClient({ clientId: 'housing-crm', name: 'Housing CRM', organisationId: HOUSING_ORG.id, organisationName: HOUSING_ORG.name }) };
      });
    renderApp('/integrations/clients');

    await user.click(await screen.findByRole('button', { name: 'Tie client' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the client id', '#client-id'],
      ['Enter a name for the client', '#client-name'],
      ['Choose an organisation', '#client-organisation'],
    ]);
    expect(fetch.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: 'Client id' }), 'housing-crm');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Housing CRM');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), HOUSING_ORG.name);
    await user.click(screen.getByRole('button', { name: 'Tie client' }));

    expect(await screen.findByText('housing-crm is tied to Riverside Housing')).toBeTruthy();
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ organisationId: HOUSING_ORG.id, name: 'Housing CRM' });
    expect(await screen.findByText('3 machine clients')).toBeTruthy();
    expect(within(row('housing-crm')).getByText('Housing CRM')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Client id' }) as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('There is a problem')).toBeNull();
  });

  it("shows the API's field errors in the summary and by the field", async () => {
    const user = userEvent.setup();
    stub().on(
      'PUT',
      '/api/v1/integrator-clients/riverside-crm',
      problem(400, 'Bad Request', { errors: [{ field: 'tie.input.name', message: 'must not be blank' }] }),
    );
    renderApp('/integrations/clients');

    await user.type(await screen.findByRole('textbox', { name: 'Client id' }), 'riverside-crm');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Riverside CRM');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), PARKS_ORG.name);
    await user.click(screen.getByRole('button', { name: 'Tie client' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(within(summary).getByRole('link', { name: 'Name: must not be blank' }).getAttribute('href')).toBe('#client-name'),
    );
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('unties a client once the admin confirms', async () => {
    const user = userEvent.setup();
    let untied = false;
    const fetch = stub(() => (untied ? [NOTIFY] : [aClient(), NOTIFY])).on('DELETE', '/api/v1/integrator-clients/riverside-crm', () => {
      untied = true;
      return { status: 204 };
    });
    renderApp('/integrations/clients');

    await user.click(await screen.findByRole('button', { name: 'Untie riverside-crm' }));
    expect(screen.getByRole('heading', { name: 'Untie riverside-crm?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Untie riverside-crm?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Untie riverside-crm' }));
    expect(fetch.requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Untie riverside-crm' }));
    await user.click(screen.getByRole('button', { name: 'Yes, untie this client' }));

    expect(await screen.findByText('riverside-crm is untied')).toBeTruthy();
    expect(fetch.requests.filter((r) => r.method === 'DELETE').map((r) => new URL(r.url).pathname)).toEqual([
      '/api/v1/integrator-clients/riverside-crm',
    ]);
    expect(await screen.findByText('1 machine client')).toBeTruthy();
    expect(screen.queryByText('riverside-crm', { selector: 'code' })).toBeNull();
  });

  it('tells staff only administrators manage machine clients, without asking the API', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: aStaffMember() });
    renderApp('/integrations/clients');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot manage machine clients' })).toBeTruthy();
    expect(screen.getByText('Only administrators can tie machine clients to organisations.')).toBeTruthy();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/integrator-clients')).toBe(false);
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Integrations' }).getAttribute('href')).toBe('/integrations/webhooks');
  });

  it('says so clearly when the API refuses the list', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: anAdmin() })
      .on('GET', '/api/v1/organisations', { body: ORGANISATIONS_PAGE })
      .on('GET', '/api/v1/integrator-clients', problem(403, 'Forbidden'));
    renderApp('/integrations/clients');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot manage machine clients' })).toBeTruthy();
  });

  it('shows citizens no Integrations item', async () => {
    stubFetch().on('GET', '/api/v1/me', { body: aCitizen() });
    renderApp('/integrations/clients');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot manage machine clients' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).queryByRole('link', { name: 'Integrations' })).toBeNull();
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/integrations/clients');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to manage machine clients' })).toBeTruthy();
  });
});
