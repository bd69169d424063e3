// Ideas, for one service (or challenge) or all: search, status and order live in the URL.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { isIdeaSort, useIdeas, type IdeaSearch } from '@/features/ideas/api/get-ideas';
import { IdeaFilters, type IdeaFilterValues } from '@/features/ideas/components/idea-filters';
import { IdeaList } from '@/features/ideas/components/idea-list';
import { isIdeaStatus } from '@/features/ideas/statuses';
import { useService } from '@/features/services/api/get-service';
import { readPreviousCursors } from '../services/flash';

function searchFromParams(params: URLSearchParams): IdeaSearch {
  const search: IdeaSearch = {};
  for (const key of ['service', 'challenge', 'q', 'cursor'] as const) {
    const value = params.get(key);
    if (value) search[key] = value;
  }
  const status = params.get('status');
  if (isIdeaStatus(status) && status !== 'WITHDRAWN') search.status = status;
  const sort = params.get('sort');
  if (isIdeaSort(sort) && sort !== 'newest') search.sort = sort;
  return search;
}

function pageHref(search: IdeaSearch, cursor: string | undefined): string {
  const params = new URLSearchParams();
  for (const key of ['service', 'challenge', 'status', 'sort', 'q'] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/ideas?${query}` : '/ideas';
}

export function IdeasRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const search = searchFromParams(params);
  const ideas = useIdeas(search);
  const service = useService(search.service ?? '');
  const serviceName = search.service ? service.data?.name : undefined;
  const title = serviceName ? t('ideas.titleFor', { service: serviceName }) : t('ideas.title');
  const previous = readPreviousCursors(location.state);
  useDocumentTitle(title);

  function onSearch(values: IdeaFilterValues) {
    void navigate(
      pageHref(
        {
          service: search.service,
          challenge: search.challenge,
          q: values.q || undefined,
          status: isIdeaStatus(values.status) ? values.status : undefined,
          sort: isIdeaSort(values.sort) && values.sort !== 'newest' ? values.sort : undefined,
        },
        undefined,
      ),
    );
  }

  const page = ideas.data;
  const items = page?.items ?? [];
  let status = '';
  if (ideas.isError) status = t('ideas.error');
  else if (!page) status = t('ideas.loading');
  else if (items.length > 0) status = t('ideas.showing', { count: items.length });
  else status = t('ideas.empty');

  return (
    <>
      <PageHeading caption={serviceName ? t('ideas.title') : undefined}>
        <span className="app-break-word">{title}</span>
      </PageHeading>
      <p className="govuk-body">{t('ideas.intro')}</p>
      {search.service && service.data ? (
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`/ideas/new?service=${encodeURIComponent(search.service)}`}>
              {t('ideas.propose')}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/services/${encodeURIComponent(service.data.slug)}`}>
              {t('ideas.backToService', { service: service.data.name })}
            </Link>
          </li>
        </ul>
      ) : null}

      <IdeaFilters
        key={params.toString()}
        initial={{ q: search.q ?? '', status: search.status ?? '', sort: search.sort ?? 'newest' }}
        onSearch={onSearch}
      />

      <h2 className="govuk-visually-hidden">{t('ideas.resultsHeading')}</h2>
      <StatusMessage>
        <p className={ideas.isError ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
      </StatusMessage>
      {page && items.length === 0 ? <p className="govuk-body">{t('ideas.emptyHint')}</p> : null}
      {items.length > 0 ? <IdeaList ideas={items} showService={!search.service} /> : null}

      {page && (page.nextCursor || search.cursor) ? (
        <nav className="app-pagination" aria-label={t('ideas.pagination')}>
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
