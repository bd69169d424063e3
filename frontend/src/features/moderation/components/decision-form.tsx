// Hide or restore one reported idea, comment or review. A reason is required (it goes to the audit log);
// errors go up to the page's error summary, so there is one summary however many items are listed.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Textarea } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import { useDecide, type ModerationAction } from '../api/decide';
import type { ReportedContent } from '../group-reports';

export const REASON_MAX = 500;

/** What the decision meant for content that was, or was not, already hidden. */
export type DecisionOutcome = 'hidden' | 'keptHidden' | 'restored' | 'keptVisible';

export function outcomeOf(action: ModerationAction, wasHidden: boolean): DecisionOutcome {
  if (action === 'hide') return wasHidden ? 'keptHidden' : 'hidden';
  return wasHidden ? 'restored' : 'keptVisible';
}

export function reasonFieldId(content: ReportedContent) {
  return `reason-${content.targetType}-${content.targetId}`;
}

/** An error for the page's summary: an i18n key, and the field it belongs to (if any). */
export interface DecisionError {
  key: string;
  fieldId?: string;
}

function apiErrorKey(error: unknown): string {
  if (!isApiError(error)) return 'moderation.errors.generic';
  switch (error.status) {
    case 0:
      return 'form.errors.network';
    case 400:
      return 'moderation.errors.reasonRequired';
    case 401:
      return 'moderation.errors.signedOut';
    case 403:
      return 'moderation.errors.forbidden';
    case 404:
      return 'moderation.errors.gone';
    default:
      return 'moderation.errors.generic';
  }
}

interface DecisionFormProps {
  content: ReportedContent;
  /** the message to show on the reason field, when the last failure was this item's */
  reasonError?: string;
  onError: (content: ReportedContent, error: DecisionError) => void;
  onDecided: (content: ReportedContent, outcome: DecisionOutcome) => void;
}

export function DecisionForm({ content, reasonError, onError, onDecided }: DecisionFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  // which of the two submit buttons was used (set on click, which comes before submit)
  const action = useRef<ModerationAction>('hide');
  const decide = useDecide();
  const fieldId = reasonFieldId(content);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    const text = reason.trim();
    if (!text) return onError(content, { key: 'moderation.errors.reasonRequired', fieldId });
    if (text.length > REASON_MAX) return onError(content, { key: 'moderation.errors.reasonTooLong', fieldId });
    const chosen = action.current;
    try {
      await decide.mutateAsync({
        targetType: content.targetType,
        targetId: content.targetId,
        action: chosen,
        decision: { reason: text },
      });
      onDecided(content, outcomeOf(chosen, content.hidden));
    } catch (error) {
      const key = apiErrorKey(error);
      onError(content, { key, fieldId: key === 'moderation.errors.reasonRequired' ? fieldId : undefined });
    }
  }

  const hideLabel = content.hidden ? t('moderation.keepHidden') : t('moderation.hide');
  const restoreLabel = content.hidden ? t('moderation.restore') : t('moderation.keepVisible');

  return (
    <form noValidate onSubmit={submit}>
      <Textarea
        id={fieldId}
        label={t('moderation.reasonLabel')}
        hint={t('moderation.reasonHint', { max: REASON_MAX })}
        error={reasonError}
        value={reason}
        rows={3}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="govuk-button-group">
        <button
          type="submit"
          className={`govuk-button${content.hidden ? ' govuk-button--secondary' : ' govuk-button--warning'}`}
          aria-disabled={decide.isPending ? true : undefined}
          onClick={() => {
            action.current = 'hide';
          }}
        >
          {hideLabel}
        </button>
        <button
          type="submit"
          className={`govuk-button${content.hidden ? '' : ' govuk-button--secondary'}`}
          aria-disabled={decide.isPending ? true : undefined}
          onClick={() => {
            action.current = 'restore';
          }}
        >
          {restoreLabel}
        </button>
      </div>
    </form>
  );
}
