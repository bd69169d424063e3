// Opportunities in a list of results: title, service, place, next shift and places left.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpportunityView } from '@/types';
import { useShiftFormat } from './use-shift-format';

export const opportunityTitleId = (id: string) => `opportunity-${id}`;

function OpportunityCard({ opportunity, timeZone }: { opportunity: OpportunityView; timeZone: string }) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  return (
    <li className="app-card">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-2 app-break-word">
        <Link
          className="govuk-link"
          id={opportunityTitleId(opportunity.id)}
          to={`/opportunities/${encodeURIComponent(opportunity.id)}`}
        >
          {opportunity.title}
        </Link>
      </h3>
      <dl className="app-card__meta">
        <div>
          <dt>{t('volunteering.card.service')}:</dt> <dd className="app-break-word">{opportunity.service.name}</dd>
        </div>
        {opportunity.placeName ? (
          <div>
            <dt>{t('volunteering.card.place')}:</dt> <dd className="app-break-word">{opportunity.placeName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('volunteering.card.nextShift')}:</dt>{' '}
          <dd>{opportunity.nextShiftAt ? format.dateTime(opportunity.nextShiftAt) : t('volunteering.card.noShifts')}</dd>
        </div>
        {opportunity.nextShiftAt ? (
          <div>
            <dt>{t('volunteering.card.places')}:</dt>{' '}
            <dd>
              {opportunity.placesLeft > 0
                ? t('volunteering.card.placesLeft', { count: opportunity.placesLeft })
                : t('volunteering.card.full')}
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

export function OpportunityList({ opportunities, timeZone }: { opportunities: OpportunityView[]; timeZone: string }) {
  return (
    <ul className="app-card-list">
      {opportunities.map((opportunity) => (
        <OpportunityCard key={opportunity.id} opportunity={opportunity} timeZone={timeZone} />
      ))}
    </ul>
  );
}
