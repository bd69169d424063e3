// Order and "with or without a reply" for a service's reviews. The URL holds the state; this form
// only edits it, so a sorted, filtered list can be bookmarked and shared.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_FILTERS, REVIEW_SORTS, type ReviewSearch } from '../api/get-reviews';

interface ReviewFiltersProps {
  initial: ReviewSearch;
  onApply: (values: ReviewSearch) => void;
}

export function ReviewFilters({ initial, onApply }: ReviewFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form className="app-filters" method="get" onSubmit={submit} aria-labelledby="review-filters-heading">
      <h2 className="govuk-heading-m" id="review-filters-heading">
        {t('ratings.reviews.filtersHeading')}
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="review-sort">
              {t('ratings.reviews.sort')}
            </label>
            <select
              className="govuk-select"
              id="review-sort"
              name="sort"
              value={values.sort}
              onChange={(event) => setValues((current) => ({ ...current, sort: event.target.value as ReviewSearch['sort'] }))}
            >
              {REVIEW_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`ratings.reviews.sorts.${sort}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="review-filter">
              {t('ratings.reviews.filter')}
            </label>
            <select
              className="govuk-select"
              id="review-filter"
              name="filter"
              value={values.filter}
              onChange={(event) =>
                setValues((current) => ({ ...current, filter: event.target.value as ReviewSearch['filter'] }))
              }
            >
              {REVIEW_FILTERS.map((filter) => (
                <option key={filter} value={filter}>
                  {t(`ratings.reviews.filters.${filter}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          {t('ratings.reviews.apply')}
        </button>
      </div>
    </form>
  );
}
