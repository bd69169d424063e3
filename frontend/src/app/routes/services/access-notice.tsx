// What someone sees when they may not use a staff page: a sign-in prompt, or why they cannot.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { signInUrl } from '@/lib/api-client';

export function SignInNotice({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  useDocumentTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{title}</PageHeading>
        <p className="govuk-body">{body}</p>
        <a
          href={signInUrl(location.pathname + location.search)}
          role="button"
          draggable="false"
          className="govuk-button govuk-button--start"
        >
          {t('access.signInButton')}
        </a>
      </div>
    </div>
  );
}

export function NotAllowedNotice({ title, body, help }: { title: string; body: string; help?: string }) {
  useDocumentTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{title}</PageHeading>
        <p className="govuk-body">{body}</p>
        {help ? <p className="govuk-body">{help}</p> : null}
      </div>
    </div>
  );
}
