// The public record of one service: what it is, who runs it, where, and how to get in touch.
import { useTranslation } from 'react-i18next';
import type { ServiceView } from '@/types';

/** Plain text to paragraphs: a blank line starts a new one. Never HTML. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function ServiceDetails({ service }: { service: ServiceView }) {
  const { t } = useTranslation();
  const { email, phone, website } = service.contact;
  const hasContact = Boolean(email || phone || website);

  return (
    <>
      <p className="govuk-body-l app-break-word">{service.summary}</p>

      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('service.organisation')}</dt>
          <dd className="govuk-summary-list__value">{service.organisation.name}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('service.category')}</dt>
          <dd className="govuk-summary-list__value">{t(`categories.${service.category}`)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('service.areaServed')}</dt>
          <dd className="govuk-summary-list__value">{service.areaServed}</dd>
        </div>
      </dl>

      {service.description ? (
        <>
          <h2 className="govuk-heading-m">{t('service.about')}</h2>
          <div className="app-description">
            {paragraphs(service.description).map((paragraph, index) => (
              <p key={index} className="govuk-body">
                {paragraph}
              </p>
            ))}
          </div>
        </>
      ) : null}

      <h2 className="govuk-heading-m">{t('service.contact')}</h2>
      {hasContact ? (
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {email ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('service.email')}</dt>
              <dd className="govuk-summary-list__value app-break-word">
                <a className="govuk-link" href={`mailto:${email}`}>
                  {email}
                </a>
              </dd>
            </div>
          ) : null}
          {phone ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('service.phone')}</dt>
              <dd className="govuk-summary-list__value">
                <a className="govuk-link" href={telHref(phone)}>
                  {phone}
                </a>
              </dd>
            </div>
          ) : null}
          {website && /^https?:\/\//i.test(website) ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('service.website')}</dt>
              <dd className="govuk-summary-list__value app-break-word">
                <a className="govuk-link" href={website} rel="noreferrer noopener external">
                  {website}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="govuk-body">{t('service.noContact')}</p>
      )}
    </>
  );
}
