// The one way the portal talks to the API: relative URLs, CSRF header on writes,
// Idempotency-Key on creates, If-Match on updates, the page's language, problem+json turned into ApiError.
import i18n from 'i18next';
import type { FieldError, Problem } from '@/types';

export const CSRF_COOKIE = 'coproduce-csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly requestId?: string;
  readonly fieldErrors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.fieldErrors = problem.errors ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** A random UUID, also where `crypto.randomUUID` is missing (plain http on a non-local host). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Asks for answers in the language the portal shows (English or Welsh), so that a problem's title
 * matches the page. Not set before i18next has started.
 */
export function setLanguageHeader(headers: Headers): void {
  if (i18n.language) headers.set('Accept-Language', i18n.language);
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  params?: QueryParams;
  body?: unknown;
  /** Sent as `If-Match: "<version>"`. */
  version?: number;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | null;
}

export function buildUrl(path: string, params?: QueryParams): string {
  if (!params) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return new ApiError({
        type: body.type ?? 'about:blank',
        title: body.title ?? response.statusText ?? 'Error',
        status: body.status ?? response.status,
        detail: body.detail,
        requestId: body.requestId ?? response.headers.get('X-Request-Id') ?? undefined,
        errors: Array.isArray(body.errors) ? body.errors : undefined,
      });
    } catch {
      // fall through to a problem built from the status line
    }
  }
  return new ApiError({
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    requestId: response.headers.get('X-Request-Id') ?? undefined,
  });
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  setLanguageHeader(headers);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }
  if (method === 'POST') headers.set('Idempotency-Key', options.idempotencyKey ?? newIdempotencyKey());
  if (options.version !== undefined) headers.set('If-Match', `"${options.version}"`);

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }

  if (!response.ok) throw await toApiError(response);

  let data: T = undefined as T;
  if (response.status !== 204) {
    const text = await response.text();
    if (text) data = JSON.parse(text) as T;
  }
  return { data, status: response.status, etag: response.headers.get('ETag') };
}

export const api = {
  get: async <T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> =>
    (await apiRequest<T>(path, { params, signal })).data,
  post: async <T>(path: string, body: unknown, idempotencyKey?: string): Promise<T> =>
    (await apiRequest<T>(path, { method: 'POST', body, idempotencyKey })).data,
  put: async <T>(path: string, body: unknown, version: number): Promise<T> =>
    (await apiRequest<T>(path, { method: 'PUT', body, version })).data,
  delete: async (path: string, version: number): Promise<void> => {
    await apiRequest<void>(path, { method: 'DELETE', version });
  },
};

/** Full-page navigations: the OIDC flow is run by the server. */
export function signInUrl(returnTo: string): string {
  return `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

export const SIGN_OUT_URL = '/auth/sign-out';
