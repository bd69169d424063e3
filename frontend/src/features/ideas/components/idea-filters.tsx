// Search box, status and order for a list of ideas. The URL holds the state; this form only edits it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDEA_SORTS } from '../api/get-ideas';
import { LISTED_STATUSES } from '../statuses';

export interface IdeaFilterValues {
  q: string;
  status: string;
  sort: string;
}

interface IdeaFiltersProps {
  initial: IdeaFilterValues;
  onSearch: (values: IdeaFilterValues) => void;
}

const SORT_KEYS: Record<(typeof IDEA_SORTS)[number], string> = {
  newest: 'ideas.sortNewest',
  'most-supported': 'ideas.sortMostSupported',
  'recently-answered': 'ideas.sortRecentlyAnswered',
};

export function IdeaFilters({ initial, onSearch }: IdeaFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (field: keyof IdeaFilterValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...values, q: values.q.trim() });
  }

  return (
    <form role="search" className="app-filters" onSubmit={submit} aria-labelledby="idea-filters-heading">
      <h2 className="govuk-heading-m" id="idea-filters-heading">
        {t('ideas.filtersHeading')}
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="idea-q">
          {t('ideas.searchLabel')}
        </label>
        <input className="govuk-input" id="idea-q" name="q" type="search" value={values.q} onChange={set('q')} />
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="idea-status">
              {t('ideas.status')}
            </label>
            <select className="govuk-select" id="idea-status" name="status" value={values.status} onChange={set('status')}>
              <option value="">{t('ideas.allStatuses')}</option>
              {LISTED_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`ideaStatus.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="idea-sort">
              {t('ideas.sort')}
            </label>
            <select className="govuk-select" id="idea-sort" name="sort" value={values.sort} onChange={set('sort')}>
              {IDEA_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(SORT_KEYS[sort])}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          {t('ideas.searchButton')}
        </button>
      </div>
    </form>
  );
}
