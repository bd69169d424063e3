// The one form for adding and editing a service, with the GOV.UK error summary pattern:
// client-side checks first, then the API's answer mapped onto the same fields.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Checkbox, Select, TextInput, Textarea } from '@/components/form/fields';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { OrganisationRef, ServiceInput, ServiceView } from '@/types';
import { SERVICE_CATEGORIES } from '../categories';
import {
  FIELD_IDS,
  FIELD_ORDER,
  emptyValues,
  fieldFromApi,
  toServiceInput,
  validateService,
  valuesFromService,
  type ServiceFormField,
  type ServiceFormValues,
} from './service-form-values';

/** An error is an i18n key of ours, or a message the API wrote. */
type FormError = { key: string } | { text: string };

interface ServiceFormProps {
  mode: 'create' | 'edit';
  /** the service being edited */
  service?: ServiceView;
  /** organisations the person may add services for (create only) */
  organisations?: OrganisationRef[];
  /** where "Cancel" goes */
  cancelTo: string;
  /** saves the input; throws ApiError when the API refuses it */
  onSave: (input: ServiceInput, idempotencyKey: string) => Promise<void>;
}

export function ServiceForm({ mode, service, organisations = [], cancelTo, onSave }: ServiceFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ServiceFormValues>(() =>
    service ? valuesFromService(service) : emptyValues(organisations.length === 1 ? organisations[0].id : ''),
  );
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ServiceFormField, FormError>>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [showReload, setShowReload] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  // one key per submission attempt, reused when the same data is sent again
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  const message = (error: FormError) => ('key' in error ? t(`form.errors.${error.key}`) : error.text);
  const errorFor = (field: ServiceFormField) => {
    const error = fieldErrors[field];
    return error ? message(error) : undefined;
  };

  const set = <K extends ServiceFormField>(field: K, value: ServiceFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function fail(fields: Partial<Record<ServiceFormField, FormError>>, general: FormError[] = [], reload = false) {
    setFieldErrors(fields);
    setFormErrors(general);
    setShowReload(reload);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;

    const clientErrors = validateService(values, { requireOrganisation: mode === 'create' });
    if (Object.keys(clientErrors).length > 0) {
      const mapped: Partial<Record<ServiceFormField, FormError>> = {};
      for (const [field, key] of Object.entries(clientErrors)) mapped[field as ServiceFormField] = { key };
      fail(mapped);
      return;
    }

    const input = toServiceInput(values);
    const body = JSON.stringify(input);
    if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };

    setSubmitting(true);
    try {
      await onSave(input, idempotency.current.key);
    } catch (error) {
      handleApiError(error);
    } finally {
      setSubmitting(false);
    }
  }

  function handleApiError(error: unknown) {
    if (!isApiError(error)) {
      fail({}, [{ key: 'generic' }]);
      return;
    }
    switch (error.status) {
      case 0:
        return fail({}, [{ key: 'network' }]);
      case 400: {
        const fields: Partial<Record<ServiceFormField, FormError>> = {};
        const general: FormError[] = [];
        for (const fieldError of error.fieldErrors) {
          const field = fieldFromApi(fieldError.field);
          if (field && !fields[field]) fields[field] = { text: fieldError.message };
          else if (!field) general.push({ text: fieldError.message });
        }
        if (Object.keys(fields).length === 0 && general.length === 0) {
          general.push(error.detail ? { text: error.detail } : { key: 'generic' });
        }
        return fail(fields, general);
      }
      case 401:
        return fail({}, [{ key: 'signedOut' }]);
      case 403:
        return fail({}, [{ key: 'forbidden' }]);
      case 409:
        return fail({ slug: { key: 'slugTaken' } });
      case 412:
        return fail({}, [{ key: 'conflict' }], true);
      case 422:
        idempotency.current = null;
        return fail({}, [{ key: 'idempotencyMismatch' }]);
      default:
        return fail({}, [{ key: 'generic' }]);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: message(error) })),
    ...FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: FIELD_IDS[field],
      message: message(fieldErrors[field]!),
    })),
  ];

  const categoryOptions = SERVICE_CATEGORIES.map((code) => ({ value: code, label: t(`categories.${code}`) }));

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

      {mode === 'create' ? (
        <Select
          id={FIELD_IDS.organisationId}
          label={t('form.organisation')}
          hint={t('form.organisationHint')}
          error={errorFor('organisationId')}
          options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          placeholder={t('form.chooseOrganisation')}
          value={values.organisationId}
          onChange={(event) => set('organisationId', event.target.value)}
        />
      ) : null}

      <TextInput
        id={FIELD_IDS.name}
        label={t('form.name')}
        hint={t('form.nameHint')}
        error={errorFor('name')}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        autoComplete="off"
        spellCheck
      />
      <TextInput
        id={FIELD_IDS.slug}
        label={t('form.slug')}
        hint={t('form.slugHint')}
        error={errorFor('slug')}
        value={values.slug}
        onChange={(event) => set('slug', event.target.value)}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        className="govuk-!-width-two-thirds"
      />
      <Textarea
        id={FIELD_IDS.summary}
        label={t('form.summary')}
        hint={t('form.summaryHint')}
        error={errorFor('summary')}
        value={values.summary}
        onChange={(event) => set('summary', event.target.value)}
        rows={3}
        spellCheck
      />
      <Textarea
        id={FIELD_IDS.description}
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        error={errorFor('description')}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
        rows={8}
        spellCheck
      />
      <Select
        id={FIELD_IDS.category}
        label={t('form.category')}
        error={errorFor('category')}
        options={categoryOptions}
        placeholder={t('form.chooseCategory')}
        value={values.category}
        onChange={(event) => set('category', event.target.value)}
      />
      <TextInput
        id={FIELD_IDS.areaServed}
        label={t('form.areaServed')}
        hint={t('form.areaServedHint')}
        error={errorFor('areaServed')}
        value={values.areaServed}
        onChange={(event) => set('areaServed', event.target.value)}
        className="govuk-!-width-two-thirds"
      />

      <fieldset className="govuk-fieldset" aria-describedby="contact-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t('form.contactHeading')}</h2>
        </legend>
        <div id="contact-hint" className="govuk-hint">
          {t('form.contactHint')}
        </div>
        <TextInput
          id={FIELD_IDS.email}
          type="email"
          autoComplete="email"
          spellCheck={false}
          label={t('form.email')}
          error={errorFor('email')}
          value={values.email}
          onChange={(event) => set('email', event.target.value)}
        />
        <TextInput
          id={FIELD_IDS.phone}
          type="tel"
          autoComplete="tel"
          label={t('form.phone')}
          error={errorFor('phone')}
          value={values.phone}
          onChange={(event) => set('phone', event.target.value)}
          className="govuk-input--width-20"
        />
        <TextInput
          id={FIELD_IDS.website}
          type="url"
          autoComplete="url"
          spellCheck={false}
          label={t('form.website')}
          hint={t('form.websiteHint')}
          error={errorFor('website')}
          value={values.website}
          onChange={(event) => set('website', event.target.value)}
        />
      </fieldset>

      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t('form.statusLegend')}</h2>
        </legend>
        <Checkbox
          id={FIELD_IDS.active}
          label={t('form.active')}
          hint={t('form.activeHint')}
          checked={values.active}
          onChange={(event) => set('active', event.target.checked)}
        />
      </fieldset>

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={submitting ? true : undefined}>
          {mode === 'create' ? t('form.create') : t('form.save')}
        </button>
        <Link className="govuk-link" to={cancelTo}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
