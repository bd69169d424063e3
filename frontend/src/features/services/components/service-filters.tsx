// Search box and filters for the directory. The URL holds the state; this form only edits it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_CATEGORIES } from '../categories';

export interface ServiceFilterValues {
  q: string;
  organisation: string;
  category: string;
  area: string;
}

interface ServiceFiltersProps {
  initial: ServiceFilterValues;
  organisations: { value: string; label: string }[];
  areas: string[];
  onSearch: (values: ServiceFilterValues) => void;
}

export function ServiceFilters({ initial, organisations, areas, onSearch }: ServiceFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (field: keyof ServiceFilterValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...values, q: values.q.trim() });
  }

  const filtered = initial.q || initial.organisation || initial.category || initial.area;

  return (
    <form role="search" className="app-filters" onSubmit={submit} aria-labelledby="filters-heading">
      <h2 className="govuk-heading-m" id="filters-heading">
        {t('directory.filtersHeading')}
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="q">
          {t('directory.searchLabel')}
        </label>
        <input className="govuk-input" id="q" name="q" type="search" value={values.q} onChange={set('q')} />
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="organisation">
              {t('directory.organisation')}
            </label>
            <select
              className="govuk-select"
              id="organisation"
              name="organisation"
              value={values.organisation}
              onChange={set('organisation')}
            >
              <option value="">{t('directory.allOrganisations')}</option>
              {organisations.map((organisation) => (
                <option key={organisation.value} value={organisation.value}>
                  {organisation.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="category">
              {t('directory.category')}
            </label>
            <select className="govuk-select" id="category" name="category" value={values.category} onChange={set('category')}>
              <option value="">{t('directory.allCategories')}</option>
              {SERVICE_CATEGORIES.map((code) => (
                <option key={code} value={code}>
                  {t(`categories.${code}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="area">
              {t('directory.area')}
            </label>
            <select className="govuk-select" id="area" name="area" value={values.area} onChange={set('area')}>
              <option value="">{t('directory.allAreas')}</option>
              {areas.map((area) => (
                <option key={area} value={area}>
                  {area}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          {t('directory.searchButton')}
        </button>
        {filtered ? (
          <Link className="govuk-link" to="/services">
            {t('directory.clearFilters')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
