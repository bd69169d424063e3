import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { PageLoading } from '@/components/page-loading';
import { ErrorPage } from './routes/error-page';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { DirectoryRoute } from './routes/services/directory';

/**
 * A page whose code is loaded when it is first visited (React Router's route `lazy`), so the first
 * download is only the shell, home and the directory. Navigating to it keeps the current page until
 * its code is there; a first visit shows the shell with "Loading" in <main>.
 */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      {
        errorElement: <ErrorPage />,
        // the first page's code is still loading: the shell shows, and <main> says "Loading"
        HydrateFallback: PageLoading,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'services', element: <DirectoryRoute /> },
          { path: 'services/new', lazy: page(() => import('./routes/services/new-service'), 'NewServiceRoute') },
          { path: 'services/:slug', lazy: page(() => import('./routes/services/service'), 'ServiceRoute') },
          { path: 'services/:slug/edit', lazy: page(() => import('./routes/services/edit-service'), 'EditServiceRoute') },
          { path: 'services/:slug/rate', lazy: page(() => import('./routes/ratings/rate-service'), 'RateServiceRoute') },
          { path: 'services/:slug/reviews', lazy: page(() => import('./routes/ratings/reviews'), 'ReviewsRoute') },
          { path: 'services/:slug/you-said-we-did', lazy: page(() => import('./routes/ratings/you-said-we-did'), 'YouSaidWeDidRoute') },
          { path: 'services/:slug/record', lazy: page(() => import('./routes/outcomes-dashboard/service-record'), 'ServiceRecordRoute') },
          { path: 'services/:slug/time-value', lazy: page(() => import('./routes/outcomes-dashboard/time-value'), 'TimeValueRoute') },
          { path: 'changes/:id', lazy: page(() => import('./routes/ratings/change'), 'ChangeRoute') },
          { path: 'ideas', lazy: page(() => import('./routes/ideas/ideas'), 'IdeasRoute') },
          { path: 'ideas/new', lazy: page(() => import('./routes/ideas/new-idea'), 'NewIdeaRoute') },
          { path: 'ideas/:id', lazy: page(() => import('./routes/ideas/idea'), 'IdeaRoute') },
          { path: 'ideas/:id/edit', lazy: page(() => import('./routes/ideas/edit-idea'), 'EditIdeaRoute') },
          { path: 'challenges/:id', lazy: page(() => import('./routes/challenges/challenge'), 'ChallengeRoute') },
          { path: 'review-queue', lazy: page(() => import('./routes/ideas/review-queue'), 'ReviewQueueRoute') },
          { path: 'notifications', lazy: page(() => import('./routes/me/notifications'), 'NotificationsRoute') },
          { path: 'my-ideas', lazy: page(() => import('./routes/me/my-ideas'), 'MyIdeasRoute') },
          { path: 'about-you', lazy: page(() => import('./routes/me/about-you'), 'AboutYouRoute') },
          { path: 'account', lazy: page(() => import('./routes/me/account'), 'AccountRoute') },
          { path: 'account/erase', lazy: page(() => import('./routes/me/erase-account'), 'EraseAccountRoute') },
          { path: 'moderation', lazy: page(() => import('./routes/moderation/moderation'), 'ModerationRoute') },
          { path: 'reviews/awaiting-reply', lazy: page(() => import('./routes/ratings/staff/awaiting-reply'), 'AwaitingReplyRoute') },
          { path: 'reviews/:id/reply', lazy: page(() => import('./routes/ratings/staff/reply'), 'ReplyRoute') },
          { path: 'opportunities', lazy: page(() => import('./routes/volunteering/opportunities'), 'OpportunitiesRoute') },
          { path: 'opportunities/:id', lazy: page(() => import('./routes/volunteering/opportunity'), 'OpportunityRoute') },
          { path: 'my-shifts', lazy: page(() => import('./routes/volunteering/my-shifts'), 'MyShiftsRoute') },
          { path: 'contributions/new', lazy: page(() => import('./routes/volunteering/new-contribution'), 'NewContributionRoute') },
          { path: 'opportunities/new', lazy: page(() => import('./routes/volunteering/staff/new-opportunity'), 'NewOpportunityRoute') },
          { path: 'opportunities/:id/edit', lazy: page(() => import('./routes/volunteering/staff/edit-opportunity'), 'EditOpportunityRoute') },
          { path: 'opportunities/:id/manage', lazy: page(() => import('./routes/volunteering/staff/manage-opportunity'), 'ManageOpportunityRoute') },
          { path: 'shifts/:id/roster', lazy: page(() => import('./routes/volunteering/staff/roster'), 'RosterRoute') },
          { path: 'shifts/:id/edit', lazy: page(() => import('./routes/volunteering/staff/edit-shift'), 'EditShiftRoute') },
          { path: 'initiatives/new', lazy: page(() => import('./routes/outcomes/new-initiative'), 'NewInitiativeRoute') },
          { path: 'initiatives/:id', lazy: page(() => import('./routes/outcomes/initiative'), 'InitiativeRoute') },
          { path: 'initiatives/:id/edit', lazy: page(() => import('./routes/outcomes/edit-initiative'), 'EditInitiativeRoute') },
          { path: 'indicators/new', lazy: page(() => import('./routes/outcomes/new-indicator'), 'NewIndicatorRoute') },
          { path: 'indicators/:id', lazy: page(() => import('./routes/outcomes/indicator'), 'IndicatorRoute') },
          { path: 'outcomes', lazy: page(() => import('./routes/outcomes-dashboard/overview'), 'OverviewRoute') },
          { path: 'monitors', lazy: page(() => import('./routes/outcomes-dashboard/monitors'), 'MonitorsRoute') },
          { path: 'open-data', lazy: page(() => import('./routes/outcomes-dashboard/open-data'), 'OpenDataRoute') },
          { path: 'integrations/clients', lazy: page(() => import('./routes/integrations/clients'), 'ClientsRoute') },
          { path: 'integrations/webhooks', lazy: page(() => import('./routes/integrations/webhooks'), 'WebhooksRoute') },
          { path: 'integrations/webhooks/:id', lazy: page(() => import('./routes/integrations/webhook'), 'WebhookRoute') },
          { path: 'audit', lazy: page(() => import('./routes/audit/audit'), 'AuditRoute') },
          { path: 'accessibility', lazy: page(() => import('./routes/accessibility'), 'AccessibilityRoute') },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

/** Loads the code of every page (tests use it so that pages loaded on demand render without delay). */
export async function preloadRoutes(list: RouteObject[] = routes): Promise<void> {
  await Promise.all(
    list.map(async (route) => {
      if (typeof route.lazy === 'function') await route.lazy();
      if (route.children) await preloadRoutes(route.children);
    }),
  );
}
