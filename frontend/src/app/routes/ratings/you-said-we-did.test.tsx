import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aService } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { aChange } from '@/testing/ratings-data';
import { renderApp } from '@/testing/render';
import type { ChangeView } from '@/types';

const PAGE = '/services/community-gardens/you-said-we-did';

function stubChanges(pages: Record<string, ChangeView[]>) {
  return stubFetch()
    .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/services/community-gardens', { body: aService() })
    .on('GET', '/api/v1/changes', (request) => {
      const cursor = new URL(request.url).searchParams.get('cursor') ?? '';
      const keys = Object.keys(pages);
      return { body: { items: pages[cursor] ?? [], nextCursor: keys[keys.indexOf(cursor) + 1] ?? null } };
    });
}

describe('you said, we did', () => {
  it('lists the promised changes with what the reviewer said, and shows more', async () => {
    const user = userEvent.setup();
    const done = aChange({
      id: 'done-change',
      what: 'Bins are emptied on Mondays.',
      status: 'DONE',
      doneAt: '2026-12-01T10:00:00Z',
      askedAt: '2026-12-01T10:00:00Z',
      confirmation: { answer: 'YES', comment: 'Much better.', answeredAt: '2026-12-03T10:00:00Z' },
    });
    const older = aChange({ id: 'older-change', what: 'Benches are repaired.' });
    const fetch = stubChanges({ '': [done], next: [older] });
    renderApp(PAGE);

    expect(await screen.findByRole('heading', { level: 1, name: 'You said, we did' })).toBeTruthy();
    expect(await screen.findByText('Showing 1 change')).toBeTruthy();
    const first = screen.getByRole('link', { name: 'Bins are emptied on Mondays.' });
    expect(first.getAttribute('href')).toBe('/changes/done-change');
    const item = first.closest('li')!;
    expect(within(item).getByText('Done')).toBeTruthy();
    expect(within(item).getByText('on 1 December 2026')).toBeTruthy();
    expect(within(item).getByText('Yes')).toBeTruthy();
    expect(within(item).getByText('Much better.')).toBeTruthy();
    expect(new URL(fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/changes')!.url).searchParams.get('service')).toBe(
      'community-gardens',
    );

    await user.click(screen.getByRole('button', { name: 'Show more changes' }));
    expect(await screen.findByText('Showing 2 changes')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Benches are repaired.'));
    const second = screen.getByRole('link', { name: 'Benches are repaired.' }).closest('li')!;
    expect(within(second).getByText('Not answered yet. We will ask the reviewer once the change is done.')).toBeTruthy();
  });

  it('says when nothing has been promised yet', async () => {
    stubChanges({ '': [] });
    renderApp(PAGE);
    expect(await screen.findByText('There are no promised changes for this service yet.')).toBeTruthy();
  });
});
