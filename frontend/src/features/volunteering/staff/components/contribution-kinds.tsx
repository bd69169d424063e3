// Staff add kinds of everyday contribution (such as "Litter picked") to their service's list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/error-summary';
import { TextInput } from '@/components/form/fields';
import { StatusMessage } from '@/components/status-message';
import type { ServiceRef } from '@/types';
import { useAddContributionKind, useContributionKinds } from '../api/contribution-kinds';
import { errorText, generalError, type FormError } from './form-error';

const NAME_MAX = 80;

export function ContributionKinds({ service }: { service: ServiceRef }) {
  const { t } = useTranslation();
  const kinds = useContributionKinds(service.id);
  const add = useAddContributionKind();
  const [name, setName] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState('');

  function fail(next: FormError) {
    setError(next);
    setDone('');
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed) return fail({ key: 'volunteeringStaff.kinds.errors.nameRequired' });
    if (trimmed.length > NAME_MAX) return fail({ key: 'volunteeringStaff.kinds.errors.nameTooLong' });
    const existing = kinds.data?.items ?? [];
    try {
      const kind = await add.mutateAsync({ serviceId: service.id, name: trimmed });
      setError(null);
      setName('');
      setDone(
        existing.some((item) => item.id === kind.id)
          ? t('volunteeringStaff.kinds.alreadyThere', { name: kind.name })
          : t('volunteeringStaff.kinds.added', { name: kind.name }),
      );
    } catch (caught) {
      fail(generalError(caught));
    }
  }

  const message = error ? errorText(t, error) : undefined;
  const items = kinds.data?.items ?? [];

  return (
    <section aria-labelledby="kinds-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="kinds-heading">
        {t('volunteeringStaff.kinds.heading')}
      </h2>
      <p className="govuk-body">{t('volunteeringStaff.kinds.intro', { service: service.name })}</p>
      {kinds.isPending ? (
        <p className="govuk-body">{t('volunteeringStaff.loading')}</p>
      ) : kinds.isError ? (
        <p className="govuk-error-message">{t('volunteeringStaff.kinds.loadError')}</p>
      ) : items.length === 0 ? (
        <p className="govuk-body">{t('volunteeringStaff.kinds.none')}</p>
      ) : (
        <>
          <h3 className="govuk-heading-s">{t('volunteeringStaff.kinds.listHeading')}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {items.map((kind) => (
              <li key={kind.id} className="app-break-word">
                {kind.name}
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorSummary errors={message ? [{ fieldId: 'kind-name', message }] : []} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        <TextInput
          id="kind-name"
          label={t('volunteeringStaff.kinds.name')}
          hint={t('volunteeringStaff.kinds.nameHint')}
          error={message}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={add.isPending ? true : undefined}>
          {t('volunteeringStaff.kinds.add')}
        </button>
        <StatusMessage>{done ? <p className="govuk-body govuk-!-font-weight-bold">{done}</p> : null}</StatusMessage>
      </form>
    </section>
  );
}
