// My everyday contributions, latest first, each with a Delete button and a confirmation step.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { ContributionView } from '@/types';
import { useDeleteContribution } from '../api/contributions';
import { localeOf } from '../time';

interface DeleteContributionProps {
  contribution: ContributionView;
  /** what it is, "Litter picking on 14 March 2026", so each button says which it deletes */
  label: string;
  onDeleted: () => void;
}

function DeleteContribution({ contribution, label, onDeleted }: DeleteContributionProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const remove = useDeleteContribution();

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (returnFocus.current) openButtonRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={openButtonRef}
        type="button"
        className="app-link-button"
        onClick={() => setConfirming(true)}
      >
        {t('volunteering.contributions.delete')}
        <span className="govuk-visually-hidden"> {label}</span>
      </button>
    );
  }
  return (
    <div className="app-confirm govuk-!-margin-top-3 govuk-!-margin-bottom-0">
      <h4 className="govuk-heading-s" tabIndex={-1} ref={headingRef}>
        {t('volunteering.contributions.confirmHeading', { what: label })}
      </h4>
      <p className="govuk-body">{t('volunteering.contributions.confirmBody')}</p>
      {remove.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {t('volunteering.contributions.deleteFailed')}
        </p>
      ) : null}
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={remove.isPending ? true : undefined}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate(contribution.id, { onSuccess: onDeleted });
          }}
        >
          {t('volunteering.contributions.confirmDelete')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            returnFocus.current = true;
            remove.reset();
            setConfirming(false);
          }}
        >
          {t('volunteering.contributions.keep')}
        </button>
      </div>
    </div>
  );
}

export function ContributionList({ contributions, onDeleted }: { contributions: ContributionView[]; onDeleted: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const numbers = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 });
  return (
    <ul className="app-card-list">
      {contributions.map((contribution) => {
        const date = formatDate(contribution.date, language);
        const label = t('volunteering.contributions.itemLabel', { kind: contribution.kind.name, date });
        return (
          <li className="app-card" key={contribution.id}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-break-word">{contribution.kind.name}</h3>
            <dl className="app-card__meta">
              <div>
                <dt>{t('volunteering.contributions.service')}:</dt> <dd className="app-break-word">{contribution.service.name}</dd>
              </div>
              <div>
                <dt>{t('volunteering.contributions.date')}:</dt> <dd>{date}</dd>
              </div>
              {contribution.hours ? (
                <div>
                  <dt>{t('volunteering.contributions.hours')}:</dt>{' '}
                  <dd>{t('volunteering.hours', { count: contribution.hours, hours: numbers.format(contribution.hours) })}</dd>
                </div>
              ) : null}
            </dl>
            {contribution.note ? (
              <p className="govuk-body app-excerpt app-break-word govuk-!-margin-top-2">{contribution.note}</p>
            ) : null}
            <DeleteContribution contribution={contribution} label={label} onDeleted={onDeleted} />
          </li>
        );
      })}
    </ul>
  );
}
