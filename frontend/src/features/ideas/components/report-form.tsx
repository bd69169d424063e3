// Reporting an idea, a comment or a review to the moderators: a reason and "Send report", then a thank-you
// in place of the form. The idea's control is a GOV.UK details element; a comment's (and a review's)
// is a button that reveals the same form under it.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Textarea } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import { REPORT_REASON_MAX, useSendReport, type ReportTarget } from '../api/reports';

type FormError = { key: string } | { text: string };

const REASON_LABELS: Record<ReportTarget, string> = {
  idea: 'report.reasonIdea',
  comment: 'report.reasonComment',
  review: 'report.reasonReview',
};

/** "Thank you": takes focus, because the button just pressed has gone. */
function ReportSent() {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p className="govuk-body app-focus-target" role="status" tabIndex={-1} ref={ref}>
      {t('report.sent')}
    </p>
  );
}

interface ReportFormProps {
  targetType: ReportTarget;
  targetId: string;
  onSent?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

export function ReportForm({ targetType, targetId, onSent, onCancel, autoFocus = false }: ReportFormProps) {
  const { t } = useTranslation();
  const fieldId = `report-${useId().replace(/:/g, '')}`;
  const send = useSendReport();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<FormError | null>(null);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (autoFocus) document.getElementById(fieldId)?.focus();
  }, [autoFocus, fieldId]);

  if (send.isSuccess) return <ReportSent />;

  const message = (error: FormError) => ('key' in error ? t(error.key, { max: REPORT_REASON_MAX }) : error.text);

  function fail(field: FormError | null, general: FormError | null = null) {
    setFieldError(field);
    setFormError(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (!isApiError(error)) return fail(null, { key: 'report.errors.generic' });
    switch (error.status) {
      case 0:
        return fail(null, { key: 'form.errors.network' });
      case 400: {
        const onReason = error.fieldErrors.find((e) => e.field === 'reason' || e.field.endsWith('.reason'));
        if (onReason) return fail({ text: onReason.message });
        return fail(null, error.detail ? { text: error.detail } : { key: 'report.errors.generic' });
      }
      case 401:
        return fail(null, { key: 'report.errors.signedOut' });
      case 404:
        return fail(null, { key: 'report.errors.gone' });
      case 429:
        return fail(null, error.detail ? { text: error.detail } : { key: 'report.errors.tooMany' });
      default:
        return fail(null, { key: 'report.errors.generic' });
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const text = reason.trim();
    if (!text) return fail({ key: 'report.errors.reasonRequired' });
    if (text.length > REPORT_REASON_MAX) return fail({ key: 'report.errors.reasonTooLong' });
    try {
      await send.mutateAsync({ targetType, targetId, reason: text });
      onSent?.();
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ message: message(formError) }] : []),
    ...(fieldError ? [{ fieldId, message: message(fieldError) }] : []),
  ];

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <Textarea
        id={fieldId}
        label={t(REASON_LABELS[targetType])}
        hint={t('report.reasonHint', { max: REPORT_REASON_MAX })}
        error={fieldError ? message(fieldError) : undefined}
        value={reason}
        rows={3}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={send.isPending ? true : undefined}>
          {t('report.send')}
        </button>
        {onCancel ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            {t('report.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** "Report this idea", folded away in a GOV.UK details element until someone opens it. */
export function ReportIdea({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation();
  return (
    <details className="govuk-details govuk-!-margin-top-6">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t('report.idea')}</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">{t('report.intro')}</p>
        <ReportForm targetType="idea" targetId={ideaId} />
      </div>
    </details>
  );
}
