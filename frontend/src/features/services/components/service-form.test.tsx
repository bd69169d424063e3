import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { PARKS_ORG, aService } from '@/testing/data';
import type { ServiceInput } from '@/types';
import { ServiceForm } from './service-form';

function renderForm(props: Partial<Parameters<typeof ServiceForm>[0]> = {}) {
  const onSave = vi.fn<(input: ServiceInput, key: string) => Promise<void>>().mockResolvedValue(undefined);
  render(
    <MemoryRouter>
      <ServiceForm mode="create" organisations={[PARKS_ORG]} cancelTo="/services" onSave={onSave} {...props} />
    </MemoryRouter>,
  );
  return { onSave: (props.onSave as typeof onSave | undefined) ?? onSave };
}

describe('ServiceForm', () => {
  it('shows an error summary and inline errors for empty required fields', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ organisations: [PARKS_ORG, { id: 'o2', slug: 'b', name: 'B' }] });

    await user.click(screen.getByRole('button', { name: 'Create service' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Choose an organisation', '#organisationId'],
      ['Enter a name', '#name'],
      ['Enter a summary', '#summary'],
      ['Choose a category', '#category'],
      ['Enter the area served', '#areaServed'],
    ]);

    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe('name-hint name-error');
    expect(document.getElementById('name-error')?.textContent).toBe('Error: Enter a name');
    expect(onSave).not.toHaveBeenCalled();

    await user.click(within(summary).getByRole('link', { name: 'Enter a name' }));
    expect(document.activeElement).toBe(name);
  });

  it('checks lengths and formats like the API does', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Name'), 'Gardens');
    await user.type(screen.getByLabelText('Short web address (optional)'), 'Not A Slug');
    await user.type(screen.getByLabelText('Contact email'), 'nope');
    await user.type(screen.getByLabelText('Website'), 'ftp://example.org');
    await user.click(screen.getByRole('button', { name: 'Create service' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByText(/lower-case letters, numbers and single hyphens/)).toBeTruthy();
    expect(within(summary).getByText(/correct format/)).toBeTruthy();
    expect(within(summary).getByText(/starts with http:\/\/ or https:\/\//)).toBeTruthy();
  });

  it('sends the input and reuses the idempotency key when the same data is sent again', async () => {
    const user = userEvent.setup();
    const onSave = vi
      .fn<(input: ServiceInput, key: string) => Promise<void>>()
      .mockRejectedValueOnce(new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }))
      .mockResolvedValueOnce(undefined);
    renderForm({ onSave });

    await user.type(screen.getByLabelText('Name'), 'Community gardens');
    await user.type(screen.getByLabelText('Summary'), 'Grow food together.');
    await user.selectOptions(screen.getByLabelText('Category'), 'Parks and green spaces');
    await user.type(screen.getByLabelText('Area served'), 'Riverside');
    await user.click(screen.getByRole('button', { name: 'Create service' }));
    expect(screen.getByRole('alert').textContent).toContain('We could not reach Coproduce');
    await user.click(screen.getByRole('button', { name: 'Create service' }));

    expect(onSave).toHaveBeenCalledTimes(2);
    const [input, key] = onSave.mock.calls[0];
    expect(input).toEqual({
      organisationId: PARKS_ORG.id,
      name: 'Community gardens',
      slug: undefined,
      summary: 'Grow food together.',
      description: undefined,
      category: 'PARKS_AND_GREEN_SPACES',
      areaServed: 'Riverside',
      contact: { email: undefined, phone: undefined, website: undefined },
      active: true,
    });
    expect(onSave.mock.calls[1][1]).toBe(key);
  });

  it('maps server field errors onto the fields', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(input: ServiceInput, key: string) => Promise<void>>().mockRejectedValue(
      new ApiError({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'contact.email', message: 'Email address is not allowed' },
          { field: 'areaServed', message: 'Area is unknown' },
        ],
      }),
    );
    renderForm({ mode: 'edit', service: aService(), onSave });

    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Area is unknown' }).getAttribute('href')).toBe('#areaServed');
    expect(within(summary).getByRole('link', { name: 'Email address is not allowed' }).getAttribute('href')).toBe(
      '#contact-email',
    );
    expect(screen.getByLabelText('Contact email').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('contact-email-error')?.textContent).toBe('Error: Email address is not allowed');
  });

  it('explains a 412 and a taken slug', async () => {
    const user = userEvent.setup();
    const onSave = vi
      .fn<(input: ServiceInput, key: string) => Promise<void>>()
      .mockRejectedValueOnce(new ApiError({ type: 'about:blank', title: 'Precondition Failed', status: 412 }))
      .mockRejectedValueOnce(new ApiError({ type: 'about:blank', title: 'Conflict', status: 409 }));
    renderForm({ mode: 'edit', service: aService(), onSave });

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert').textContent).toContain('Someone else changed this service while you were editing');
    expect(screen.getByRole('link', { name: 'Reload the page' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(document.getElementById('slug-error')?.textContent).toContain('Another service already uses');
  });
});
