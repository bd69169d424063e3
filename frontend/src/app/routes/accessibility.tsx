// The accessibility statement, in the form UK public bodies publish (GOV.UK's model statement):
// who runs the website, how accessible it is, how to ask for another format or report a problem,
// the enforcement procedure, compliance status and how it was tested. Linked from every page's footer.
import { Trans, useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useFormatDate } from '@/lib/format';

/**
 * Where people ask for another format and report accessibility problems. A placeholder, like the
 * security contact in docs/security.md: each deployment sets its own with VITE_ACCESSIBILITY_EMAIL
 * when it builds the portal (see docs/accessibility.md).
 */
export const ACCESSIBILITY_EMAIL =
  (import.meta.env.VITE_ACCESSIBILITY_EMAIL as string | undefined) || 'accessibility@coproduce.example';

/** When this statement was prepared, last reviewed and the website last tested. */
export const STATEMENT_DATE = '2026-11-29';

const LINKS = {
  abilityNet: 'https://mcmw.abilitynet.org.uk/',
  eass: 'https://www.equalityadvisoryservice.com/',
  wcag: 'https://www.w3.org/TR/WCAG22/',
};

function EmailLink() {
  return (
    <p className="govuk-body">
      <a className="govuk-link app-break-word" href={`mailto:${ACCESSIBILITY_EMAIL}`}>
        {ACCESSIBILITY_EMAIL}
      </a>
    </p>
  );
}

/** A catalogue sentence with one link in it, marked <a>…</a>, so translators keep the word order. */
function Linked({ i18nKey, href }: { i18nKey: string; href: string }) {
  const { t } = useTranslation();
  return (
    <p className="govuk-body">
      <Trans t={t} i18nKey={i18nKey} components={{ a: <a className="govuk-link" href={href} /> }} />
    </p>
  );
}

function BulletList({ keys }: { keys: string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="govuk-list govuk-list--bullet">
      {keys.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}

export function AccessibilityRoute() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const date = formatDate(STATEMENT_DATE);
  const name = t('app.name');
  useDocumentTitle(t('accessibility.title'));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{t('accessibility.heading', { name })}</PageHeading>
        <p className="govuk-body">{t('accessibility.intro', { name })}</p>
        <p className="govuk-body">{t('accessibility.runBy', { name })}</p>
        <BulletList
          keys={['colours', 'zoom', 'narrow', 'keyboard', 'screenReader', 'language', 'charts'].map((key) => `accessibility.able.${key}`)}
        />
        <p className="govuk-body">{t('accessibility.plainLanguage')}</p>
        <Linked i18nKey="accessibility.abilityNet" href={LINKS.abilityNet} />

        <h2 className="govuk-heading-m">{t('accessibility.howAccessible.heading')}</h2>
        <p className="govuk-body">{t('accessibility.howAccessible.intro')}</p>
        <BulletList
          keys={['emails', 'welsh', 'csv', 'places', 'userContent', 'signIn'].map((key) => `accessibility.howAccessible.${key}`)}
        />

        <h2 className="govuk-heading-m">{t('accessibility.cannotAccess.heading')}</h2>
        <p className="govuk-body">{t('accessibility.cannotAccess.body')}</p>
        <EmailLink />
        <p className="govuk-body">{t('accessibility.cannotAccess.reply')}</p>
        <p className="govuk-body">{t('footer.help')}</p>

        <h2 className="govuk-heading-m">{t('accessibility.reporting.heading')}</h2>
        <p className="govuk-body">{t('accessibility.reporting.intro')}</p>
        <EmailLink />
        <p className="govuk-body">{t('accessibility.reporting.include')}</p>
        <BulletList keys={['page', 'what', 'setup'].map((key) => `accessibility.reporting.${key}`)} />
        <p className="govuk-body">{t('accessibility.reporting.reply')}</p>

        <h2 className="govuk-heading-m">{t('accessibility.enforcement.heading')}</h2>
        <p className="govuk-body">{t('accessibility.enforcement.body')}</p>
        <Linked i18nKey="accessibility.enforcement.eass" href={LINKS.eass} />

        <h2 className="govuk-heading-m">{t('accessibility.technical.heading')}</h2>
        <p className="govuk-body">{t('accessibility.technical.commitment')}</p>
        <h3 className="govuk-heading-s">{t('accessibility.technical.complianceHeading')}</h3>
        <Linked i18nKey="accessibility.technical.compliance" href={LINKS.wcag} />
        <h3 className="govuk-heading-s">{t('accessibility.technical.nonAccessibleHeading')}</h3>
        <p className="govuk-body">{t('accessibility.technical.nonCompliance')}</p>
        <h3 className="govuk-heading-s">{t('accessibility.technical.outOfScopeHeading')}</h3>
        <p className="govuk-body">{t('accessibility.technical.outOfScope')}</p>

        <h2 className="govuk-heading-m">{t('accessibility.improving.heading')}</h2>
        <p className="govuk-body">{t('accessibility.improving.intro')}</p>
        <BulletList keys={['welsh', 'emails', 'audit'].map((key) => `accessibility.improving.${key}`)} />

        <h2 className="govuk-heading-m">{t('accessibility.preparation.heading')}</h2>
        <p className="govuk-body">{t('accessibility.preparation.prepared', { date })}</p>
        <p className="govuk-body">{t('accessibility.preparation.tested', { date })}</p>
        <BulletList keys={['axe', 'keyboard', 'lighthouse'].map((key) => `accessibility.preparation.${key}`)} />
        <p className="govuk-body">{t('accessibility.preparation.results')}</p>
      </div>
    </div>
  );
}
