// Staff of the service's organisation mark a promised change as done; the reviewer is then asked
// whether it happened and made a difference.
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { ChangeView } from '@/types';
import { useMarkChangeDone } from '../api/changes';

interface MarkDoneProps {
  change: ChangeView;
  onDone: (change: ChangeView) => void;
}

export function MarkDone({ change, onDone }: MarkDoneProps) {
  const { t } = useTranslation();
  const markDone = useMarkChangeDone();

  function errorMessage(): string {
    const error = markDone.error;
    if (isApiError(error)) {
      if (error.status === 0) return t('form.errors.network');
      if (error.status === 401) return t('ratings.done.errors.signedOut');
      if (error.status === 403) return t('ratings.done.errors.forbidden');
      if (error.status === 404) return t('ratings.done.errors.gone');
      if (error.status === 409) return t('ratings.done.errors.alreadyDone');
      if (error.status === 412) return t('ratings.done.errors.stale');
    }
    return t('ratings.done.errors.generic');
  }

  return (
    <section aria-labelledby="mark-done-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="mark-done-heading">
        {t('ratings.done.heading')}
      </h2>
      <p className="govuk-body">{t('ratings.done.intro')}</p>
      {markDone.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {errorMessage()}
        </p>
      ) : null}
      <button
        type="button"
        className="govuk-button"
        aria-disabled={markDone.isPending ? true : undefined}
        onClick={() => {
          if (markDone.isPending) return;
          markDone.mutate(
            { id: change.id, version: change.version },
            // a 409 or 412 keeps this page as it was, with a message that says to reload it
            { onSuccess: onDone },
          );
        }}
      >
        {t('ratings.done.button')}
      </button>
    </section>
  );
}
