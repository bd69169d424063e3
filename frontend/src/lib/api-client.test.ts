import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { ApiError, api, apiRequest, buildUrl } from './api-client';

describe('api client', () => {
  it('turns problem+json into an ApiError with field errors', async () => {
    stubFetch().on(
      'POST',
      '/api/v1/services',
      problem(400, 'Bad Request', {
        detail: 'The service is not valid',
        requestId: 'req-1',
        errors: [{ field: 'contact.email', message: 'must be a well-formed email address' }],
      }),
    );

    const error = await api.post('/api/v1/services', { name: '' }, 'key-1').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('Bad Request');
    expect(apiError.detail).toBe('The service is not valid');
    expect(apiError.requestId).toBe('req-1');
    expect(apiError.fieldErrors).toEqual([{ field: 'contact.email', message: 'must be a well-formed email address' }]);
  });

  it('makes an ApiError from a status line when the body is not a problem', async () => {
    stubFetch().on('GET', '/api/v1/services', { status: 503, body: undefined });
    const error = (await api.get('/api/v1/services').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(503);
    expect(error.fieldErrors).toEqual([]);
  });

  it('sends the CSRF cookie as a header, JSON, and an Idempotency-Key on POST', async () => {
    document.cookie = 'other=1';
    document.cookie = 'coproduce-csrf=abc%3D123';
    const fetch = stubFetch().on('POST', '/api/v1/services', { status: 201, body: { id: 'x' } });

    const created = await api.post<{ id: string }>('/api/v1/services', { name: 'Gardens' }, 'key-42');

    expect(created).toEqual({ id: 'x' });
    const request = fetch.requests[0];
    expect(request.headers.get('X-CSRF-Token')).toBe('abc=123');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(request.headers.get('Idempotency-Key')).toBe('key-42');
    expect(await request.json()).toEqual({ name: 'Gardens' });
  });

  it('creates an Idempotency-Key when none is given', async () => {
    const fetch = stubFetch().on('POST', '/api/v1/services', { status: 201, body: {} });
    await apiRequest('/api/v1/services', { method: 'POST', body: {} });
    expect(fetch.requests[0].headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends If-Match with the version on PUT and DELETE, and no key or CSRF on GET', async () => {
    document.cookie = 'coproduce-csrf=tok';
    const fetch = stubFetch()
      .on('PUT', '/api/v1/services/1', { body: {} })
      .on('DELETE', '/api/v1/services/1', { status: 204 })
      .on('GET', '/api/v1/services', { body: { items: [], nextCursor: null } });

    await api.put('/api/v1/services/1', {}, 7);
    await api.delete('/api/v1/services/1', 8);
    await api.get('/api/v1/services', { q: 'park', cursor: undefined, area: '' });

    const [put, del, get] = fetch.requests;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.headers.get('X-CSRF-Token')).toBe('tok');
    expect(put.headers.has('Idempotency-Key')).toBe(false);
    expect(del.headers.get('If-Match')).toBe('"8"');
    expect(del.headers.get('X-CSRF-Token')).toBe('tok');
    expect(del.headers.has('Content-Type')).toBe(false);
    expect(get.headers.has('X-CSRF-Token')).toBe(false);
    expect(new URL(get.url).search).toBe('?q=park');
  });

  it("asks for answers in the portal's language, so problem titles match the page", async () => {
    const fetch = stubFetch().on('GET', '/api/v1/services', { body: {} });
    await api.get('/api/v1/services');
    await i18n.changeLanguage('cy');
    await api.get('/api/v1/services');
    expect(fetch.requests.map((request) => request.headers.get('Accept-Language'))).toEqual(['en', 'cy']);
  });

  it('leaves empty parameters out of URLs', () => {
    expect(buildUrl('/x', { a: '', b: null, c: undefined, d: 0, e: 'y z' })).toBe('/x?d=0&e=y+z');
  });
});
