import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember, PARKS_ORG } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import {
  aWebhook,
  anAdmin,
  anOffWebhook,
  HOUSING_ORG,
  ORGANISATIONS_PAGE,
  SECRET,
  WEBHOOK_ID,
} from '@/testing/integrations-data';
import { renderApp } from '@/testing/render';
import type { WebhookView } from '@/types';

const NEW_URL = 'https://hooks.riverside.example/ratings';
const card = (url: string) => screen.getByRole('link', { name: url }).closest('li')!;

function stub(webhooks: () => WebhookView[] = () => [aWebhook(), anOffWebhook()]) {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: aStaffMember() })
    .on('GET', '/api/v1/webhooks', () => ({ body: { items: webhooks() } }));
}

describe('webhooks', () => {
  it("lists the organisation's webhooks, with why Coproduce turned one off", async () => {
    stub();
    renderApp('/integrations/webhooks');

    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeTruthy();
    expect(await screen.findByText('2 webhooks')).toBeTruthy();
    expect(screen.getByText('Coproduce has turned off 1 webhook after repeated failures. It says why below.')).toBeTruthy();

    const on = card('https://crm.riverside.example/hooks/coproduce');
    expect(within(on).getByText('On', { selector: '.govuk-tag' })).toBeTruthy();
    expect(within(on).getByText('idea.submitted')).toBeTruthy();
    expect(within(on).getByText('rating.created')).toBeTruthy();
    expect(within(on).getByText(PARKS_ORG.name)).toBeTruthy();
    expect(within(on).queryByText(/Coproduce turned this webhook off/)).toBeNull();
    expect(within(on).getByRole('link').getAttribute('href')).toBe(`/integrations/webhooks/${WEBHOOK_ID}`);

    const off = card('https://old-crm.riverside.example/events');
    expect(within(off).getByText('Off', { selector: '.govuk-tag' })).toBeTruthy();
    const warning = within(off).getByText(/Coproduce turned this webhook off/).closest('.govuk-warning-text')!;
    expect(warning.textContent).toContain('Coproduce turned this webhook off: Every attempt failed for 24 hours (last: HTTP 503)');

    const nav = screen.getByRole('navigation', { name: 'Menu' });
    const item = within(nav).getByRole('link', { name: 'Integrations' });
    expect(item.getAttribute('href')).toBe('/integrations/webhooks');
    expect(item.getAttribute('aria-current')).toBe('page');
    // staff only manage webhooks: no links to machine clients
    expect(screen.queryByRole('navigation', { name: 'Integrations' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Machine clients' })).toBeNull();
  });

  it('adds a webhook for my organisation and shows its secret once', async () => {
    const user = userEvent.setup();
    let created = false;
    const fetch = stub(() => (created ? [aWebhook(), aWebhook({ id: 'new-hook', url: NEW_URL, events: ['rating.created', 'change.confirmed'] })] : [aWebhook()]))
      .on('POST', '/api/v1/webhooks', () => {
        created = true;
        return { status: 201, body: aWebhook({ id: 'new-hook', url: NEW_URL, events: ['rating.created', 'change.confirmed'], secret: SECRET }) };
      })
      .on('GET', '/api/v1/webhooks/new-hook', { body: aWebhook({ id: 'new-hook', url: NEW_URL }) })
      .on('GET', '/api/v1/webhooks/new-hook/deliveries', { body: { items: [], nextCursor: null } });
    renderApp('/integrations/webhooks');

    // one organisation: nothing to choose
    expect(await screen.findByText(`For ${PARKS_ORG.name}`)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Address to send events to' }), NEW_URL);
    await user.click(screen.getByRole('checkbox', { name: 'Someone confirms whether a promised change happened' }));
    await user.click(screen.getByRole('checkbox', { name: 'A rating is made' }));
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));

    expect(await screen.findByText('Webhook added')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({
      organisationId: PARKS_ORG.id,
      url: NEW_URL,
      events: ['rating.created', 'change.confirmed'],
    });
    expect(screen.getByRole('heading', { name: 'Copy this secret now: it will not be shown again' })).toBeTruthy();
    const secret = screen.getByRole('textbox', { name: 'Signing secret' }) as HTMLInputElement;
    expect(secret.value).toBe(SECRET);
    expect(secret.readOnly).toBe(true);
    expect(screen.getAllByDisplayValue(SECRET)).toHaveLength(1);
    expect(await screen.findByText('2 webhooks')).toBeTruthy();
    // the form is ready for another
    expect((screen.getByRole('textbox', { name: 'Address to send events to' }) as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('checkbox', { name: 'A rating is made' }) as HTMLInputElement).checked).toBe(false);

    // leave the page and come back: the secret is gone for good
    await user.click(screen.getByRole('link', { name: 'Open the webhook' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook to hooks.riverside.example' })).toBeTruthy();
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Back to webhooks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeTruthy();
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    expect(screen.queryByText('Copy this secret now: it will not be shown again')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('asks for the address and at least one event before sending anything', async () => {
    const user = userEvent.setup();
    const fetch = stub();
    renderApp('/integrations/webhooks');

    await user.click(await screen.findByRole('button', { name: 'Add webhook' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the address to send events to', '#webhook-url'],
      ['Select at least one event', '#webhook-event-idea-submitted'],
    ]);
    expect(document.activeElement).toBe(summary);

    await user.type(screen.getByRole('textbox', { name: 'Address to send events to' }), 'crm.riverside.example');
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert')).getByRole('link', { name: 'Enter a web address, like https://crm.example.org/hooks/coproduce' }),
      ).toBeTruthy(),
    );
    expect(fetch.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("shows the API's objection to the address in the summary and by the field", async () => {
    const user = userEvent.setup();
    stub().on(
      'POST',
      '/api/v1/webhooks',
      problem(400, 'Bad Request', {
        errors: [{ field: 'url', message: 'resolves to a private, loopback or link-local address' }],
      }),
    );
    renderApp('/integrations/webhooks');

    await user.type(await screen.findByRole('textbox', { name: 'Address to send events to' }), 'https://10.0.0.5/hooks');
    await user.click(screen.getByRole('checkbox', { name: 'An idea is submitted' }));
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));

    const message = 'Address: resolves to a private, loopback or link-local address';
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#webhook-url'));
    const field = screen.getByRole('textbox', { name: 'Address to send events to' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!)!;
    expect(error.textContent).toContain(message);
    expect(screen.queryByText('Webhook added')).toBeNull();
  });

  it('lets an admin choose any organisation, and links to the machine clients', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: anAdmin() })
      .on('GET', '/api/v1/organisations', { body: ORGANISATIONS_PAGE })
      .on('GET', '/api/v1/webhooks', { body: { items: [aWebhook({ organisationId: HOUSING_ORG.id })] } })
      .on('POST', '/api/v1/webhooks', { status: 201, body: aWebhook({ organisationId: HOUSING_ORG.id, secret: SECRET }) });
    renderApp('/integrations/webhooks');

    expect(await screen.findByText("As an administrator, you see every organisation's webhooks.")).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'All webhooks' })).toBeTruthy();
    const sections = screen.getByRole('navigation', { name: 'Integrations' });
    expect(within(sections).getByRole('link', { name: 'Machine clients' }).getAttribute('href')).toBe('/integrations/clients');
    expect(within(card('https://crm.riverside.example/hooks/coproduce')).getByText(HOUSING_ORG.name)).toBeTruthy();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Organisation' }), HOUSING_ORG.name);
    await user.type(screen.getByRole('textbox', { name: 'Address to send events to' }), 'https://crm.riverside.example/hooks/coproduce');
    await user.click(screen.getByRole('checkbox', { name: 'A shift becomes full' }));
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));

    expect(await screen.findByText('Webhook added')).toBeTruthy();
    const post = fetch.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({
      organisationId: HOUSING_ORG.id,
      url: 'https://crm.riverside.example/hooks/coproduce',
      events: ['shift.full'],
    });
  });

  it('tells citizens only staff manage webhooks, without asking the API', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', { body: aCitizen() });
    renderApp('/integrations/webhooks');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot manage webhooks' })).toBeTruthy();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/webhooks')).toBe(false);
  });

  it('asks people who are signed out to sign in', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/integrations/webhooks');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to manage webhooks' })).toBeTruthy();
  });
});
