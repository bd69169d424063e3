import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { AuditEntryView, AuditPage } from '@/types';

const AUDIT = '/api/v1/audit';

function anEntry(overrides: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    id: 'a1',
    occurredAt: '2026-12-03T12:00:00Z',
    actorId: '33333333-3333-4333-8333-333333333333',
    actorName: 'Sam Staff',
    actorClient: null as unknown as string,
    action: 'idea.status-changed',
    entityType: 'idea',
    entityId: '55555555-5555-4555-8555-555555555555',
    organisationId: '11111111-1111-4111-8111-111111111111',
    summary: "Moved the idea 'More benches' from SUBMITTED to ACCEPTED",
    requestId: '5f0c2d0e-6a51-4a7e-9d55-0f6f2b1d8c11',
    ...overrides,
  };
}

const imported = anEntry({
  id: 'a2',
  occurredAt: '2026-12-02T09:30:00Z',
  actorId: null as unknown as string,
  actorName: null as unknown as string,
  actorClient: 'crm-riverside',
  action: 'rating.imported',
  entityType: 'rating',
  summary: 'Imported a rating of Community gardens',
  requestId: 'req-2',
});

function stubAudit(page: AuditPage | ((request: Request) => AuditPage), me = aStaffMember()) {
  return stubFetch()
    .on('GET', '/api/v1/me', { body: me })
    .on('GET', AUDIT, (request) => ({ body: typeof page === 'function' ? page(request) : page }));
}

const auditRequests = (fetch: ReturnType<typeof stubFetch>) =>
  fetch.requests.filter((request) => new URL(request.url).pathname === AUDIT).map((request) => new URL(request.url));

describe('audit log', () => {
  it('lists entries newest first: when, who, action, summary and request id', async () => {
    stubAudit({ items: [anEntry(), imported], nextCursor: null as unknown as string });
    renderApp('/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeTruthy();
    expect(await screen.findByText('Showing 2 entries')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Audit entries, newest first' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'When',
      'Who',
      'Action',
      'What changed',
      'Request ID',
    ]);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    const cells = within(first).getAllByRole('cell');
    expect(cells[0].textContent).toMatch(/^3 December 2026 at \d\d:\d\d$/);
    expect(cells[0].querySelector('time')!.getAttribute('dateTime')).toBe('2026-12-03T12:00:00Z');
    expect(cells.slice(1).map((cell) => cell.textContent)).toEqual([
      'Sam Staff',
      'idea.status-changed',
      "Moved the idea 'More benches' from SUBMITTED to ACCEPTED",
      '5f0c2d0e-6a51-4a7e-9d55-0f6f2b1d8c11',
    ]);
    expect(cells[4].querySelector('code')).toBeTruthy();
    // a machine client made the second change
    expect(within(second).getAllByRole('cell')[1].textContent).toBe('crm-riverside (API client)');

    // on a phone the same entries are a short list each (CSS shows one or the other)
    const list = document.querySelector('.app-audit-list') as HTMLElement;
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('Imported a rating of Community gardens')).toBeTruthy();

    const nav = within(screen.getByRole('navigation', { name: 'Menu' }));
    expect(nav.getByRole('link', { name: 'Audit log' }).getAttribute('aria-current')).toBe('page');
  });

  it('puts the filters in the address, and asks the API for whole days from midnight UTC', async () => {
    const user = userEvent.setup();
    const fetch = stubAudit({ items: [anEntry()], nextCursor: null as unknown as string });
    const { router } = renderApp('/audit');

    await user.type(await screen.findByLabelText('Words in the summary'), 'benches');
    await user.type(screen.getByLabelText('Action'), 'idea');
    await user.selectOptions(screen.getByLabelText('Kind of thing'), 'Idea');
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.type(screen.getByLabelText('To'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(router.state.location.search).not.toBe(''));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      q: 'benches',
      action: 'idea',
      entityType: 'idea',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    await waitFor(() => expect(auditRequests(fetch)).toHaveLength(2));
    const asked = auditRequests(fetch)[1].searchParams;
    expect(asked.get('q')).toBe('benches');
    expect(asked.get('action')).toBe('idea');
    expect(asked.get('entityType')).toBe('idea');
    expect(asked.get('from')).toBe('2026-11-01T00:00:00Z');
    expect(asked.get('to')).toBe('2026-12-01T00:00:00Z');
    expect(await screen.findByRole('link', { name: 'Clear filters' })).toBeTruthy();
  });

  it('reads the filters from the address, so a search can be linked to', async () => {
    const fetch = stubAudit({ items: [], nextCursor: null as unknown as string });
    renderApp('/audit?q=hours&entityType=signup&to=2026-12-31&entityId=55555555-5555-4555-8555-555555555555');

    expect(await screen.findByText('No entries match your search.')).toBeTruthy();
    expect((screen.getByLabelText('Words in the summary') as HTMLInputElement).value).toBe('hours');
    expect((screen.getByLabelText('Kind of thing') as HTMLSelectElement).value).toBe('signup');
    const asked = auditRequests(fetch)[0].searchParams;
    expect(asked.get('q')).toBe('hours');
    expect(asked.get('entityId')).toBe('55555555-5555-4555-8555-555555555555');
    expect(asked.get('to')).toBe('2027-01-01T00:00:00Z');
    expect(asked.get('from')).toBeNull();
    expect(screen.getByText(/also limited to one organisation, person or item/)).toBeTruthy();
  });

  it('follows the cursor to the next page', async () => {
    const user = userEvent.setup();
    const fetch = stubAudit((request) =>
      new URL(request.url).searchParams.get('cursor') === 'page-2'
        ? { items: [imported], nextCursor: null as unknown as string }
        : { items: [anEntry()], nextCursor: 'page-2' },
    );
    const { router } = renderApp('/audit?action=idea');

    await user.click(await screen.findByRole('link', { name: 'Next page' }));

    await waitFor(() => expect(router.state.location.search).toBe('?action=idea&cursor=page-2'));
    expect(await screen.findByText('Imported a rating of Community gardens', { selector: 'td' })).toBeTruthy();
    expect(auditRequests(fetch)[1].searchParams.get('cursor')).toBe('page-2');
    expect(auditRequests(fetch)[1].searchParams.get('action')).toBe('idea');
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/audit?action=idea');
  });

  it('says so when the log is empty', async () => {
    stubAudit({ items: [], nextCursor: null as unknown as string });
    renderApp('/audit');

    expect(await screen.findByText('There are no entries in the audit log yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('tells citizens the log is for staff and admins only, and does not ask for it', async () => {
    const fetch = stubAudit({ items: [], nextCursor: null as unknown as string }, aCitizen());
    renderApp('/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see the audit log' })).toBeTruthy();
    expect(screen.getByText('Only staff and admins can see the audit log.')).toBeTruthy();
    expect(auditRequests(fetch)).toHaveLength(0);
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).queryByRole('link', { name: 'Audit log' })).toBeNull();
  });

  it('tells staff the API refused them in the same words', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', AUDIT, problem(403, 'Forbidden'));
    renderApp('/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see the audit log' })).toBeTruthy();
  });
});
