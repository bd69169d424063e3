import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCitizen } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';
import type { NotificationView } from '@/types';

const IDEA = '/ideas/55555555-5555-4555-8555-555555555555';

function aNotification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: 'n1',
    kind: 'IDEA_STATUS_CHANGED',
    title: 'Lights on the riverside path',
    detail: 'ACCEPTED: We will trial solar lights this spring.',
    link: IDEA,
    read: false,
    createdAt: '2026-12-03T10:00:00Z',
    ...overrides,
  };
}

const comment = aNotification({
  id: 'n2',
  kind: 'IDEA_COMMENTED',
  detail: 'Bob Citizen: Great idea',
  read: true,
  createdAt: '2026-12-02T10:00:00Z',
});
const invitation = aNotification({
  id: 'n3',
  kind: 'COAUTHOR_INVITED',
  title: 'Benches by the pond',
  detail: 'Bob Citizen invites you to be a co-author of this idea.',
  createdAt: '2026-12-01T10:00:00Z',
});

const header = () => screen.getByRole('banner');

/**
 * Matches an accessible name as a browser computes it. jsdom has no layout, so the name calculation
 * treats every <span> as a block and puts a space before the visually hidden ", 2 unread".
 */
const named = (expected: string) => (name: string) => name.replace(/\s+,/g, ',') === expected;

describe('notifications page', () => {
  it('names the ratings kinds in words and links to the review or the change', async () => {
    const review = '/services/community-gardens/reviews#review-88888888-8888-4888-8888-888888888881';
    stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
      .on('GET', '/api/v1/me/notifications', {
        body: {
          items: [
            aNotification({ id: 'r1', kind: 'REVIEW_REPLIED', title: 'Community gardens', detail: 'Sam replied to your review.', link: review }),
            aNotification({ id: 'r2', kind: 'CHANGE_CONFIRMATION_REQUESTED', title: 'The gate is opened by 8am', detail: '', link: '/changes/c1' }),
          ],
          nextCursor: null,
          unreadCount: 2,
        },
      });
    renderApp('/notifications');

    expect(await screen.findByText('Reply to your review')).toBeTruthy();
    expect(screen.getByText('Did the change happen?')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Community gardens' }).getAttribute('href')).toBe(review);
    expect(screen.getByRole('link', { name: 'The gate is opened by 8am' }).getAttribute('href')).toBe('/changes/c1');
  });

  it('lists notifications newest first, in words, with an Unread tag and the count in the header', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
      .on('GET', '/api/v1/me/notifications', { body: { items: [aNotification(), comment, invitation], nextCursor: null, unreadCount: 2 } });
    renderApp('/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    expect(await screen.findByText('Showing 3 notifications')).toBeTruthy();
    const items = screen.getAllByRole('listitem').filter((item) => item.classList.contains('app-card'));
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Lights on the riverside path',
      'Lights on the riverside path',
      'Benches by the pond',
    ]);
    expect(within(items[0]).getByText("An idea's status has changed")).toBeTruthy();
    expect(within(items[0]).getByText('New status: Accepted')).toBeTruthy();
    expect(within(items[0]).getByText('We will trial solar lights this spring.')).toBeTruthy();
    expect(within(items[0]).getByText('Unread')).toBeTruthy();
    expect(within(items[0]).getByText('3 December 2026')).toBeTruthy();
    expect(within(items[0]).getByRole('link', { name: 'Lights on the riverside path' }).getAttribute('href')).toBe(IDEA);
    expect(within(items[1]).getByText('New comment')).toBeTruthy();
    expect(within(items[1]).queryByText('Unread')).toBeNull();
    expect(within(items[2]).getByText('Invitation to co-author')).toBeTruthy();
    expect(screen.getByText('You have 2 unread notifications.')).toBeTruthy();

    const link = await within(header()).findByRole('link', { name: named('Notifications, 2 unread') });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(link.textContent).toBe('Notifications (2), 2 unread');
  });

  it('marks a notification read when its link is followed', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
      .on('GET', '/api/v1/me/notifications', { body: { items: [aNotification()], nextCursor: null, unreadCount: 1 } })
      .on('POST', '/api/v1/me/notifications/n1/read', { status: 204 });
    const { router } = renderApp('/notifications');

    await user.click(await screen.findByRole('link', { name: 'Lights on the riverside path' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(IDEA));
    await waitFor(() =>
      expect(fetch.requests.some((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/me/notifications/n1/read')).toBe(true),
    );
  });

  it('marks all as read, says so, and clears the count in the header', async () => {
    const user = userEvent.setup();
    let unread = true;
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
      .on('GET', '/api/v1/me/notifications', () => ({
        body: { items: [aNotification({ read: !unread }), { ...invitation, read: !unread }], nextCursor: null, unreadCount: unread ? 2 : 0 },
      }))
      .on('POST', '/api/v1/me/notifications/read-all', () => {
        unread = false;
        return { status: 204 };
      });
    renderApp('/notifications');

    expect(await within(header()).findByRole('link', { name: named('Notifications, 2 unread') })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }));

    expect(await screen.findByText('All your notifications are marked as read.')).toBeTruthy();
    expect(fetch.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      '/api/v1/me/notifications/read-all',
    ]);
    await waitFor(() => expect(screen.queryByText('Unread')).toBeNull());
    expect(within(header()).getByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('shows older notifications after the newest, and moves focus to the first of them', async () => {
    const user = userEvent.setup();
    stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
      .on('GET', '/api/v1/me/notifications', (request) =>
        new URL(request.url).searchParams.get('cursor') === 'older'
          ? { body: { items: [invitation], nextCursor: null, unreadCount: 2 } }
          : { body: { items: [aNotification(), comment], nextCursor: 'older', unreadCount: 2 } },
      );
    renderApp('/notifications');

    await user.click(await screen.findByRole('button', { name: 'Show older notifications' }));

    const older = await screen.findByRole('link', { name: 'Benches by the pond' });
    await waitFor(() => expect(document.activeElement).toBe(older));
    expect(screen.getByText('Showing 3 notifications')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).toBeNull();
  });

  it('says so when there are none', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
      .on('GET', '/api/v1/me/notifications', { body: { items: [], nextCursor: null, unreadCount: 0 } });
    renderApp('/notifications');

    expect(await screen.findByText('You have no notifications yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('saves how often to email, and says what happens next', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notifications', { body: { items: [], nextCursor: null, unreadCount: 0 } })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST' } })
      .on('PUT', '/api/v1/me/notification-settings', async (request) => ({ body: await request.json() }));
    renderApp('/notifications');

    const group = await screen.findByRole('group', { name: 'How often should we email you about new notifications?' });
    const daily = await within(group).findByLabelText('Once a day, with what you have not read (recommended)');
    await waitFor(() => expect((daily as HTMLInputElement).checked).toBe(true));
    expect(within(group).getByText('We send emails to alice@example.org.')).toBeTruthy();

    await user.click(within(group).getByLabelText('As each one happens'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Your email settings are saved')).toBeTruthy();
    expect(screen.getByText('We will email you each time there is a new notification.')).toBeTruthy();
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ emailFrequency: 'IMMEDIATE', byKind: {} });
    expect(put.headers.get('If-Match')).toBeNull();
  });

  it('keeps the choices made for each kind when saving here, and links to where they are made', async () => {
    const user = userEvent.setup();
    const byKind = { IDEA_COMMENTED: 'NONE', SHIFT_REMINDER: 'IMMEDIATE' };
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aCitizen() })
      .on('GET', '/api/v1/me/notifications', { body: { items: [], nextCursor: null, unreadCount: 0 } })
      .on('GET', '/api/v1/me/notification-settings', { body: { emailFrequency: 'DAILY_DIGEST', byKind } })
      .on('PUT', '/api/v1/me/notification-settings', async (request) => ({ body: await request.json() }));
    renderApp('/notifications');

    expect(await screen.findByText(/You have chosen differently for some kinds of notification/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Choose how often for each kind of notification in your account' });
    expect(link.getAttribute('href')).toBe('/account');
    expect(screen.queryByLabelText('When someone comments on your idea')).toBeNull();

    await user.click(screen.getByLabelText('Never – I will check here'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Your email settings are saved')).toBeTruthy();
    expect(screen.getByText('The kinds of notification you chose separately follow your choices for them.')).toBeTruthy();
    const put = fetch.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ emailFrequency: 'NONE', byKind });
  });

  it('asks people who are signed out to sign in, and shows them no notifications link', async () => {
    const fetch = stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see your notifications' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('href')).toBe('/auth/sign-in?returnTo=%2Fnotifications');
    expect(within(header()).queryByRole('link', { name: /Notifications/ })).toBeNull();
    expect(within(header()).queryByRole('link', { name: 'My ideas' })).toBeNull();
    expect(fetch.requests.some((r) => new URL(r.url).pathname === '/api/v1/me/notifications')).toBe(false);
  });
});
