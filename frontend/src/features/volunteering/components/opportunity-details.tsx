// What an opportunity involves: its description, then service, place, what to bring, skills, age and checks.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paragraphs } from '@/lib/format';
import type { OpportunityView } from '@/types';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-break-word">{children}</dd>
    </div>
  );
}

export function OpportunityDetails({ opportunity }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const skills = opportunity.skills ?? [];
  const checks = opportunity.checks ?? [];
  return (
    <>
      <div className="app-description">
        {paragraphs(opportunity.description).map((paragraph, index) => (
          <p key={index} className="govuk-body">
            {paragraph}
          </p>
        ))}
      </div>
      <dl className="govuk-summary-list govuk-!-margin-top-6">
        <Row label={t('volunteering.details.service')}>
          <Link className="govuk-link" to={`/services/${encodeURIComponent(opportunity.service.slug)}`}>
            {opportunity.service.name}
          </Link>
        </Row>
        {opportunity.placeName ? <Row label={t('volunteering.details.place')}>{opportunity.placeName}</Row> : null}
        {opportunity.whatToBring ? (
          <Row label={t('volunteering.details.bring')}>
            {paragraphs(opportunity.whatToBring).map((paragraph, index) => (
              <p key={index} className="govuk-body">
                {paragraph}
              </p>
            ))}
          </Row>
        ) : null}
        {skills.length > 0 ? (
          <Row label={t('volunteering.details.skills')}>
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {skills.map((skill) => (
                <li key={skill}>{skill}</li>
              ))}
            </ul>
          </Row>
        ) : null}
        <Row label={t('volunteering.details.age')}>
          {opportunity.minimumAge
            ? t('volunteering.details.ageOrOver', { age: opportunity.minimumAge })
            : t('volunteering.details.anyAge')}
        </Row>
        {checks.length > 0 ? (
          <Row label={t('volunteering.details.checks')}>
            <ul className="govuk-list govuk-!-margin-bottom-2">
              {checks.map((check) => (
                <li key={check}>{check}</li>
              ))}
            </ul>
            <p className="govuk-body-s govuk-!-margin-bottom-0">{t('volunteering.details.checksHint')}</p>
          </Row>
        ) : null}
      </dl>
    </>
  );
}
