import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { aService } from '@/testing/data';
import { renderApp } from '@/testing/render';

function stubDirectory() {
  return stubFetch()
    .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
    .on('GET', '/api/v1/organisations', {
      body: { items: [{ id: 'o1', slug: 'riverside-council', name: 'Riverside Council', description: null, website: null, version: 1 }], nextCursor: null },
    })
    .on('GET', '/api/v1/service-areas', { body: { items: ['Riverside', 'Hilltop'], nextCursor: null } })
    .on('GET', '/api/v1/services', (request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      return cursor
        ? { body: { items: [aService({ id: 'p2', slug: 'libraries', name: 'Mobile library' })], nextCursor: null } }
        : {
            body: {
              items: [aService(), aService({ id: 's2', slug: 'tip', name: 'Recycling centre', active: false })],
              nextCursor: 'abc+/=',
            },
          };
    });
}

describe('services directory', () => {
  it('lists services from the API with a count, and a Next page link from nextCursor', async () => {
    const fetch = stubDirectory();
    renderApp('/services?q=garden&category=PARKS_AND_GREEN_SPACES');

    expect(await screen.findByRole('link', { name: 'Community gardens' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Community gardens' }).getAttribute('href')).toBe('/services/community-gardens');
    expect(screen.getByRole('status').textContent).toBe('Showing 2 services');
    expect(screen.getAllByText('Not currently running')).toHaveLength(1);

    const next = screen.getByRole('link', { name: 'Next page' });
    const url = new URL(next.getAttribute('href')!, 'http://localhost');
    expect(url.pathname).toBe('/services');
    expect(url.searchParams.get('cursor')).toBe('abc+/=');
    expect(url.searchParams.get('q')).toBe('garden');
    expect(url.searchParams.get('category')).toBe('PARKS_AND_GREEN_SPACES');

    const servicesCall = fetch.requests.find((r) => new URL(r.url).pathname === '/api/v1/services')!;
    const params = new URL(servicesCall.url).searchParams;
    expect(params.get('q')).toBe('garden');
    expect(params.get('category')).toBe('PARKS_AND_GREEN_SPACES');
    expect(params.get('limit')).toBe('20');
  });

  it('follows Next page, then offers Previous page', async () => {
    const user = userEvent.setup();
    stubDirectory();
    renderApp('/services');

    await user.click(await screen.findByRole('link', { name: 'Next page' }));

    expect(await screen.findByRole('link', { name: 'Mobile library' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/services');
  });

  it('puts the search and filters in the URL', async () => {
    const user = userEvent.setup();
    stubDirectory();
    const { router } = renderApp('/services');
    await screen.findByRole('link', { name: 'Community gardens' });
    await screen.findByRole('option', { name: 'Hilltop' });

    await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'library');
    await user.selectOptions(screen.getByLabelText('Area'), 'Hilltop');
    await user.click(within(screen.getByRole('search', { name: 'Filter services' })).getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=library&area=Hilltop'));
  });

  it('says so when nothing matches', async () => {
    stubDirectory().on('GET', '/api/v1/services', { body: { items: [], nextCursor: null } });
    renderApp('/services?q=zzz');
    expect(await screen.findByText('No services match your search.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull();
  });
});
