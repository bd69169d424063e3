// Staff answer an idea: choose one of the moves its current status allows, and write the public
// answer (required after review). The API decides; its refusals come back in the error summary.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Textarea } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import type { IdeaStatus, IdeaView } from '@/types';
import { useChangeStatus } from '../api/change-status';
import { ideasKeys } from '../api/keys';
import { NEXT_STATUSES, answerRequired } from '../statuses';

type Field = 'status' | 'answer';
/** An i18n key of ours (with values), or a message the API wrote. */
type FormError = { key: string; values?: Record<string, string> } | { text: string };

export const ANSWER_MAX = 5000;

function apiField(path: string): Field | undefined {
  if (path === 'answer' || path.endsWith('.answer')) return 'answer';
  if (path === 'status' || path.endsWith('.status')) return 'status';
  return undefined;
}

interface AnswerFormProps {
  idea: IdeaView;
  onPublished: (idea: IdeaView) => void;
}

export function AnswerForm({ idea, onPublished }: AnswerFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useChangeStatus();
  const options = NEXT_STATUSES[idea.status];
  const [status, setStatus] = useState<IdeaStatus | ''>(options.length === 1 ? options[0] : '');
  const [answer, setAnswer] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FormError>>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const required = answerRequired(idea.status);

  if (options.length === 0) return null;

  const firstRadioId = `status-${options[0]}`;
  const message = (error: FormError) => ('key' in error ? t(error.key, error.values ?? {}) : error.text);

  function fail(fields: Partial<Record<Field, FormError>>, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown, target: IdeaStatus) {
    if (!isApiError(error)) return fail({}, [{ key: 'answer.errors.generic' }]);
    switch (error.status) {
      case 0:
        return fail({}, [{ key: 'form.errors.network' }]);
      case 400: {
        const fields: Partial<Record<Field, FormError>> = {};
        const general: FormError[] = [];
        for (const fieldError of error.fieldErrors) {
          const field = apiField(fieldError.field);
          if (field === 'answer' && !fields.answer) fields.answer = { key: 'answer.errors.answerRequired' };
          else if (field && !fields[field]) fields[field] = { text: fieldError.message };
          else if (!field) general.push({ text: fieldError.message });
        }
        if (Object.keys(fields).length === 0 && general.length === 0) {
          general.push(error.detail ? { text: error.detail } : { key: 'answer.errors.generic' });
        }
        return fail(fields, general);
      }
      case 401:
        return fail({}, [{ key: 'answer.errors.signedOut' }]);
      case 403:
        return fail({}, [{ key: 'answer.errors.forbidden' }]);
      case 404:
        return fail({}, [{ key: 'answer.errors.gone' }]);
      case 409:
        // someone else may have moved it: fetch its current status so the choices are right again
        void queryClient.invalidateQueries({ queryKey: ideasKeys.item(idea.id) });
        void queryClient.invalidateQueries({ queryKey: ideasKeys.timeline(idea.id) });
        return fail({}, [
          {
            key: 'answer.errors.invalidMove',
            values: { from: t(`ideaStatus.${idea.status}`), to: t(`ideaStatus.${target}`) },
          },
        ]);
      default:
        return fail({}, [{ key: 'answer.errors.generic' }]);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const text = answer.trim();
    const errors: Partial<Record<Field, FormError>> = {};
    if (!status) errors.status = { key: 'answer.errors.statusRequired' };
    if (required && !text) errors.answer = { key: 'answer.errors.answerRequired' };
    else if (text.length > ANSWER_MAX) errors.answer = { key: 'answer.errors.answerTooLong' };
    if (!status || Object.keys(errors).length > 0) return fail(errors);

    try {
      const moved = await change.mutateAsync({ id: idea.id, change: { status, answer: text || undefined } });
      setFieldErrors({});
      setFormErrors([]);
      setAnswer('');
      const next = NEXT_STATUSES[moved.status];
      setStatus(next.length === 1 ? next[0] : '');
      onPublished(moved);
    } catch (error) {
      handleApiError(error, status);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: message(error) })),
    ...(fieldErrors.status ? [{ fieldId: firstRadioId, message: message(fieldErrors.status) }] : []),
    ...(fieldErrors.answer ? [{ fieldId: 'answer-text', message: message(fieldErrors.answer) }] : []),
  ];
  const statusError = fieldErrors.status ? message(fieldErrors.status) : undefined;

  return (
    <section aria-labelledby="answer-heading" className="govuk-!-margin-top-8" id="answer">
      <h2 className="govuk-heading-m" id="answer-heading">
        {t('answer.heading')}
      </h2>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <p className="govuk-body">{t('answer.intro')}</p>
      <form noValidate onSubmit={submit}>
        <div className={`govuk-form-group${statusError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={statusError ? 'status-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('answer.statusLegend')}</legend>
            {statusError ? (
              <p id="status-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {statusError}
              </p>
            ) : null}
            <div className="govuk-radios">
              {options.map((option) => (
                <div className="govuk-radios__item" key={option}>
                  <input
                    className="govuk-radios__input"
                    id={`status-${option}`}
                    name="status"
                    type="radio"
                    value={option}
                    checked={status === option}
                    onChange={() => setStatus(option)}
                    aria-describedby={`status-${option}-hint`}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`status-${option}`}>
                    {t(`ideaStatus.${option}`)}
                  </label>
                  <div id={`status-${option}-hint`} className="govuk-hint govuk-radios__hint">
                    {t(`answer.hints.${option}`)}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <Textarea
          id="answer-text"
          label={t('answer.answer')}
          hint={required ? t('answer.answerHintRequired') : t('answer.answerHintOptional')}
          error={fieldErrors.answer ? message(fieldErrors.answer) : undefined}
          value={answer}
          rows={6}
          onChange={(event) => setAnswer(event.target.value)}
        />
        <button type="submit" className="govuk-button" aria-disabled={change.isPending ? true : undefined}>
          {t('answer.publish')}
        </button>
      </form>
    </section>
  );
}
