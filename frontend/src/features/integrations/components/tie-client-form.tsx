// Tie a machine client (by the id the identity provider issued) to the organisation it acts for, with
// a name to know it by here. Tying a client that is already tied moves it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { Select, TextInput } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import type { IntegratorClientView, OrganisationRef } from '@/types';
import { useTieIntegratorClient } from '../api/integrator-clients';
import { errorText, refusal, type FormError } from '../form-error';

type Field = 'clientId' | 'name' | 'organisationId';

const FIELD_ORDER: Field[] = ['clientId', 'name', 'organisationId'];
const FIELD_IDS: Record<Field, string> = {
  clientId: 'client-id',
  name: 'client-name',
  organisationId: 'client-organisation',
};
const NAME_MAX = 200;

function fieldFromApi(field: string): Field | null {
  const name = field.split('.').pop() ?? field;
  return FIELD_ORDER.find((candidate) => candidate === name) ?? null;
}

interface TieClientFormProps {
  organisations: OrganisationRef[];
  onTied: (client: IntegratorClientView) => void;
}

export function TieClientForm({ organisations, onTied }: TieClientFormProps) {
  const { t } = useTranslation();
  const tie = useTieIntegratorClient();
  const [values, setValues] = useState<Record<Field, string>>({ clientId: '', name: '', organisationId: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FormError>>>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const set = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: Field) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

  function fail(fields: Partial<Record<Field, FormError>>, general: FormError[] = []) {
    setFieldErrors(fields);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function validate(): Partial<Record<Field, FormError>> {
    const problems: Partial<Record<Field, FormError>> = {};
    if (!values.clientId.trim()) problems.clientId = { key: 'integrations.tie.errors.clientIdRequired' };
    if (!values.name.trim()) problems.name = { key: 'integrations.tie.errors.nameRequired' };
    else if (values.name.trim().length > NAME_MAX) problems.name = { key: 'integrations.tie.errors.nameTooLong', values: { max: NAME_MAX } };
    if (!values.organisationId) problems.organisationId = { key: 'integrations.tie.errors.organisationRequired' };
    return problems;
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const fields: Partial<Record<Field, FormError>> = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = fieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'integrations.errors.fromServer',
            values: { field: t(`integrations.tie.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    if (isApiError(error) && error.status === 404) {
      return fail({ organisationId: { key: 'integrations.tie.errors.organisationGone' } });
    }
    fail({}, [refusal(error, 'integrations.clients.forbidden')]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tie.isPending) return;
    const problems = validate();
    if (Object.keys(problems).length > 0) return fail(problems);
    try {
      const tied = await tie.mutateAsync({
        clientId: values.clientId.trim(),
        input: { organisationId: values.organisationId, name: values.name.trim() },
      });
      setFieldErrors({});
      setFormErrors([]);
      setValues({ clientId: '', name: '', organisationId: '' });
      onTied(tied);
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        <TextInput
          id={FIELD_IDS.clientId}
          label={t('integrations.tie.clientId')}
          hint={t('integrations.tie.clientIdHint')}
          error={errorFor('clientId')}
          value={values.clientId}
          onChange={(event) => set('clientId', event.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          className="govuk-!-width-two-thirds"
        />
        <TextInput
          id={FIELD_IDS.name}
          label={t('integrations.tie.name')}
          hint={t('integrations.tie.nameHint')}
          error={errorFor('name')}
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          autoComplete="off"
          className="govuk-!-width-two-thirds"
        />
        <Select
          id={FIELD_IDS.organisationId}
          label={t('integrations.tie.organisation')}
          hint={t('integrations.tie.organisationHint')}
          error={errorFor('organisationId')}
          placeholder={t('integrations.tie.chooseOrganisation')}
          options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          value={values.organisationId}
          onChange={(event) => set('organisationId', event.target.value)}
        />
        <button type="submit" className="govuk-button" aria-disabled={tie.isPending ? true : undefined}>
          {t('integrations.tie.submit')}
        </button>
      </form>
    </>
  );
}
