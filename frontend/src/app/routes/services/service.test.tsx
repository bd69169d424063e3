import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aService, aStaffMember } from '@/testing/data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

describe('service page', () => {
  it('shows the service to anyone, with paragraphs and contact links, and no staff actions', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/services/community-gardens', { body: aService(), headers: { ETag: '"3"' } });
    renderApp('/services/community-gardens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Community gardens' })).toBeTruthy();
    expect(screen.getByText('First paragraph.').tagName).toBe('P');
    expect(screen.getByText('Second paragraph.').tagName).toBe('P');
    expect(screen.getByRole('link', { name: 'gardens@example.org' }).getAttribute('href')).toBe('mailto:gardens@example.org');
    expect(screen.getByRole('link', { name: '01234 567890' }).getAttribute('href')).toBe('tel:01234567890');
    expect(screen.queryByRole('link', { name: 'Edit this service' })).toBeNull();
    expect(document.title).toBe('Community gardens – Coproduce');
  });

  it('shows Page not found for an unknown slug', async () => {
    stubFetch().on('GET', '/api/v1/me', problem(401, 'Unauthorized'));
    renderApp('/services/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('lets staff of the organisation archive it after confirming, then says so in the directory', async () => {
    const user = userEvent.setup();
    const fetch = stubFetch()
      .on('GET', '/api/v1/me', { body: aStaffMember() })
      .on('GET', '/api/v1/services/community-gardens', { body: aService() })
      .on('DELETE', '/api/v1/services/22222222-2222-4222-8222-222222222222', { status: 204 })
      .on('GET', '/api/v1/services', { body: { items: [], nextCursor: null } })
      .on('GET', '/api/v1/organisations', { body: { items: [], nextCursor: null } })
      .on('GET', '/api/v1/service-areas', { body: { items: [], nextCursor: null } });
    const { router } = renderApp('/services/community-gardens');

    expect(await screen.findByRole('link', { name: 'Edit this service' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Archive this service' }));
    expect(screen.getByRole('heading', { name: 'Are you sure you want to archive Community gardens?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, archive this service' }));

    expect(
      await screen.findByText('Community gardens has been archived. It no longer appears in the directory.'),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/services');
    const deleteCall = fetch.requests.find((r) => r.method === 'DELETE')!;
    expect(deleteCall.headers.get('If-Match')).toBe('"3"');
  });
});
