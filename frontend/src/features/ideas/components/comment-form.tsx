// One textarea and a button, for a new comment, a reply or a correction. Checks what it can before
// sending; the API's refusals come back in the GOV.UK error summary above the field.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Textarea } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import { useFormatNumber } from '@/lib/format';
import { COMMENT_MAX } from '../api/comments';

/** An i18n key of ours, or a message the API wrote. */
type FormError = { key: string } | { text: string };

interface CommentFormProps {
  /** id of the textarea; the error summary links to it */
  id: string;
  label: string;
  submitLabel: string;
  initialBody?: string;
  /** move focus to the textarea when the form opens (replies and corrections) */
  autoFocus?: boolean;
  /** what a 409 means here, such as "too late to change this comment" */
  conflictKey?: string;
  /** sends the text; throws ApiError when the API refuses it */
  onSubmit: (body: string) => Promise<void>;
  /** shown next to the submit button, such as a Cancel button */
  secondary?: ReactNode;
}

export function CommentForm({
  id,
  label,
  submitLabel,
  initialBody = '',
  autoFocus = false,
  conflictKey = 'comments.errors.generic',
  onSubmit,
  secondary,
}: CommentFormProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [body, setBody] = useState(initialBody);
  const [fieldError, setFieldError] = useState<FormError | null>(null);
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (autoFocus) document.getElementById(id)?.focus();
  }, [autoFocus, id]);

  const message = (error: FormError) => ('key' in error ? t(error.key) : error.text);

  function fail(field: FormError | null, general: FormError[] = []) {
    setFieldError(field);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (!isApiError(error)) return fail(null, [{ key: 'comments.errors.generic' }]);
    switch (error.status) {
      case 0:
        return fail(null, [{ key: 'form.errors.network' }]);
      case 400: {
        // the text is checked here first, so a 400 on it is a rule we do not know: show the API's words
        const general: FormError[] = [];
        let onBody: FormError | null = null;
        for (const fieldError of error.fieldErrors) {
          if (fieldError.field === 'body' || fieldError.field.endsWith('.body')) onBody ??= { text: fieldError.message };
          else if (fieldError.field.endsWith('parentId')) general.push({ key: 'comments.errors.cannotReply' });
          else general.push({ text: fieldError.message });
        }
        if (!onBody && general.length === 0) {
          general.push(error.detail ? { text: error.detail } : { key: 'comments.errors.generic' });
        }
        return fail(onBody, general);
      }
      case 401:
        return fail(null, [{ key: 'comments.errors.signedOut' }]);
      case 403:
        return fail(null, [{ key: 'comments.errors.forbidden' }]);
      case 404:
        return fail(null, [{ key: 'comments.errors.gone' }]);
      case 409:
        return fail(null, [{ key: conflictKey }]);
      case 412:
        return fail(null, [{ key: 'comments.errors.changed' }]);
      case 429:
        return fail(null, [error.detail ? { text: error.detail } : { key: 'comments.errors.tooMany' }]);
      default:
        return fail(null, [{ key: 'comments.errors.generic' }]);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const text = body.trim();
    if (!text) return fail({ key: 'comments.errors.bodyRequired' });
    if (text.length > COMMENT_MAX) return fail({ key: 'comments.errors.bodyTooLong' });

    setSending(true);
    try {
      await onSubmit(text);
      setFieldError(null);
      setFormErrors([]);
      setBody('');
    } catch (error) {
      handleApiError(error);
    } finally {
      setSending(false);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: message(error) })),
    ...(fieldError ? [{ fieldId: id, message: message(fieldError) }] : []),
  ];

  return (
    <form noValidate onSubmit={submit} className="app-comment-form">
      <ErrorSummary errors={summary} focusKey={attempt} />
      <Textarea
        id={id}
        label={label}
        hint={t('comments.hint', { max: formatNumber(COMMENT_MAX) })}
        error={fieldError ? message(fieldError) : undefined}
        value={body}
        rows={4}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={sending ? true : undefined}>
          {submitLabel}
        </button>
        {secondary}
      </div>
    </form>
  );
}
