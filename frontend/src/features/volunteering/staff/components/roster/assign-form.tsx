// Staff give a named person a place by email. When the shift is full the API asks for a reason,
// and the form shows a field for it; the reason goes to the audit log.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { TextInput, Textarea } from '@/components/form/fields';
import { StatusMessage } from '@/components/status-message';
import { isApiError } from '@/lib/api-client';
import type { ShiftView, SignupView } from '@/types';
import { useAssign } from '../../api/roster';
import { errorText, generalError, type FormError } from '../form-error';
import { REASON_MAX } from './move-form';
import { personName, saysFull } from './person';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface AssignFormProps {
  shift: ShiftView;
  waitlisted: SignupView[];
}

export function AssignForm({ shift, waitlisted }: AssignFormProps) {
  const { t } = useTranslation();
  const assign = useAssign();
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState('');
  const [askReason, setAskReason] = useState(false);
  const [errors, setErrors] = useState<{ email?: FormError; reason?: FormError; form?: FormError }>({});
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState('');
  const full = shift.placesLeft <= 0;
  const showReason = full || askReason;

  function fail(next: typeof errors) {
    setErrors(next);
    setDone('');
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assign.isPending) return;
    const address = email.trim();
    const why = reason.trim();
    if (!address) return fail({ email: { key: 'volunteeringStaff.assign.errors.emailRequired' } });
    if (!EMAIL.test(address) || address.length > 254) {
      return fail({ email: { key: 'volunteeringStaff.assign.errors.emailInvalid' } });
    }
    if (why.length > REASON_MAX) return fail({ reason: { key: 'volunteeringStaff.roster.errors.reasonTooLong' } });
    try {
      const result = await assign.mutateAsync({
        shiftId: shift.id,
        input: showReason && why ? { email: address, overCapacityReason: why } : { email: address },
      });
      const name = personName(t, result.signup);
      const wasWaiting = waitlisted.some((signup) => signup.person?.id && signup.person.id === result.signup.person?.id);
      setErrors({});
      setEmail('');
      setReason('');
      setAskReason(false);
      setDone(
        result.created
          ? t('volunteeringStaff.assign.assigned', { name })
          : wasWaiting
            ? t('volunteeringStaff.assign.fromWaitlist', { name })
            : t('volunteeringStaff.assign.alreadyThere', { name }),
      );
    } catch (error) {
      if (isApiError(error) && error.status === 409 && (saysFull(error.detail) || (!error.detail && full))) {
        setAskReason(true);
        return fail({ reason: { key: 'volunteeringStaff.assign.errors.fullGiveReason' } });
      }
      if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
        return fail({ email: { key: 'volunteeringStaff.assign.errors.emailInvalid' } });
      }
      fail({ form: generalError(error) });
    }
  }

  const summary: SummaryError[] = [
    ...(errors.form ? [{ message: errorText(t, errors.form) }] : []),
    ...(errors.email ? [{ fieldId: 'assign-email', message: errorText(t, errors.email) }] : []),
    ...(errors.reason ? [{ fieldId: 'assign-reason', message: errorText(t, errors.reason) }] : []),
  ];

  return (
    <section aria-labelledby="assign-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="assign-heading">
        {t('volunteeringStaff.assign.heading')}
      </h2>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <p className="govuk-body">{t('volunteeringStaff.assign.intro')}</p>
      <form noValidate onSubmit={submit}>
        <TextInput
          id="assign-email"
          type="email"
          label={t('volunteeringStaff.assign.email')}
          hint={t('volunteeringStaff.assign.emailHint')}
          error={errors.email ? errorText(t, errors.email) : undefined}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        {showReason ? (
          <Textarea
            id="assign-reason"
            label={t('volunteeringStaff.roster.reason')}
            hint={t('volunteeringStaff.assign.reasonHint')}
            error={errors.reason ? errorText(t, errors.reason) : undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
          />
        ) : null}
        <button type="submit" className="govuk-button" aria-disabled={assign.isPending ? true : undefined}>
          {t('volunteeringStaff.assign.submit')}
        </button>
        <StatusMessage>{done ? <p className="govuk-body govuk-!-font-weight-bold">{done}</p> : null}</StatusMessage>
      </form>
    </section>
  );
}
