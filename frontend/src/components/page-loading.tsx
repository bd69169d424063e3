// Shown in <main> while a page's code is still arriving (each page beyond home and the directory is
// loaded on demand): the same polite "Loading" status the pages show while their data arrives.
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@/components/status-message';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <StatusMessage>
      <p className="govuk-body">{t('app.loading')}</p>
    </StatusMessage>
  );
}
