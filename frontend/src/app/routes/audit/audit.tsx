// /audit (staff and admins): search the audit log. Filters and the page live in the URL, so a search
// can be linked to and Back works; "Next page" follows the API's cursor. Admins see every entry,
// staff their organisations' entries; anyone else is told the log is for staff and admins only.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { StatusMessage } from '@/components/status-message';
import { useDocumentTitle } from '@/components/use-document-title';
import { useAuditLog } from '@/features/audit/api/get-audit-log';
import { AuditFilters } from '@/features/audit/components/audit-filters';
import { AuditTable } from '@/features/audit/components/audit-table';
import {
  apiSearch,
  auditHref,
  filtersFromParams,
  linkFiltersFromParams,
  type AuditFilterValues,
} from '@/features/audit/search';
import { isApiError } from '@/lib/api-client';
import { isAdmin, isStaff, useMe } from '@/lib/auth';
import { NotAllowedNotice, SignInNotice } from '../services/access-notice';
import { readPreviousCursors } from '../services/flash';

export function AuditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const me = useMe();
  const staff = isStaff(me.data);
  const filters = filtersFromParams(params);
  const links = linkFiltersFromParams(params);
  const cursor = params.get('cursor') ?? undefined;
  const log = useAuditLog(apiSearch(filters, links, cursor), { enabled: staff });
  const previous = readPreviousCursors(location.state);
  useDocumentTitle(t('audit.title'));

  if (me.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('app.loading')}</p>
      </StatusMessage>
    );
  }
  if (!me.data) return <SignInNotice title={t('audit.signInTitle')} body={t('audit.signInBody')} />;
  const refused = log.isError && isApiError(log.error) && log.error.status === 403;
  if (!staff || refused) {
    return <NotAllowedNotice title={t('audit.notStaffTitle')} body={t('audit.notStaffBody')} />;
  }

  function onSearch(values: AuditFilterValues) {
    void navigate(auditHref(values, links));
  }

  const page = log.data;
  const items = page?.items ?? [];
  const filtered = [...params.keys()].some((key) => key !== 'cursor');
  const linkFiltered = Object.keys(links).length > 0;

  let status = '';
  if (log.isError) status = isApiError(log.error) && log.error.status === 400 ? t('audit.badSearch') : t('audit.error');
  else if (!page) status = t('audit.loading');
  else if (items.length > 0) status = t('audit.showing', { count: items.length });
  else status = filtered ? t('audit.emptyFiltered') : t('audit.empty');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <PageHeading>{t('audit.title')}</PageHeading>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">{t('audit.intro')}</p>
            <p className="govuk-body">{isAdmin(me.data) ? t('audit.adminScope') : t('audit.staffScope')}</p>
          </div>
        </div>

        <AuditFilters key={params.toString()} initial={filters} filtered={filtered} onSearch={onSearch} />
        {linkFiltered ? <p className="govuk-body">{t('audit.linkFiltered')}</p> : null}

        <h2 className="govuk-visually-hidden">{t('audit.resultsHeading')}</h2>
        <StatusMessage>
          <p className={log.isError ? 'govuk-error-message' : 'govuk-body govuk-!-font-weight-bold'}>{status}</p>
        </StatusMessage>
        {page && items.length === 0 && filtered ? <p className="govuk-body">{t('audit.emptyHint')}</p> : null}

        {items.length > 0 ? <AuditTable entries={items} /> : null}

        {page && (page.nextCursor || cursor) ? (
          <nav className="app-pagination" aria-label={t('audit.pagination')}>
            {cursor && previous.length > 0 ? (
              <Link
                className="govuk-link"
                to={auditHref(filters, links, previous[previous.length - 1] || undefined)}
                state={{ previous: previous.slice(0, -1) }}
              >
                {t('audit.previousPage')}
              </Link>
            ) : null}
            {cursor && previous.length === 0 ? (
              <Link className="govuk-link" to={auditHref(filters, links)}>
                {t('audit.firstPage')}
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link
                className="govuk-link"
                to={auditHref(filters, links, page.nextCursor)}
                state={{ previous: [...previous, cursor ?? ''] }}
              >
                {t('audit.nextPage')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>
    </div>
  );
}
