import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';

/** "Loading…", or the error, in a polite live region. */
export function Loading({ failed = false }: { failed?: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusMessage>
      <p className={failed ? 'govuk-error-message' : 'govuk-body'}>
        {failed ? t('outcomes.error') : t('outcomes.loading')}
      </p>
    </StatusMessage>
  );
}
