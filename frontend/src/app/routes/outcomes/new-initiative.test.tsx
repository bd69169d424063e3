import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch, type FetchStub } from '@/testing/fetch-stub';
import { ALLOTMENTS_REF, anEvaluation, anInitiative, INITIATIVE_ID, LIBRARY_REF } from '@/testing/outcomes-data';
import { renderApp } from '@/testing/render';
import type { MeView } from '@/types';

const GARDENS = aService();
const LIBRARY = aService({ ...LIBRARY_REF, organisation: GARDENS.organisation });
const ALLOTMENTS = aService({ ...ALLOTMENTS_REF, organisation: GARDENS.organisation });

function stub(me: MeView | null = aStaffMember(), fetch: FetchStub = stubFetch()) {
  return fetch
    .on('GET', '/api/v1/me', me ? { body: me } : problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/services/community-gardens', { body: GARDENS })
    .on('GET', '/api/v1/services', { body: { items: [GARDENS, LIBRARY, ALLOTMENTS], nextCursor: null } })
    .on('GET', `/api/v1/initiatives/${INITIATIVE_ID}`, { body: anInitiative() })
    .on('GET', `/api/v1/initiatives/${INITIATIVE_ID}/evaluation`, { body: anEvaluation() })
    .on('GET', '/api/v1/indicators', { body: { items: [] } });
}

const writes = (fetch: FetchStub) => fetch.requests.filter((r) => r.method !== 'GET');

describe('declaring an initiative', () => {
  it('checks the required fields first and links each error to its field', async () => {
    const user = userEvent.setup();
    const fetch = stub();
    renderApp('/initiatives/new?service=community-gardens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Declare a co-production initiative' })).toBeTruthy();
    expect(document.title).toBe('Declare a co-production initiative for Community gardens – Coproduce');
    // each Co with its hint, and the other services (not this one) to compare with
    expect(screen.getByRole('checkbox', { name: 'Co-commissioning' }).getAttribute('aria-describedby')).toBe(
      'initiative-co-CO_COMMISSIONING-hint',
    );
    expect(screen.getByText('Citizens help decide priorities and how money is spent')).toBeTruthy();
    expect(await screen.findByRole('checkbox', { name: 'Riverside library' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Allotments' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Community gardens' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Declare initiative' }));
    const alert = await screen.findByRole('alert');
    expect(document.activeElement).toBe(alert);
    expect(within(alert).getByRole('link', { name: 'Enter a name for the initiative' }).getAttribute('href')).toBe(
      '#initiative-name',
    );
    expect(within(alert).getByRole('link', { name: 'Enter the start date' }).getAttribute('href')).toBe(
      '#initiative-starts-on-day',
    );
    expect(
      within(alert).getByRole('link', { name: 'Select at least one Co the initiative involves' }).getAttribute('href'),
    ).toBe('#initiative-co-CO_COMMISSIONING');
    expect(screen.getByRole('textbox', { name: /Name of the initiative/ }).getAttribute('aria-invalid')).toBe('true');

    // an end before the start, and a half-typed start
    await user.type(screen.getByRole('textbox', { name: /Name of the initiative/ }), 'Sunday opening');
    const start = within(screen.getByRole('group', { name: 'Start date' }));
    await user.type(start.getByLabelText('Day'), '1');
    await user.type(start.getByLabelText('Month'), '3');
    await user.click(screen.getByRole('button', { name: 'Declare initiative' }));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getByText('Start date must include a day, month and year')).toBeTruthy(),
    );
    await user.type(start.getByLabelText('Year'), '2026');
    const end = within(screen.getByRole('group', { name: 'End date (optional)' }));
    await user.type(end.getByLabelText('Day'), '28');
    await user.type(end.getByLabelText('Month'), '2');
    await user.type(end.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Declare initiative' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert')).getByRole('link', { name: 'End date must be the same as or after the start date' }),
      ).toBeTruthy(),
    );
    expect(writes(fetch)).toEqual([]);
  });

  it('sends the initiative and opens its page with a success banner', async () => {
    const user = userEvent.setup();
    const fetch = stub().on('POST', '/api/v1/initiatives', async (request) => {
      const input = await request.clone().json();
      return { status: 201, body: anInitiative({ name: input.name, cos: input.cos }) };
    });
    const { router } = renderApp('/initiatives/new?service=community-gardens');

    await user.type(await screen.findByRole('textbox', { name: /Name of the initiative/ }), '  Sunday opening ');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'Neighbours hold keys.');
    const start = within(screen.getByRole('group', { name: 'Start date' }));
    await user.type(start.getByLabelText('Day'), '1');
    await user.type(start.getByLabelText('Month'), '3');
    await user.type(start.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('checkbox', { name: 'Co-delivery' }));
    await user.click(screen.getByRole('checkbox', { name: 'Co-design' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Riverside library' }));
    await user.click(screen.getByRole('button', { name: 'Declare initiative' }));

    expect(await screen.findByText('Initiative declared')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/initiatives/${INITIATIVE_ID}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Sunday opening' })).toBeTruthy();

    const [post] = writes(fetch);
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({
      serviceId: GARDENS.id,
      name: 'Sunday opening',
      description: 'Neighbours hold keys.',
      startsOn: '2026-03-01',
      cos: ['CO_DESIGN', 'CO_DELIVERY'],
      comparisonServiceIds: [LIBRARY_REF.id],
    });
  });

  it("shows the API's field errors against the fields", async () => {
    const user = userEvent.setup();
    stub().on(
      'POST',
      '/api/v1/initiatives',
      problem(400, 'Bad Request', {
        errors: [{ field: 'comparisonServiceIds', message: 'must all be live services' }],
      }),
    );
    renderApp('/initiatives/new?service=community-gardens');

    await user.type(await screen.findByRole('textbox', { name: /Name of the initiative/ }), 'Sunday opening');
    const start = within(screen.getByRole('group', { name: 'Start date' }));
    await user.type(start.getByLabelText('Day'), '1');
    await user.type(start.getByLabelText('Month'), '3');
    await user.type(start.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('checkbox', { name: 'Co-design' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Allotments' }));
    await user.click(screen.getByRole('button', { name: 'Declare initiative' }));

    const alert = await screen.findByRole('alert');
    const link = await within(alert).findByRole('link', { name: 'Comparison services: must all be live services' });
    // the first service in the list, by name
    expect(link.getAttribute('href')).toBe(`#initiative-comparison-${ALLOTMENTS_REF.id}`);
  });

  it('asks people to sign in, and tells citizens and staff of other organisations they cannot', async () => {
    stub(null);
    const first = renderApp('/initiatives/new?service=community-gardens');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to declare an initiative' })).toBeTruthy();
    first.unmount();

    stub(aCitizen());
    const second = renderApp('/initiatives/new?service=community-gardens');
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot declare an initiative' })).toBeTruthy();
    second.unmount();

    stub(aStaffMember({ staffOf: [{ id: 'elsewhere', slug: 'elsewhere', name: 'Elsewhere Council' }] }));
    renderApp('/initiatives/new?service=community-gardens');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot declare initiatives for this service' }),
    ).toBeTruthy();
    expect(screen.getByText('Only staff of Riverside Council can do this for this service.')).toBeTruthy();
  });
});

describe('changing an initiative', () => {
  it('starts from the initiative, saves against its version and, when someone else changed it, offers to start again', async () => {
    const user = userEvent.setup();
    let version = 2;
    const fetch = stub()
      .on('GET', `/api/v1/initiatives/${INITIATIVE_ID}`, () => ({ body: anInitiative({ version }) }))
      .on('PUT', `/api/v1/initiatives/${INITIATIVE_ID}`, problem(412, 'Precondition Failed'));
    renderApp(`/initiatives/${INITIATIVE_ID}/edit`);

    const name = await screen.findByRole('textbox', { name: /Name of the initiative/ });
    expect((name as HTMLInputElement).value).toBe('Volunteer key holders open the garden on Sundays');
    const start = within(screen.getByRole('group', { name: 'Start date' }));
    expect((start.getByLabelText('Day') as HTMLInputElement).value).toBe('1');
    expect((start.getByLabelText('Month') as HTMLInputElement).value).toBe('3');
    expect((start.getByLabelText('Year') as HTMLInputElement).value).toBe('2026');
    expect((screen.getByRole('checkbox', { name: 'Co-design' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Co-commissioning' }) as HTMLInputElement).checked).toBe(false);
    expect(((await screen.findByRole('checkbox', { name: 'Riverside library' })) as HTMLInputElement).checked).toBe(true);

    await user.clear(name);
    await user.type(name, 'Sunday opening');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        'Someone else changed this initiative while you were editing it. Start again from the latest version, then make your changes again.',
      ),
    ).toBeTruthy();
    const [put] = writes(fetch);
    expect(put.headers.get('If-Match')).toBe('"2"');

    version = 3;
    await user.click(within(alert).getByRole('button', { name: 'Start again from the latest version' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /Name of the initiative/ }) as HTMLInputElement).value).toBe(
        'Volunteer key holders open the garden on Sundays',
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
