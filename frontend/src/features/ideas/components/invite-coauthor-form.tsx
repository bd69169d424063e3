// The author invites a co-author by email, with the GOV.UK error summary pattern.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { TextInput } from '@/components/form/fields';
import { isApiError } from '@/lib/api-client';
import { EMAIL_MAX, MAX_COAUTHORS, useInviteCoauthor } from '../api/coauthors';

type FormError = { key: string } | { text: string };

const FIELD_ID = 'coauthor-email';
/** Just enough to catch a slip; the API decides what a valid address is. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface InviteCoauthorFormProps {
  ideaId: string;
  /** my own address, so inviting myself is caught before it is sent */
  myEmail: string | undefined;
  onInvited: (email: string) => void;
}

export function InviteCoauthorForm({ ideaId, myEmail, onInvited }: InviteCoauthorFormProps) {
  const { t } = useTranslation();
  const invite = useInviteCoauthor();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<FormError | null>(null);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const message = (error: FormError) => ('key' in error ? t(error.key, { max: MAX_COAUTHORS }) : error.text);

  function fail(field: FormError | null, general: FormError | null = null) {
    setFieldError(field);
    setFormError(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (!isApiError(error)) return fail(null, { key: 'coauthors.errors.generic' });
    switch (error.status) {
      case 0:
        return fail(null, { key: 'form.errors.network' });
      case 400: {
        const onEmail = error.fieldErrors.find((e) => e.field === 'email' || e.field.endsWith('.email'));
        // the API refuses an invalid address or my own; its words are English, so say it in ours
        if (onEmail) {
          return fail({ key: /own/i.test(onEmail.message) ? 'coauthors.errors.ownEmail' : 'coauthors.errors.emailInvalid' });
        }
        return fail(null, error.detail ? { text: error.detail } : { key: 'coauthors.errors.generic' });
      }
      case 401:
        return fail(null, { key: 'coauthors.errors.signedOut' });
      case 403:
        return fail(null, { key: 'coauthors.errors.forbidden' });
      case 404:
        return fail(null, { key: 'coauthors.errors.ideaGone' });
      case 409:
        return fail(null, { key: 'coauthors.errors.cannotJoin' });
      case 429:
        return fail(null, error.detail ? { text: error.detail } : { key: 'coauthors.errors.tooMany' });
      default:
        return fail(null, { key: 'coauthors.errors.generic' });
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    const address = email.trim();
    if (!address) return fail({ key: 'coauthors.errors.emailRequired' });
    if (address.length > EMAIL_MAX || !LOOKS_LIKE_EMAIL.test(address)) return fail({ key: 'coauthors.errors.emailInvalid' });
    if (myEmail && address.toLowerCase() === myEmail.toLowerCase()) return fail({ key: 'coauthors.errors.ownEmail' });
    try {
      await invite.mutateAsync({ ideaId, email: address });
      setFieldError(null);
      setFormError(null);
      setEmail('');
      onInvited(address);
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ message: message(formError) }] : []),
    ...(fieldError ? [{ fieldId: FIELD_ID, message: message(fieldError) }] : []),
  ];

  return (
    <form noValidate onSubmit={submit}>
      <h3 className="govuk-heading-s">{t('coauthors.inviteHeading')}</h3>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextInput
        id={FIELD_ID}
        type="email"
        label={t('coauthors.email')}
        hint={t('coauthors.emailHint')}
        error={fieldError ? message(fieldError) : undefined}
        value={email}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setEmail(event.target.value)}
      />
      <button type="submit" className="govuk-button" aria-disabled={invite.isPending ? true : undefined}>
        {t('coauthors.invite')}
      </button>
    </form>
  );
}
