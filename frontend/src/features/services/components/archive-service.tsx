// "Archive this service" with a confirmation step; archiving hides the service from everyone.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { ServiceView } from '@/types';
import { useArchiveService } from '../api/archive-service';

export function ArchiveService({ service, onArchived }: { service: ServiceView; onArchived: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const archive = useArchiveService();

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (returnFocus.current) openButtonRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={openButtonRef}
        type="button"
        className="govuk-button govuk-button--warning"
        onClick={() => setConfirming(true)}
      >
        {t('service.archive')}
      </button>
    );
  }

  return (
    <div className="app-confirm">
      <h3 className="govuk-heading-m" tabIndex={-1} ref={headingRef}>
        {t('service.confirmHeading', { name: service.name })}
      </h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('app.warning')}</span>
          {t('service.confirmWarning')}
        </strong>
      </div>
      {archive.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {isApiError(archive.error) && archive.error.status === 412
            ? t('form.errors.conflict')
            : t('service.archiveFailed')}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          aria-disabled={archive.isPending ? true : undefined}
          onClick={() => {
            if (archive.isPending) return;
            archive.mutate(service, { onSuccess: onArchived });
          }}
        >
          {t('service.confirmArchive')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            returnFocus.current = true;
            archive.reset();
            setConfirming(false);
          }}
        >
          {t('service.cancel')}
        </button>
      </div>
    </div>
  );
}
