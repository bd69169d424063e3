// Staff and admins: reported ideas, comments and reviews, the longest waiting first; hide or restore each.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/error-summary';
import { FocusOnMount } from '@/components/focus-on-mount';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { ideasKeys } from '@/features/ideas/api/keys';
import { loadedReports, useModerationQueue } from '@/features/moderation/api/get-moderation-queue';
import {
  type DecisionError,
  type DecisionOutcome,
  REASON_MAX,
  reasonFieldId,
} from '@/features/moderation/components/decision-form';
import { ReportedItem, reportedHeadingId } from '@/features/moderation/components/reported-item';
import { groupReports, type ReportedContent } from '@/features/moderation/group-reports';
import { publicRatingsPrefixes, ratingsStaffKeys } from '@/features/ratings/staff/api/keys';
import { isStaff, useMe } from '@/lib/auth';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';

interface Failure {
  key: string;
  error: DecisionError;
}

interface Done {
  type: ReportedContent['targetType'];
  outcome: DecisionOutcome;
  /** a new banner (and focus) for each decision, even two alike in a row */
  serial: number;
}

export function ModerationRoute() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const staff = isStaff(me.data);
  const queue = useModerationQueue({ enabled: staff });
  const focusWhenShown = useFocusWhenShown();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<Done | null>(null);
  const [moreFailed, setMoreFailed] = useState(false);
  useDocumentTitle(t('moderation.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('moderation.signInTitle')} body={t('moderation.signInBody')} />;
  if (!staff) return <NotAllowedNotice title={t('moderation.notStaffTitle')} body={t('moderation.notStaffBody')} />;

  const items = groupReports(loadedReports(queue.data));

  function showError(content: ReportedContent, error: DecisionError) {
    setDone(null);
    setFailure({ key: content.key, error });
    setAttempt((n) => n + 1);
  }

  function showDone(content: ReportedContent, outcome: DecisionOutcome) {
    setFailure(null);
    setDone((previous) => ({ type: content.targetType, outcome, serial: (previous?.serial ?? 0) + 1 }));
    // the idea (or the idea a comment is on), or the review, looks different now wherever it is cached
    if (content.targetType === 'review') {
      void queryClient.invalidateQueries({ queryKey: ratingsStaffKeys.all });
      for (const prefix of publicRatingsPrefixes) void queryClient.invalidateQueries({ queryKey: [...prefix] });
    } else {
      void queryClient.invalidateQueries({ queryKey: ideasKeys.all });
    }
  }

  async function showMore() {
    if (queue.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await queue.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = groupReports(loadedReports(result.data))[shown];
    if (next) focusWhenShown(reportedHeadingId(next));
  }

  let status = '';
  if (queue.isPending) status = t('moderation.loading');
  else if (queue.isError) status = t('moderation.error');
  else if (items.length === 0) status = t('moderation.empty');
  else if (queue.isFetchingNextPage) status = t('moderation.loadingMore');
  else if (moreFailed) status = t('moderation.moreError');
  else status = t('moderation.showing', { count: items.length });

  const summary = failure
    ? [{ fieldId: failure.error.fieldId, message: t(failure.error.key, { max: REASON_MAX }) }]
    : [];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {done ? (
          <FocusOnMount key={done.serial}>
            <NotificationBanner kind="success" heading={t(`moderation.done.${done.outcome}.${done.type}`)}>
              <p className="govuk-body">{t(`moderation.done.${done.outcome}.body`)}</p>
            </NotificationBanner>
          </FocusOnMount>
        ) : null}
        <ErrorSummary errors={summary} focusKey={attempt} />
        <PageHeading>{t('moderation.title')}</PageHeading>
        <p className="govuk-body">{t('moderation.intro')}</p>
        <StatusMessage>
          <p className={queue.isError || moreFailed ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>
            {status}
          </p>
        </StatusMessage>
        {items.length === 0 && queue.isSuccess ? <p className="govuk-body">{t('moderation.emptyHint')}</p> : null}
        {items.length > 0 ? (
          <ul className="app-card-list">
            {items.map((content) => (
              <ReportedItem
                key={content.key}
                content={content}
                reasonError={
                  failure?.key === content.key && failure.error.fieldId === reasonFieldId(content)
                    ? t(failure.error.key, { max: REASON_MAX })
                    : undefined
                }
                onError={showError}
                onDecided={showDone}
              />
            ))}
          </ul>
        ) : null}
        {queue.hasNextPage ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-disabled={queue.isFetchingNextPage ? true : undefined}
            onClick={() => void showMore()}
          >
            {t('moderation.showMore')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
