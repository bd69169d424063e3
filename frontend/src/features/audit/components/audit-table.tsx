// Audit entries, newest first: when, who, the action, the summary and the request id. From desktop
// width one table; below that (phones, or zoomed in) each entry is a short list, so nothing scrolls
// sideways. Only one of the two is ever displayed, so screen readers meet each entry once.
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '@/lib/format';
import type { AuditEntryView } from '@/types';

function useEntryText() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    when: (entry: AuditEntryView) =>
      t('audit.when', { date: formatDate(entry.occurredAt, language), time: formatTime(entry.occurredAt, language) }),
    who: (entry: AuditEntryView) => {
      if (entry.actorName) return entry.actorName;
      if (entry.actorClient) return t('audit.client', { client: entry.actorClient });
      return t('audit.system');
    },
  };
}

function RequestId({ entry }: { entry: AuditEntryView }) {
  return entry.requestId ? <code className="app-code app-request-id">{entry.requestId}</code> : null;
}

export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t } = useTranslation();
  const text = useEntryText();

  return (
    <>
      <table className="govuk-table app-compact-table app-audit-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{t('audit.caption')}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t('audit.columns.when')}
            </th>
            <th scope="col" className="govuk-table__header">
              {t('audit.columns.who')}
            </th>
            <th scope="col" className="govuk-table__header">
              {t('audit.columns.action')}
            </th>
            <th scope="col" className="govuk-table__header">
              {t('audit.columns.summary')}
            </th>
            <th scope="col" className="govuk-table__header">
              {t('audit.columns.requestId')}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <td className="govuk-table__cell">
                <time dateTime={entry.occurredAt}>{text.when(entry)}</time>
              </td>
              <td className="govuk-table__cell app-break-word">{text.who(entry)}</td>
              <td className="govuk-table__cell">
                <code className="app-code app-break-word">{entry.action}</code>
              </td>
              <td className="govuk-table__cell app-break-word">{entry.summary}</td>
              <td className="govuk-table__cell">
                <RequestId entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="app-audit-list" aria-label={t('audit.caption')}>
        {entries.map((entry) => (
          <li className="app-audit-list__item" key={entry.id}>
            <p className="govuk-body govuk-!-margin-bottom-2 app-break-word">{entry.summary}</p>
            <dl className="app-audit-list__details">
              <div>
                <dt>{t('audit.columns.when')}</dt>
                <dd>
                  <time dateTime={entry.occurredAt}>{text.when(entry)}</time>
                </dd>
              </div>
              <div>
                <dt>{t('audit.columns.who')}</dt>
                <dd>{text.who(entry)}</dd>
              </div>
              <div>
                <dt>{t('audit.columns.action')}</dt>
                <dd>
                  <code className="app-code">{entry.action}</code>
                </dd>
              </div>
              {entry.requestId ? (
                <div>
                  <dt>{t('audit.columns.requestId')}</dt>
                  <dd>
                    <RequestId entry={entry} />
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
