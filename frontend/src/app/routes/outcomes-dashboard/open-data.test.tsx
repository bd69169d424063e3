import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anOpenDataCatalogue } from '@/testing/dashboard-data';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render';

describe('open data', () => {
  it('gives the licence, and for each dataset its downloads and data dictionary', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/open-data', { body: anOpenDataCatalogue() });
    renderApp('/open-data');

    expect(await screen.findByRole('heading', { level: 1, name: 'Open data' })).toBeTruthy();
    expect(document.title).toBe('Open data – Coproduce');
    const licence = await screen.findByRole('link', { name: 'Open Government Licence v3.0' });
    expect(licence.getAttribute('href')).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');

    const records = screen.getByRole('heading', { level: 2, name: 'service-records' }).closest('section')!;
    expect(within(records).getByText('One row per service and month')).toBeTruthy();
    expect(within(records).getByRole('link', { name: 'Download CSV of service-records' }).getAttribute('href')).toBe(
      '/api/v1/open-data/service-records',
    );
    expect(within(records).getByRole('link', { name: 'Download JSON of service-records' }).getAttribute('href')).toBe(
      '/api/v1/open-data/service-records?format=json',
    );
    const table = within(records).getByRole('table', { name: 'Fields in service-records' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Field', 'Type', 'Description']);
    const row = within(table).getAllByRole('row')[2];
    expect(within(row).getByRole('rowheader').textContent).toBe('approvedHours');
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['number', 'Volunteer hours approved by staff']);

    const ratings = screen.getByRole('heading', { level: 2, name: 'ratings-by-month' }).closest('section')!;
    expect(within(ratings).getByRole('link', { name: 'Download CSV of ratings-by-month' }).getAttribute('href')).toBe(
      '/api/v1/open-data/ratings-by-month',
    );

    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Outcomes' }).getAttribute('aria-current')).toBe('page');
  });

  it('says so when the catalogue cannot be loaded', async () => {
    stubFetch()
      .on('GET', '/api/v1/me', problem(401, 'Unauthorized'))
      .on('GET', '/api/v1/open-data', problem(500, 'Server error'));
    renderApp('/open-data');

    expect(await screen.findByText('Sorry, the datasets could not be loaded. Try again later.')).toBeTruthy();
  });
});
