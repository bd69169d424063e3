import type { RouteObject } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { AuditRoute } from './routes/audit/audit';
import { ChallengeRoute } from './routes/challenges/challenge';
import { ErrorPage } from './routes/error-page';
import { HomeRoute } from './routes/home';
import { EditIdeaRoute } from './routes/ideas/edit-idea';
import { IdeaRoute } from './routes/ideas/idea';
import { IdeasRoute } from './routes/ideas/ideas';
import { NewIdeaRoute } from './routes/ideas/new-idea';
import { ReviewQueueRoute } from './routes/ideas/review-queue';
import { ClientsRoute } from './routes/integrations/clients';
import { WebhookRoute } from './routes/integrations/webhook';
import { WebhooksRoute } from './routes/integrations/webhooks';
import { AboutYouRoute } from './routes/me/about-you';
import { AccountRoute } from './routes/me/account';
import { EraseAccountRoute } from './routes/me/erase-account';
import { MyIdeasRoute } from './routes/me/my-ideas';
import { NotificationsRoute } from './routes/me/notifications';
import { ModerationRoute } from './routes/moderation/moderation';
import { NotFoundRoute } from './routes/not-found';
import { MonitorsRoute } from './routes/outcomes-dashboard/monitors';
import { OpenDataRoute } from './routes/outcomes-dashboard/open-data';
import { OverviewRoute } from './routes/outcomes-dashboard/overview';
import { ServiceRecordRoute } from './routes/outcomes-dashboard/service-record';
import { TimeValueRoute } from './routes/outcomes-dashboard/time-value';
import { EditInitiativeRoute } from './routes/outcomes/edit-initiative';
import { IndicatorRoute } from './routes/outcomes/indicator';
import { InitiativeRoute } from './routes/outcomes/initiative';
import { NewIndicatorRoute } from './routes/outcomes/new-indicator';
import { NewInitiativeRoute } from './routes/outcomes/new-initiative';
import { AwaitingReplyRoute } from './routes/ratings/staff/awaiting-reply';
import { ReplyRoute } from './routes/ratings/staff/reply';
import { ChangeRoute } from './routes/ratings/change';
import { RateServiceRoute } from './routes/ratings/rate-service';
import { ReviewsRoute } from './routes/ratings/reviews';
import { YouSaidWeDidRoute } from './routes/ratings/you-said-we-did';
import { DirectoryRoute } from './routes/services/directory';
import { EditServiceRoute } from './routes/services/edit-service';
import { NewServiceRoute } from './routes/services/new-service';
import { ServiceRoute } from './routes/services/service';
import { MyShiftsRoute } from './routes/volunteering/my-shifts';
import { NewContributionRoute } from './routes/volunteering/new-contribution';
import { OpportunitiesRoute } from './routes/volunteering/opportunities';
import { OpportunityRoute } from './routes/volunteering/opportunity';
import { EditOpportunityRoute } from './routes/volunteering/staff/edit-opportunity';
import { EditShiftRoute } from './routes/volunteering/staff/edit-shift';
import { ManageOpportunityRoute } from './routes/volunteering/staff/manage-opportunity';
import { NewOpportunityRoute } from './routes/volunteering/staff/new-opportunity';
import { RosterRoute } from './routes/volunteering/staff/roster';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'services', element: <DirectoryRoute /> },
          { path: 'services/new', element: <NewServiceRoute /> },
          { path: 'services/:slug', element: <ServiceRoute /> },
          { path: 'services/:slug/edit', element: <EditServiceRoute /> },
          { path: 'services/:slug/rate', element: <RateServiceRoute /> },
          { path: 'services/:slug/reviews', element: <ReviewsRoute /> },
          { path: 'services/:slug/you-said-we-did', element: <YouSaidWeDidRoute /> },
          { path: 'services/:slug/record', element: <ServiceRecordRoute /> },
          { path: 'services/:slug/time-value', element: <TimeValueRoute /> },
          { path: 'changes/:id', element: <ChangeRoute /> },
          { path: 'ideas', element: <IdeasRoute /> },
          { path: 'ideas/new', element: <NewIdeaRoute /> },
          { path: 'ideas/:id', element: <IdeaRoute /> },
          { path: 'ideas/:id/edit', element: <EditIdeaRoute /> },
          { path: 'challenges/:id', element: <ChallengeRoute /> },
          { path: 'review-queue', element: <ReviewQueueRoute /> },
          { path: 'notifications', element: <NotificationsRoute /> },
          { path: 'my-ideas', element: <MyIdeasRoute /> },
          { path: 'about-you', element: <AboutYouRoute /> },
          { path: 'account', element: <AccountRoute /> },
          { path: 'account/erase', element: <EraseAccountRoute /> },
          { path: 'moderation', element: <ModerationRoute /> },
          { path: 'reviews/awaiting-reply', element: <AwaitingReplyRoute /> },
          { path: 'reviews/:id/reply', element: <ReplyRoute /> },
          { path: 'opportunities', element: <OpportunitiesRoute /> },
          { path: 'opportunities/:id', element: <OpportunityRoute /> },
          { path: 'my-shifts', element: <MyShiftsRoute /> },
          { path: 'contributions/new', element: <NewContributionRoute /> },
          { path: 'opportunities/new', element: <NewOpportunityRoute /> },
          { path: 'opportunities/:id/edit', element: <EditOpportunityRoute /> },
          { path: 'opportunities/:id/manage', element: <ManageOpportunityRoute /> },
          { path: 'shifts/:id/roster', element: <RosterRoute /> },
          { path: 'shifts/:id/edit', element: <EditShiftRoute /> },
          { path: 'initiatives/new', element: <NewInitiativeRoute /> },
          { path: 'initiatives/:id', element: <InitiativeRoute /> },
          { path: 'initiatives/:id/edit', element: <EditInitiativeRoute /> },
          { path: 'indicators/new', element: <NewIndicatorRoute /> },
          { path: 'indicators/:id', element: <IndicatorRoute /> },
          { path: 'outcomes', element: <OverviewRoute /> },
          { path: 'monitors', element: <MonitorsRoute /> },
          { path: 'open-data', element: <OpenDataRoute /> },
          { path: 'integrations/clients', element: <ClientsRoute /> },
          { path: 'integrations/webhooks', element: <WebhooksRoute /> },
          { path: 'integrations/webhooks/:id', element: <WebhookRoute /> },
          { path: 'audit', element: <AuditRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
