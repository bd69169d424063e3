import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aStaffMember, PARKS_ORG } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import {
  aDelivery,
  aFailedDelivery,
  aWebhook,
  anOffWebhook,
  DELIVERY_ID,
  FAILED_DELIVERY_ID,
  OFF_WEBHOOK_ID,
  WEBHOOK_ID,
} from '@/testing/integrations-data';
import { renderApp } from '@/testing/render';
import type { WebhookView } from '@/types';

const PATH = `/api/v1/webhooks/${WEBHOOK_ID}`;
const DELIVERIES = `${PATH}/deliveries`;

function stub(webhook: () => WebhookView = () => aWebhook()) {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: aStaffMember() })
    .on('GET', /^\/api\/v1\/webhooks\/[^/]+$/, () => ({ body: webhook(), headers: { ETag: `"${webhook().version}"` } }))
    .on('GET', /^\/api\/v1\/webhooks\/[^/]+\/deliveries$/, { body: { items: [aDelivery(), aFailedDelivery()], nextCursor: null } });
}

const gets = (fetch: FetchStub, path: string) => fetch.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === path);
const row = (event: string) => screen.getByText(event, { selector: 'th code' }).closest('tr')!;

describe('a webhook', () => {
  it('shows the address, events and state, and each delivery with its attempts and payload', async () => {
    const user = userEvent.setup();
    stub();
    renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook to crm.riverside.example' })).toBeTruthy();
    expect(screen.getByText(PARKS_ORG.name)).toBeTruthy();
    expect(screen.getByText('https://crm.riverside.example/hooks/coproduce')).toBeTruthy();
    expect(screen.getByText('On', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.getByText('An idea is submitted', { exact: false })).toBeTruthy();
    expect(screen.getByText('A rating is made', { exact: false })).toBeTruthy();
    // added, and last changed
    expect(screen.getAllByText('2 November 2026, 10:15', { selector: 'dd' })).toHaveLength(2);

    expect(await screen.findByText('Showing 2 deliveries')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Deliveries, newest first' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Event', 'When', 'Status', 'Attempts']);
    const delivered = row('rating.created');
    expect(within(delivered).getByText('3 December 2026, 09:30')).toBeTruthy();
    expect(within(delivered).getByText('Delivered', { selector: '.govuk-tag' })).toBeTruthy();
    expect(within(delivered).getAllByRole('cell').at(-1)!.textContent).toBe('1');
    const failed = row('idea.submitted');
    expect(within(failed).getByText('Failed', { selector: '.govuk-tag' })).toBeTruthy();
    expect(within(failed).getAllByRole('cell').at(-1)!.textContent).toBe('2');

    const summaries = screen.getAllByText('Attempts and payload', { exact: false, selector: '.govuk-details__summary-text' });
    expect(summaries).toHaveLength(2);
    const summary = summaries.find((each) => each.textContent!.includes('idea.submitted'))!;
    expect(summary.textContent).toBe('Attempts and payload idea.submitted from 2 December 2026, 14:00');
    await user.click(summary);
    const details = summary.closest('details')!;
    expect(within(details).getByRole('heading', { name: 'Attempts, oldest first' })).toBeTruthy();
    expect(within(details).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '2 December 2026, 14:00: HTTP 503 (1,204 ms)',
      '2 December 2026, 14:05: Connection refused (12 ms)',
    ]);
    const payload = details.querySelector('pre')!;
    expect(payload.textContent).toContain('"ideaId": "i1"');
  });

  it('sends a delivery again, says when, and fetches the deliveries again', async () => {
    const user = userEvent.setup();
    const fetch = stub().on('POST', `${DELIVERIES}/${FAILED_DELIVERY_ID}/redeliver`, { status: 202 });
    renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    await screen.findByText('Showing 2 deliveries');
    expect(gets(fetch, DELIVERIES)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Send again idea.submitted from 2 December 2026, 14:00' }));

    expect(await screen.findByText('It will be sent again within seconds')).toBeTruthy();
    expect(fetch.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      `${DELIVERIES}/${FAILED_DELIVERY_ID}/redeliver`,
    ]);
    await waitFor(() => expect(gets(fetch, DELIVERIES).length).toBe(2));
    expect(screen.getByRole('button', { name: 'Send again rating.created from 3 December 2026, 09:30' })).toBeTruthy();
  });

  it("shows the API's reason when a delivery cannot be sent again", async () => {
    const user = userEvent.setup();
    stub().on(
      'POST',
      `${DELIVERIES}/${DELIVERY_ID}/redeliver`,
      problem(409, 'Conflict', { detail: 'The delivery is already waiting to be sent.' }),
    );
    renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Send again rating.created from 3 December 2026, 09:30' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(within(summary).getByText('The delivery is already waiting to be sent.')).toBeTruthy());
    expect(screen.queryByText('It will be sent again within seconds')).toBeNull();
  });

  it('shows more deliveries from the next cursor', async () => {
    const user = userEvent.setup();
    const fetch = stub().on('GET', DELIVERIES, (request) =>
      new URL(request.url).searchParams.get('cursor') === 'page-2'
        ? { body: { items: [aFailedDelivery()], nextCursor: null } }
        : { body: { items: [aDelivery()], nextCursor: 'page-2' } },
    );
    renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    expect(await screen.findByText('Showing 1 delivery')).toBeTruthy();
    expect(new URL(gets(fetch, DELIVERIES)[0].url).searchParams.get('limit')).toBe('20');
    await user.click(screen.getByRole('button', { name: 'Show more deliveries' }));

    expect(await screen.findByText('Showing 2 deliveries')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(row('idea.submitted').querySelector('th')));
    expect(screen.queryByRole('button', { name: 'Show more deliveries' })).toBeNull();
  });

  it('turns the webhook off, saving against the version shown', async () => {
    const user = userEvent.setup();
    let current = aWebhook();
    const fetch = stub(() => current).on('PUT', PATH, async (request) => {
      const body = (await request.clone().json()) as { active: boolean };
      current = aWebhook({ active: body.active, version: 4 });
      return { body: current };
    });
    renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Turn off' }));

    expect(await screen.findByText('Webhook turned off')).toBeTruthy();
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      url: 'https://crm.riverside.example/hooks/coproduce',
      events: ['idea.submitted', 'rating.created'],
      active: false,
    });
    expect(screen.getByText('Off', { selector: '.govuk-tag' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn on again' })).toBeTruthy();
    // no sending again while it is off
    expect(screen.queryByRole('button', { name: /^Send again/ })).toBeNull();
  });

  it('says so and shows the latest when someone else changed the webhook first', async () => {
    const user = userEvent.setup();
    let current = aWebhook();
    const fetch = stub(() => current).on('PUT', PATH, () => {
      current = aWebhook({ active: false, version: 5 });
      return problem(412, 'Precondition Failed');
    });
    renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Turn off' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(
        within(summary).getByText(
          'Someone else changed this webhook after you opened this page. The page now shows it as it is: check it, then try again.',
        ),
      ).toBeTruthy(),
    );
    expect(await screen.findByRole('button', { name: 'Turn on again' })).toBeTruthy();
    expect(gets(fetch, PATH).length).toBeGreaterThanOrEqual(2);
  });

  it('shows why Coproduce turned a webhook off, and turns it on again', async () => {
    const user = userEvent.setup();
    const fetch = stub(() => anOffWebhook()).on('PUT', `/api/v1/webhooks/${OFF_WEBHOOK_ID}`, {
      body: anOffWebhook({ active: true, disabledReason: null as unknown as string, consecutiveFailures: 0, version: 8 }),
    });
    renderApp(`/integrations/webhooks/${OFF_WEBHOOK_ID}`);

    const warning = (await screen.findByText(/Coproduce turned this webhook off/)).closest('.govuk-warning-text')!;
    expect(warning.textContent).toContain('Every attempt failed for 24 hours (last: HTTP 503)');
    expect(screen.getByText('12 failed attempts since the last success')).toBeTruthy();
    expect(screen.getByText('The webhook is off: turn it on again before sending anything again.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Turn on again' }));

    expect(await screen.findByText('Webhook turned on again')).toBeTruthy();
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(((await put.json()) as { active: boolean }).active).toBe(true);
    expect(screen.queryByText(/Coproduce turned this webhook off/)).toBeNull();
  });

  it('deletes the webhook once confirmed and goes back to the list', async () => {
    const user = userEvent.setup();
    const fetch = stub()
      .on('DELETE', PATH, { status: 204 })
      .on('GET', '/api/v1/webhooks', { body: { items: [anOffWebhook()] } });
    const { router } = renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Delete webhook' }));
    expect(screen.getByRole('heading', { name: 'Delete the webhook to crm.riverside.example?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, delete this webhook' }));

    expect(await screen.findByText('Webhook deleted')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/integrations/webhooks');
    expect(screen.getByText('Coproduce no longer sends events to https://crm.riverside.example/hooks/coproduce.')).toBeTruthy();
    expect(fetch.requests.filter((r) => r.method === 'DELETE').map((r) => new URL(r.url).pathname)).toEqual([PATH]);
    expect(await screen.findByText('1 webhook')).toBeTruthy();
  });

  it("shows the not-found page for a webhook that is someone else's", async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', PATH, problem(404, 'Not Found'));
    renderApp(`/integrations/webhooks/${WEBHOOK_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
