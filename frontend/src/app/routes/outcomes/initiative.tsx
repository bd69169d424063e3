// One co-production initiative: what it is (service, dates, Co's, description, comparison services)
// and its before/after evaluation over ?months= months (3, 6 or 12 offered; 6 by default). Staff of
// the service's organisation can change it.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { NotificationBanner } from '@/components/notification-banner';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { monthsFromParam } from '@/features/outcomes/api/evaluation';
import { useInitiative } from '@/features/outcomes/api/initiatives';
import { Evaluation } from '@/features/outcomes/components/evaluation';
import { Loading } from '@/features/outcomes/components/loading';
import { useInitiativeDates } from '@/features/outcomes/components/service-outcomes';
import { COS, editInitiativePath, serviceOutcomesPath, servicePath } from '@/features/outcomes/outcomes';
import { isApiError } from '@/lib/api-client';
import { canManageOrganisation, useMe } from '@/lib/auth';
import { paragraphs } from '@/lib/format';
import type { InitiativeView } from '@/types';
import { NotFoundRoute } from '../not-found';
import { readOutcomesFlash } from './flash';

function InitiativeDetails({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation();
  const dates = useInitiativeDates();
  const description = paragraphs(initiative.description);
  const comparisons = initiative.comparisonServices ?? [];
  const cos = COS.filter((co) => initiative.cos?.includes(co));
  return (
    <dl className="govuk-summary-list app-initiative-details">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.initiative.service')}</dt>
        <dd className="govuk-summary-list__value">
          <Link className="govuk-link" to={servicePath(initiative.service.slug)}>
            {initiative.service.name}
          </Link>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.initiative.dates')}</dt>
        <dd className="govuk-summary-list__value">{dates(initiative)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.initiative.cos')}</dt>
        <dd className="govuk-summary-list__value">
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {cos.map((co) => (
              <li key={co}>
                {t('outcomes.initiative.coWithHint', { name: t(`outcomes.cos.${co}.name`), hint: t(`outcomes.cos.${co}.hint`) })}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.initiative.description')}</dt>
        <dd className="govuk-summary-list__value">
          {description.length > 0
            ? description.map((paragraph, index) => (
                <p key={index} className="govuk-body">
                  {paragraph}
                </p>
              ))
            : t('outcomes.initiative.noDescription')}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('outcomes.initiative.comparisons')}</dt>
        <dd className="govuk-summary-list__value">
          {comparisons.length > 0 ? (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {comparisons.map((service) => (
                <li key={service.id}>
                  <Link className="govuk-link" to={servicePath(service.slug)}>
                    {service.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            t('outcomes.initiative.noComparisons')
          )}
        </dd>
      </div>
    </dl>
  );
}

export function InitiativeRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const me = useMe();
  const initiative = useInitiative(id);
  const months = monthsFromParam(params.get('months'));
  const flash = readOutcomesFlash(location.state);
  useDocumentTitle(initiative.data?.name ?? (initiative.isPending ? t('outcomes.loading') : undefined));

  if (initiative.isError && isApiError(initiative.error) && initiative.error.status === 404) return <NotFoundRoute />;
  if (!initiative.data) return <Loading failed={initiative.isError} />;

  const data = initiative.data;
  const canManage = canManageOrganisation(me.data, data.service.organisationId);

  return (
    <>
      <Link className="govuk-back-link" to={serviceOutcomesPath(data.service.slug)}>
        {t('outcomes.backTo', { name: data.service.name })}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {flash && flash.kind !== 'indicatorCreated' ? (
            <NotificationBanner
              kind="success"
              heading={flash.kind === 'initiativeCreated' ? t('outcomes.flash.initiativeCreated') : t('outcomes.flash.initiativeSaved')}
            >
              <p className="govuk-body">
                {flash.kind === 'initiativeCreated'
                  ? t('outcomes.flash.initiativeCreatedBody', { name: flash.name })
                  : t('outcomes.flash.initiativeSavedBody', { name: flash.name })}
              </p>
            </NotificationBanner>
          ) : null}
          <PageHeading caption={<span className="app-break-word">{data.service.name}</span>}>
            <span className="app-break-word">{data.name}</span>
          </PageHeading>
          <p className="govuk-body">{t('outcomes.initiative.intro')}</p>
          <InitiativeDetails initiative={data} />
          {canManage ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={editInitiativePath(data.id)}>
                {t('outcomes.initiative.change')}
              </Link>
            </p>
          ) : null}
          <Evaluation initiative={data} months={months} canManage={canManage} />
        </div>
      </div>
    </>
  );
}
