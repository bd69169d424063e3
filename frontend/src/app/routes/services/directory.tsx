// The services directory: search and filters live in the URL, so back, forward and links work.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useServiceAreas } from '@/features/services/api/get-service-areas';
import { useServices, type ServiceSearch } from '@/features/services/api/get-services';
import { ServiceCard } from '@/features/services/components/service-card';
import { ServiceFilters, type ServiceFilterValues } from '@/features/services/components/service-filters';
import { readFlash, readPreviousCursors } from './flash';

const FILTER_KEYS = ['q', 'organisation', 'category', 'area'] as const;

function searchFromParams(params: URLSearchParams): ServiceSearch {
  const search: ServiceSearch = {};
  for (const key of [...FILTER_KEYS, 'cursor'] as const) {
    const value = params.get(key);
    if (value) search[key] = value;
  }
  return search;
}

function pageHref(search: ServiceSearch, cursor: string | undefined): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/services?${query}` : '/services';
}

export function DirectoryRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const search = searchFromParams(params);
  const services = useServices(search);
  const organisations = useOrganisations();
  const areas = useServiceAreas();
  const flash = readFlash(location.state);
  const previous = readPreviousCursors(location.state);
  useDocumentTitle(t('directory.title'));

  const filters: ServiceFilterValues = {
    q: search.q ?? '',
    organisation: search.organisation ?? '',
    category: search.category ?? '',
    area: search.area ?? '',
  };

  function onSearch(values: ServiceFilterValues) {
    void navigate(pageHref(values, undefined));
  }

  const page = services.data;
  const items = page?.items ?? [];

  let status = '';
  if (services.isError) status = t('directory.error');
  else if (!page) status = t('directory.loading');
  else if (items.length > 0) status = t('directory.showing', { count: items.length });
  else status = t('directory.empty');

  return (
    <>
      {flash?.kind === 'archived' ? (
        <NotificationBanner kind="success" heading={t('directory.archived', { name: flash.name })} />
      ) : null}
      <PageHeading>{t('directory.title')}</PageHeading>
      <p className="govuk-body">{t('directory.intro')}</p>

      <ServiceFilters
        key={params.toString()}
        initial={filters}
        organisations={(organisations.data?.items ?? []).map((organisation) => ({
          value: organisation.slug,
          label: organisation.name,
        }))}
        areas={areas.data?.items ?? []}
        onSearch={onSearch}
      />

      <h2 className="govuk-visually-hidden">{t('directory.resultsHeading')}</h2>
      <StatusMessage>
        <p className={services.isError ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
      </StatusMessage>

      {page && items.length === 0 ? <p className="govuk-body">{t('directory.emptyHint')}</p> : null}

      {items.length > 0 ? (
        <ul className="app-card-list">
          {items.map((service) => (
            <ServiceCard key={service.id} service={service} />
          ))}
        </ul>
      ) : null}

      {page && (page.nextCursor || search.cursor) ? (
        <nav className="app-pagination" aria-label={t('directory.pagination')}>
          {search.cursor && previous.length > 0 ? (
            <Link
              className="govuk-link"
              to={pageHref(search, previous[previous.length - 1] || undefined)}
              state={{ previous: previous.slice(0, -1) }}
            >
              {t('directory.previousPage')}
            </Link>
          ) : null}
          {search.cursor && previous.length === 0 ? (
            <Link className="govuk-link" to={pageHref(search, undefined)}>
              {t('directory.firstPage')}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link
              className="govuk-link"
              to={pageHref(search, page.nextCursor)}
              state={{ previous: [...previous, search.cursor ?? ''] }}
            >
              {t('directory.nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
