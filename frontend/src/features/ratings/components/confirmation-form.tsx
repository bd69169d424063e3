// The reviewer answers "Did this change happen? Did it make a difference?": Yes, Partly or No and an
// optional comment. They can come back and change their answer.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { CharacterCount } from '@/components/form/character-count';
import { isApiError } from '@/lib/api-client';
import { useFormatNumber } from '@/lib/format';
import type { ChangeAnswer, ChangeView } from '@/types';
import { CHANGE_ANSWERS, CONFIRMATION_COMMENT_MAX, useConfirmChange } from '../api/changes';

type Field = 'answer' | 'comment';
type FormError = { key: string } | { text: string };

const FIELD_IDS: Record<Field, string> = { answer: 'answer-YES', comment: 'comment' };

interface ConfirmationFormProps {
  change: ChangeView;
  onSaved: (change: ChangeView) => void;
}

export function ConfirmationForm({ change, onSaved }: ConfirmationFormProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const confirm = useConfirmChange();
  const [answer, setAnswer] = useState<ChangeAnswer | ''>(change.confirmation?.answer ?? '');
  const [comment, setComment] = useState(change.confirmation?.comment ?? '');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FormError>>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const answered = !!change.confirmation?.answer;

  const message = (error: FormError) =>
    'key' in error ? t(error.key, { max: formatNumber(CONFIRMATION_COMMENT_MAX) }) : error.text;

  function fail(fields: Partial<Record<Field, FormError>>, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (!isApiError(error)) return fail({}, [{ key: 'ratings.confirm.errors.generic' }]);
    switch (error.status) {
      case 0:
        return fail({}, [{ key: 'form.errors.network' }]);
      case 400: {
        const fields: Partial<Record<Field, FormError>> = {};
        const general: FormError[] = [];
        for (const fieldError of error.fieldErrors) {
          const last = fieldError.field.split('.').pop();
          if ((last === 'answer' || last === 'comment') && !fields[last]) fields[last] = { text: fieldError.message };
          else general.push({ text: fieldError.message });
        }
        if (Object.keys(fields).length === 0 && general.length === 0) {
          general.push(error.detail ? { text: error.detail } : { key: 'ratings.confirm.errors.generic' });
        }
        return fail(fields, general);
      }
      case 401:
        return fail({}, [{ key: 'ratings.confirm.errors.signedOut' }]);
      case 403:
        return fail({}, [{ key: 'ratings.confirm.errors.forbidden' }]);
      case 404:
        return fail({}, [{ key: 'ratings.confirm.errors.gone' }]);
      case 409:
        return fail({}, [{ key: 'ratings.confirm.errors.notAsked' }]);
      default:
        return fail({}, [{ key: 'ratings.confirm.errors.generic' }]);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm.isPending) return;
    const text = comment.trim();
    const errors: Partial<Record<Field, FormError>> = {};
    if (!answer) errors.answer = { key: 'ratings.confirm.errors.answerRequired' };
    if (text.length > CONFIRMATION_COMMENT_MAX) errors.comment = { key: 'ratings.confirm.errors.commentTooLong' };
    if (!answer || Object.keys(errors).length > 0) return fail(errors);
    try {
      const saved = await confirm.mutateAsync({ id: change.id, answer, comment: text || undefined });
      setFieldErrors({});
      setFormErrors([]);
      onSaved(saved);
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: message(error) })),
    ...(['answer', 'comment'] as const)
      .filter((field) => fieldErrors[field])
      .map((field) => ({ fieldId: FIELD_IDS[field], message: message(fieldErrors[field]!) })),
  ];
  const answerError = fieldErrors.answer ? message(fieldErrors.answer) : undefined;

  return (
    <section aria-labelledby="confirm-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="confirm-heading">
        {answered ? t('ratings.confirm.changeHeading') : t('ratings.confirm.heading')}
      </h2>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <p className="govuk-body">{t('ratings.confirm.intro')}</p>
      <form noValidate onSubmit={submit}>
        <div className={`govuk-form-group${answerError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['confirm-answer-hint', answerError ? 'confirm-answer-error' : null].filter(Boolean).join(' ')}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('ratings.confirm.question')}</legend>
            <div id="confirm-answer-hint" className="govuk-hint">
              {t('ratings.confirm.questionHint')}
            </div>
            {answerError ? (
              <p id="confirm-answer-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {answerError}
              </p>
            ) : null}
            <div className="govuk-radios">
              {CHANGE_ANSWERS.map((option) => (
                <div className="govuk-radios__item" key={option}>
                  <input
                    className="govuk-radios__input"
                    id={`answer-${option}`}
                    name="answer"
                    type="radio"
                    value={option}
                    checked={answer === option}
                    onChange={() => setAnswer(option)}
                    aria-describedby={`answer-${option}-hint`}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`answer-${option}`}>
                    {t(`ratings.change.answers.${option}`)}
                  </label>
                  <div id={`answer-${option}-hint`} className="govuk-hint govuk-radios__hint">
                    {t(`ratings.confirm.hints.${option}`)}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <CharacterCount
          id="comment"
          label={t('ratings.confirm.comment')}
          hint={t('ratings.confirm.commentHint')}
          error={fieldErrors.comment ? message(fieldErrors.comment) : undefined}
          max={CONFIRMATION_COMMENT_MAX}
          rows={4}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <button type="submit" className="govuk-button" aria-disabled={confirm.isPending ? true : undefined}>
          {answered ? t('ratings.confirm.saveChanges') : t('ratings.confirm.submit')}
        </button>
      </form>
    </section>
  );
}
