// Check in on site with the code staff show, from 30 minutes before the start until the end.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/error-summary';
import { TextInput } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import type { SignupView } from '@/types';
import { useCheckIn } from '../api/signups';

interface CheckInFormProps {
  shiftId: string;
  when: string;
  onCheckedIn: (signup: SignupView) => void;
}

export function CheckInForm({ shiftId, when, onCheckedIn }: CheckInFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ message: string; field: boolean } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const checkIn = useCheckIn();
  const fieldId = `check-in-${shiftId}`;

  function fail(message: string, field: boolean) {
    setError({ message, field });
    setAttempt((n) => n + 1);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checkIn.isPending) return;
    const value = code.trim().toUpperCase();
    if (!value) return fail(t('volunteering.checkIn.codeRequired'), true);
    checkIn.mutate(
      { shiftId, code: value },
      {
        onSuccess: (signup) => {
          setError(null);
          onCheckedIn(signup);
        },
        onError: (problem) => {
          if (!isApiError(problem)) return fail(t('volunteering.errors.generic'), false);
          if (problem.status === 400) return fail(t('volunteering.checkIn.wrongCode'), true);
          if (problem.status === 409) return fail(problem.detail || t('volunteering.checkIn.notNow'), false);
          if (problem.status === 429) return fail(t('volunteering.checkIn.tooMany'), false);
          if (problem.status === 0) return fail(t('volunteering.errors.network'), false);
          return fail(t('volunteering.errors.generic'), false);
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={submit} className="app-check-in-form" aria-label={t('volunteering.checkIn.formLabel', { when })}>
      <ErrorSummary
        errors={error ? [{ fieldId: error.field ? fieldId : undefined, message: error.message }] : []}
        focusKey={attempt}
      />
      <TextInput
        id={fieldId}
        label={t('volunteering.checkIn.code')}
        hint={t('volunteering.checkIn.codeHint')}
        error={error?.field ? error.message : undefined}
        className="govuk-input--width-10 app-code"
        value={code}
        maxLength={12}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        onChange={(event) => setCode(event.target.value)}
      />
      <button type="submit" className="govuk-button govuk-!-margin-bottom-0" aria-disabled={checkIn.isPending ? true : undefined}>
        {t('volunteering.checkIn.submit')}
      </button>
    </form>
  );
}
