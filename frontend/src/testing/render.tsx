import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { preloadRoutes, routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';

// Pages are loaded on demand in the browser; here every page's code is loaded before any test, as it
// was when routes were imported eagerly, so a navigation does not wait for a module to be transformed.
await preloadRoutes();

/** Renders the whole app (shell and routes) at a path, with a fresh cache and no retries. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}
