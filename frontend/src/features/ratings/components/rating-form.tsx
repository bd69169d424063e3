// Rate a service, or change my rating while the rating window lasts: the overall score (required),
// four optional aspects, the month I used it and optional words, which make it a public review.
// A new rating is a POST (with an idempotency key); my current one is a PUT with If-Match.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { CharacterCount } from '@/components/form/character-count';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import { useFormatNumber } from '@/lib/format';
import type { RatingView, ServiceView } from '@/types';
import { ratingsKeys } from '../api/keys';
import { getMyRating, useCreateRating, useUpdateRating } from '../api/my-rating';
import { DIMENSIONS, REVIEW_MAX, type Score } from '../scores';
import { MonthInput } from './month-input';
import {
  RATING_FIELD_IDS,
  RATING_FIELD_ORDER,
  emptyRatingValues,
  ratingFieldFromApi,
  ratingFormValues,
  toRatingInput,
  validateRating,
  yearOptions,
  type RatingFormField,
  type RatingFormValues,
} from './rating-form-values';
import { ScoreRadios } from './score-radios';

/** an i18n key (with values), or words from the API */
type FormError = { key: string; values?: Record<string, string> } | { text: string };

interface RatingFormProps {
  service: ServiceView;
  /** my current rating, when I have one within the window; the form then changes it */
  existing: RatingView | null;
  displayName: string;
  onSaved: (rating: RatingView, created: boolean) => void;
}

export function RatingForm({ service, existing, displayName, onSaved }: RatingFormProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const queryClient = useQueryClient();
  const create = useCreateRating();
  const update = useUpdateRating();
  const [values, setValues] = useState<RatingFormValues>(() => (existing ? ratingFormValues(existing) : emptyRatingValues()));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<RatingFormField, FormError>>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [showReload, setShowReload] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useRef<{ body: string; key: string } | null>(null);
  const slug = service.slug;

  const message = (error: FormError) => ('key' in error ? t(error.key, { max: formatNumber(REVIEW_MAX), ...error.values }) : error.text);
  const errorFor = (field: RatingFormField) => {
    const error = fieldErrors[field];
    return error ? message(error) : undefined;
  };
  const set = <K extends keyof RatingFormValues>(field: K, value: RatingFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function fail(fields: Partial<Record<RatingFormField, FormError>>, general: FormError[] = [], reload = false) {
    setFieldErrors(fields);
    setFormErrors(general);
    setShowReload(reload);
    setAttempt((n) => n + 1);
  }

  /** After a 409 the rating I hold may be out of date: fetch my current one, and say which case it was. */
  async function refreshMine(): Promise<RatingView | null | undefined> {
    try {
      return await queryClient.fetchQuery({
        queryKey: ratingsKeys.mine(slug),
        queryFn: ({ signal }) => getMyRating(slug, signal),
        staleTime: 0,
      });
    } catch {
      return undefined;
    }
  }

  async function handleApiError(error: unknown, wasUpdate: boolean) {
    if (!isApiError(error)) return fail({}, [{ key: 'ratings.form.errors.generic' }]);
    switch (error.status) {
      case 0:
        return fail({}, [{ key: 'form.errors.network' }]);
      case 400: {
        const fields: Partial<Record<RatingFormField, FormError>> = {};
        const general: FormError[] = [];
        for (const fieldError of error.fieldErrors) {
          const field = ratingFieldFromApi(fieldError.field);
          if (field && !fields[field]) fields[field] = { text: fieldError.message };
          else if (!field) general.push({ text: fieldError.message });
        }
        if (Object.keys(fields).length === 0 && general.length === 0) {
          general.push(error.detail ? { text: error.detail } : { key: 'ratings.form.errors.generic' });
        }
        return fail(fields, general);
      }
      case 401:
        return fail({}, [{ key: 'ratings.form.errors.signedOut' }]);
      case 403:
        return fail({}, [{ key: 'ratings.form.errors.forbidden' }]);
      case 404:
        return fail({}, [{ key: 'ratings.form.errors.gone' }]);
      case 409: {
        const mine = await refreshMine();
        if (!wasUpdate && mine) return fail({}, [{ key: 'ratings.form.errors.alreadyRated' }]);
        if (wasUpdate && mine === null) return fail({}, [{ key: 'ratings.form.errors.windowPassed' }]);
        return fail({}, [{ key: 'ratings.form.errors.notTakingRatings' }]);
      }
      case 412:
        return fail({}, [{ key: 'ratings.form.errors.stale' }], true);
      case 422:
        idempotency.current = null;
        return fail({}, [{ key: 'form.errors.idempotencyMismatch' }]);
      case 429:
        return fail({}, [{ key: 'ratings.form.errors.tooMany' }]);
      default:
        return fail({}, [{ key: 'ratings.form.errors.generic' }]);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const clientErrors = validateRating(values);
    if (Object.keys(clientErrors).length > 0) {
      const mapped: Partial<Record<RatingFormField, FormError>> = {};
      for (const [field, key] of Object.entries(clientErrors)) mapped[field as RatingFormField] = { key: `ratings.form.errors.${key}` };
      return fail(mapped);
    }
    const input = toRatingInput(values);
    setSubmitting(true);
    try {
      if (existing) {
        const rating = await update.mutateAsync({ slug, id: existing.id, version: existing.version, input });
        onSaved(rating, false);
      } else {
        const body = JSON.stringify(input);
        if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
        const rating = await create.mutateAsync({ slug, input, idempotencyKey: idempotency.current.key });
        onSaved(rating, true);
      }
    } catch (error) {
      await handleApiError(error, !!existing);
    } finally {
      setSubmitting(false);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: message(error) })),
    ...RATING_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: RATING_FIELD_IDS[field],
      message: message(fieldErrors[field]!),
    })),
  ];
  const servicePath = `/services/${encodeURIComponent(slug)}`;

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={attempt}>
        {showReload ? (
          <p className="govuk-body">
            <a className="govuk-link" href={typeof window === 'undefined' ? '' : window.location.pathname}>
              {t('form.errors.reload')}
            </a>
          </p>
        ) : null}
      </ErrorSummary>

      <ScoreRadios
        name="overall"
        legend={t('ratings.form.overall', { service: service.name })}
        legendSize="m"
        hint={t('ratings.form.overallHint')}
        error={errorFor('overall')}
        value={values.overall}
        onChange={(score) => set('overall', score)}
      />

      <h2 className="govuk-heading-m">{t('ratings.form.aspectsHeading')}</h2>
      <p className="govuk-body">{t('ratings.form.aspectsIntro')}</p>
      {DIMENSIONS.map((dimension) => (
        <ScoreRadios
          key={dimension}
          name={dimension}
          optional
          legend={t(`ratings.dimensions.${dimension}`)}
          hint={t(`ratings.dimensionHints.${dimension}`)}
          error={errorFor(dimension)}
          value={values[dimension]}
          onChange={(score: Score | null) => set(dimension, score)}
        />
      ))}

      <h2 className="govuk-heading-m">{t('ratings.form.moreHeading')}</h2>
      <MonthInput
        id="usedIn"
        legend={t('ratings.form.usedIn')}
        hint={t('ratings.form.usedInHint')}
        error={errorFor('usedIn')}
        value={values.usedIn}
        years={yearOptions(values)}
        onChange={(usedIn) => set('usedIn', usedIn)}
      />

      <CharacterCount
        id="review"
        label={t('ratings.form.review')}
        hint={t('ratings.form.reviewHint')}
        error={errorFor('review')}
        max={REVIEW_MAX}
        rows={6}
        value={values.review}
        onChange={(event) => set('review', event.target.value)}
      />
      <div className="govuk-inset-text">
        <p className="govuk-body">{t('ratings.form.publicNote', { name: displayName, organisation: service.organisation.name })}</p>
        <p className="govuk-body govuk-!-margin-bottom-0">{t('ratings.form.scoreOnlyNote')}</p>
      </div>

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={submitting ? true : undefined}>
          {existing ? t('ratings.form.saveChanges') : t('ratings.form.submit')}
        </button>
        <Link className="govuk-link" to={servicePath}>
          {t('ratings.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
