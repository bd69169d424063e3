// Words, action, kind of thing and dates for the audit log. The URL holds the state; this form only
// edits it, so every search can be linked to and Back works.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { ACTION_MAX, AUDIT_PATH, ENTITY_TYPES, Q_MAX, type AuditFilterValues } from '../search';

const IDS = {
  q: 'audit-q',
  action: 'audit-action',
  entityType: 'audit-entity-type',
  from: 'audit-from',
  to: 'audit-to',
};

interface AuditFiltersProps {
  initial: AuditFilterValues;
  /** anything to clear, including filters only a link can set */
  filtered: boolean;
  onSearch: (values: AuditFilterValues) => void;
}

export function AuditFilters({ initial, filtered, onSearch }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [toError, setToError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setToError(true);
      setAttempt((n) => n + 1);
      return;
    }
    setToError(false);
    onSearch({ ...values, q: values.q.trim(), action: values.action.trim() });
  }

  const toMessage = t('audit.filters.toBeforeFrom');
  const knownType = !values.entityType || (ENTITY_TYPES as readonly string[]).includes(values.entityType);

  return (
    <form role="search" className="app-filters" onSubmit={submit} noValidate aria-labelledby="audit-filters-heading">
      {toError ? <ErrorSummary errors={[{ fieldId: IDS.to, message: toMessage }]} focusKey={attempt} /> : null}
      <h2 className="govuk-heading-m" id="audit-filters-heading">
        {t('audit.filters.heading')}
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={IDS.q}>
          {t('audit.filters.q')}
        </label>
        <div id={`${IDS.q}-hint`} className="govuk-hint">
          {t('audit.filters.qHint')}
        </div>
        <input
          className="govuk-input"
          id={IDS.q}
          name="q"
          type="search"
          maxLength={Q_MAX}
          aria-describedby={`${IDS.q}-hint`}
          value={values.q}
          onChange={set('q')}
        />
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={IDS.action}>
              {t('audit.filters.action')}
            </label>
            <div id={`${IDS.action}-hint`} className="govuk-hint">
              {t('audit.filters.actionHint')}
            </div>
            <input
              className="govuk-input app-code-input"
              id={IDS.action}
              name="action"
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={ACTION_MAX}
              aria-describedby={`${IDS.action}-hint`}
              value={values.action}
              onChange={set('action')}
            />
          </div>
        </div>
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={IDS.entityType}>
              {t('audit.filters.entityType')}
            </label>
            <select
              className="govuk-select"
              id={IDS.entityType}
              name="entityType"
              value={values.entityType}
              onChange={set('entityType')}
            >
              <option value="">{t('audit.filters.allEntityTypes')}</option>
              {/* a kind a link asked for that this list does not know stays chosen */}
              {knownType ? null : <option value={values.entityType}>{values.entityType}</option>}
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`audit.entityTypes.${type}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={IDS.from}>
              {t('audit.filters.from')}
            </label>
            <div id={`${IDS.from}-hint`} className="govuk-hint">
              {t('audit.filters.fromHint')}
            </div>
            <input
              className="govuk-input app-date-field"
              id={IDS.from}
              name="from"
              type="date"
              aria-describedby={`${IDS.from}-hint`}
              value={values.from}
              onChange={set('from')}
            />
          </div>
        </div>
        <div className="govuk-grid-column-one-half">
          <div className={`govuk-form-group${toError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={IDS.to}>
              {t('audit.filters.to')}
            </label>
            <div id={`${IDS.to}-hint`} className="govuk-hint">
              {t('audit.filters.toHint')}
            </div>
            {toError ? (
              <p id={`${IDS.to}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {toMessage}
              </p>
            ) : null}
            <input
              className={`govuk-input app-date-field${toError ? ' govuk-input--error' : ''}`}
              id={IDS.to}
              name="to"
              type="date"
              aria-describedby={toError ? `${IDS.to}-hint ${IDS.to}-error` : `${IDS.to}-hint`}
              aria-invalid={toError ? true : undefined}
              value={values.to}
              onChange={set('to')}
            />
          </div>
        </div>
      </div>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          {t('audit.filters.search')}
        </button>
        {filtered ? (
          <Link className="govuk-link" to={AUDIT_PATH}>
            {t('audit.filters.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
