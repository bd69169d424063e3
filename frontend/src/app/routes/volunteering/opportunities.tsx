// Volunteering opportunities anyone can sign up for: service, dates, place and "only with places
// left" live in the URL; "Show more" loads the next page below the first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { useServices } from '@/features/services/api/get-services';
import { loadedOpportunities, useOpportunities, type OpportunitySearch } from '@/features/volunteering/api/get-opportunities';
import { useTimeZone } from '@/features/volunteering/api/get-settings';
import { OpportunityFilters, type OpportunityFilterValues } from '@/features/volunteering/components/opportunity-filters';
import { OpportunityList, opportunityTitleId } from '@/features/volunteering/components/opportunity-list';
import { addDays, isIsoDate, startOfDay } from '@/features/volunteering/time';
import { useMe } from '@/lib/auth';

function filtersFromParams(params: URLSearchParams): OpportunityFilterValues {
  const from = params.get('from');
  const to = params.get('to');
  return {
    service: params.get('service') ?? '',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    place: (params.get('place') ?? '').slice(0, 120),
    hasPlaces: params.get('hasPlaces') === 'true',
  };
}

function href(filters: OpportunityFilterValues): string {
  const params = new URLSearchParams();
  if (filters.service) params.set('service', filters.service);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.place) params.set('place', filters.place);
  if (filters.hasPlaces) params.set('hasPlaces', 'true');
  const query = params.toString();
  return query ? `/opportunities?${query}` : '/opportunities';
}

/** Calendar days become instants in the instance's zone; the "to" day is included. */
function apiSearch(filters: OpportunityFilterValues, timeZone: string | undefined): OpportunitySearch {
  const search: OpportunitySearch = {};
  if (filters.service) search.service = filters.service;
  if (filters.place) search.place = filters.place;
  if (filters.hasPlaces) search.hasPlaces = true;
  if (timeZone && filters.from) search.from = startOfDay(filters.from, timeZone);
  if (timeZone && filters.to) search.to = startOfDay(addDays(filters.to, 1), timeZone);
  return search;
}

export function OpportunitiesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = filtersFromParams(params);
  const timeZone = useTimeZone();
  const me = useMe();
  const needsZone = !!(filters.from || filters.to);
  const opportunities = useOpportunities(apiSearch(filters, timeZone), { enabled: !needsZone || !!timeZone });
  const services = useServices({ limit: 100 });
  const focusWhenShown = useFocusWhenShown();
  const [moreFailed, setMoreFailed] = useState(false);
  useDocumentTitle(t('volunteering.list.title'));

  const items = loadedOpportunities(opportunities.data);
  const filtered = !!(filters.service || filters.from || filters.to || filters.place || filters.hasPlaces);
  const serviceOptions = (services.data?.items ?? []).map((service) => ({ value: service.id, label: service.name }));

  async function showMore() {
    if (opportunities.isFetchingNextPage) return;
    const shown = items.length;
    setMoreFailed(false);
    const result = await opportunities.fetchNextPage();
    if (result.isError) return setMoreFailed(true);
    const next = loadedOpportunities(result.data)[shown];
    if (next) focusWhenShown(opportunityTitleId(next.id));
  }

  let status = '';
  let failed = false;
  if (opportunities.isError) {
    status = t('volunteering.list.error');
    failed = true;
  } else if (!opportunities.data || !timeZone) status = t('volunteering.list.loading');
  else if (items.length === 0) status = filtered ? t('volunteering.list.emptyFiltered') : t('volunteering.list.empty');
  else if (opportunities.isFetchingNextPage) status = t('volunteering.list.loadingMore');
  else if (moreFailed) {
    status = t('volunteering.list.moreError');
    failed = true;
  } else status = t('volunteering.list.showing', { count: items.length });

  return (
    <>
      <PageHeading>{t('volunteering.list.title')}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('volunteering.list.intro')}</p>
          <ul className="govuk-list">
            {me.data ? (
              <li>
                <Link className="govuk-link" to="/my-shifts">
                  {t('volunteering.list.myShifts')}
                </Link>
              </li>
            ) : null}
            <li>
              <Link className="govuk-link" to="/contributions/new">
                {t('volunteering.list.recordHelp')}
              </Link>
            </li>
          </ul>
        </div>
      </div>

      <OpportunityFilters
        key={params.toString()}
        initial={filters}
        services={serviceOptions}
        onSearch={(values) => void navigate(href(values))}
      />

      <h2 className="govuk-visually-hidden">{t('volunteering.list.results')}</h2>
      <StatusMessage>
        <p className={failed ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
      </StatusMessage>
      {opportunities.isSuccess && items.length === 0 ? (
        <p className="govuk-body">
          {filtered ? (
            <>
              {t('volunteering.list.emptyFilteredHint')}{' '}
              <Link className="govuk-link" to="/opportunities">
                {t('volunteering.list.clearFilters')}
              </Link>
            </>
          ) : (
            t('volunteering.list.emptyHint')
          )}
        </p>
      ) : null}
      {items.length > 0 && timeZone ? <OpportunityList opportunities={items} timeZone={timeZone} /> : null}
      {opportunities.hasNextPage ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={opportunities.isFetchingNextPage ? true : undefined}
          onClick={() => void showMore()}
        >
          {t('volunteering.list.showMore')}
        </button>
      ) : null}
    </>
  );
}
