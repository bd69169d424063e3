import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> – Coproduce" in the current language. */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    if (page) document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
