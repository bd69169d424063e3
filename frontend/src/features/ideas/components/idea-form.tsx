// Propose or change an idea, with the GOV.UK error summary pattern and, when proposing, similar ideas
// shown while typing the title.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { TextInput, Textarea } from '@/components/form/fields';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import { useFormatNumber } from '@/lib/format';
import type { IdeaInput } from '@/types';
import {
  BODY_MAX,
  IDEA_FIELD_ORDER,
  TITLE_MAX,
  emptyIdeaValues,
  ideaFieldFromApi,
  toIdeaInput,
  validateIdea,
  type IdeaFormField,
  type IdeaFormValues,
} from './idea-form-values';
import { SimilarIdeas } from './similar-ideas';

/** an i18n key, or words from the API */
type FormError = { key: string } | { text: string };

/** Full i18n keys for the API's refusals, by status; `default` for anything else. */
export type IdeaApiErrorKeys = Partial<Record<number | 'default', string>>;

interface IdeaFormProps {
  serviceId: string;
  challengeId?: string;
  cancelTo: string;
  /** saves the input; throws ApiError when the API refuses it */
  onSave: (input: IdeaInput, idempotencyKey: string) => Promise<void>;
  /** the idea as it stands, when changing one */
  initialValues?: IdeaFormValues;
  submitLabel?: string;
  /** off when changing an idea: it would find itself */
  showSimilar?: boolean;
  /** the page's own words for refusals, where proposing's do not fit */
  apiErrorKeys?: IdeaApiErrorKeys;
}

export function IdeaForm({
  serviceId,
  challengeId,
  cancelTo,
  onSave,
  initialValues,
  submitLabel,
  showSimilar = true,
  apiErrorKeys = {},
}: IdeaFormProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [values, setValues] = useState<IdeaFormValues>(() => initialValues ?? emptyIdeaValues());
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<IdeaFormField, FormError>>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  const message = (error: FormError) => ('key' in error ? t(error.key) : error.text);
  const generic = apiErrorKeys.default ?? 'ideaForm.errors.generic';
  const errorFor = (field: IdeaFormField) => {
    const error = fieldErrors[field];
    return error ? message(error) : undefined;
  };
  const set = (field: IdeaFormField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  function fail(fields: Partial<Record<IdeaFormField, FormError>>, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (!isApiError(error)) return fail({}, [{ key: generic }]);
    const own = error.status === 400 ? undefined : apiErrorKeys[error.status];
    if (own) return fail({}, [{ key: own }]);
    switch (error.status) {
      case 0:
        return fail({}, [{ key: 'ideaForm.errors.network' }]);
      case 400: {
        const fields: Partial<Record<IdeaFormField, FormError>> = {};
        const general: FormError[] = [];
        for (const fieldError of error.fieldErrors) {
          const field = ideaFieldFromApi(fieldError.field);
          if (field && !fields[field]) fields[field] = { text: fieldError.message };
          else if (!field) general.push({ text: fieldError.message });
        }
        if (Object.keys(fields).length === 0 && general.length === 0) {
          general.push(error.detail ? { text: error.detail } : { key: generic });
        }
        return fail(fields, general);
      }
      case 401:
        return fail({}, [{ key: 'ideaForm.errors.signedOut' }]);
      case 403:
        return fail({}, [{ key: 'ideaForm.errors.forbidden' }]);
      case 404:
        return fail({}, [{ key: 'ideaForm.errors.notFound' }]);
      case 409:
        return fail({}, [{ key: 'ideaForm.errors.challengeClosed' }]);
      case 422:
        idempotency.current = null;
        return fail({}, [{ key: 'ideaForm.errors.idempotencyMismatch' }]);
      case 429:
        return fail({}, [{ key: 'ideaForm.errors.tooMany' }]);
      default:
        return fail({}, [{ key: generic }]);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const clientErrors = validateIdea(values);
    if (Object.keys(clientErrors).length > 0) {
      const mapped: Partial<Record<IdeaFormField, FormError>> = {};
      for (const [field, key] of Object.entries(clientErrors)) {
        mapped[field as IdeaFormField] = { key: `ideaForm.errors.${key}` };
      }
      return fail(mapped);
    }
    const input = toIdeaInput(values, serviceId, challengeId);
    const body = JSON.stringify(input);
    if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };

    setSubmitting(true);
    try {
      await onSave(input, idempotency.current.key);
      // saved, or the page took over the refusal: this form's old errors no longer apply
      setFieldErrors({});
      setFormErrors([]);
    } catch (error) {
      handleApiError(error);
    } finally {
      setSubmitting(false);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: message(error) })),
    ...IDEA_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: field,
      message: message(fieldErrors[field]!),
    })),
  ];

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextInput
        id="title"
        label={t('ideaForm.title')}
        hint={t('ideaForm.titleHint', { max: TITLE_MAX })}
        error={errorFor('title')}
        value={values.title}
        autoComplete="off"
        onChange={(event) => set('title', event.target.value)}
      />
      {showSimilar ? <SimilarIdeas serviceId={serviceId} title={values.title} /> : null}
      <Textarea
        id="body"
        label={t('ideaForm.body')}
        hint={t('ideaForm.bodyHint', { max: formatNumber(BODY_MAX) })}
        error={errorFor('body')}
        value={values.body}
        rows={8}
        onChange={(event) => set('body', event.target.value)}
      />
      <TextInput
        id="placeName"
        label={t('ideaForm.place')}
        hint={t('ideaForm.placeHint')}
        error={errorFor('placeName')}
        value={values.placeName}
        onChange={(event) => set('placeName', event.target.value)}
      />
      <TextInput
        id="tags"
        label={t('ideaForm.tags')}
        hint={t('ideaForm.tagsHint')}
        error={errorFor('tags')}
        value={values.tags}
        autoComplete="off"
        onChange={(event) => set('tags', event.target.value)}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={submitting ? true : undefined}>
          {submitLabel ?? t('ideaForm.submit')}
        </button>
        <Link className="govuk-link" to={cancelTo}>
          {t('ideaForm.cancel')}
        </Link>
      </div>
    </form>
  );
}
