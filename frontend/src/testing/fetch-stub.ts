// A stub for `fetch`, the portal's one network boundary: routes by method and path.
import { vi } from 'vitest';

export interface StubResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = StubResponse | ((request: Request) => StubResponse | Promise<StubResponse>);

export interface FetchStub {
  /** every request made, in order */
  requests: Request[];
  on: (method: string, path: string | RegExp, handler: Handler) => FetchStub;
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): StubResponse {
  return {
    status,
    body: { type: 'about:blank', title, status, ...extra },
    headers: { 'Content-Type': 'application/problem+json' },
  };
}

export function stubFetch(): FetchStub {
  const routes: { method: string; path: string | RegExp; handler: Handler }[] = [];
  const stub: FetchStub = {
    requests: [],
    on(method, path, handler) {
      routes.unshift({ method, path, handler });
      return stub;
    },
  };

  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
      const request = new Request(url, init);
      stub.requests.push(request.clone());
      const route = routes.find(
        (candidate) =>
          candidate.method === request.method &&
          (typeof candidate.path === 'string' ? candidate.path === url.pathname : candidate.path.test(url.pathname)),
      );
      const answer: StubResponse = route
        ? typeof route.handler === 'function'
          ? await route.handler(request)
          : route.handler
        : problem(404, 'Not Found');
      const status = answer.status ?? 200;
      const headers = new Headers(answer.headers ?? {});
      if (answer.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      const body = status === 204 || answer.body === undefined ? null : JSON.stringify(answer.body);
      return new Response(body, { status, headers });
    }),
  );
  return stub;
}
