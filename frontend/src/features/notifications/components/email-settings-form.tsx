// How often we email someone about new notifications, as GOV.UK radios, and (where there is room, on
// their account page) a different choice for each kind of notification, "Same as above" leaving the
// kind to follow the radios. Where the kinds are not shown, the choices made for them are kept as
// they are. Saving says what will happen from now on, in a success banner that takes focus.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import { FocusOnMount } from '@/components/focus-on-mount';
import { Select } from '@/components/form/fields';
import { NotificationBanner } from '@/components/notification-banner';
import { StatusMessage } from '@/components/status-message';
import { isApiError } from '@/lib/api-client';
import type { EmailFrequency, NotificationKind, NotificationSettings } from '@/types';
import {
  EMAIL_FREQUENCIES,
  NOTIFICATION_KINDS,
  URGENT_KINDS,
  exceptionsOf,
  useNotificationSettings,
  useSaveNotificationSettings,
  type ByKind,
} from '../api/notification-settings';

const radioId = (frequency: EmailFrequency) => `email-frequency-${frequency}`;
const kindId = (kind: NotificationKind) => `email-kind-${kind.toLowerCase().replace(/_/g, '-')}`;

/** The order of a kind's own choices: the one nearest "as it happens" first. */
const KIND_CHOICES: readonly EmailFrequency[] = ['IMMEDIATE', 'DAILY_DIGEST', 'NONE'];

function saveErrorKey(error: unknown): string {
  if (!isApiError(error)) return 'notifications.email.errors.generic';
  if (error.status === 0) return 'form.errors.network';
  if (error.status === 401) return 'notifications.email.errors.signedOut';
  if (error.status === 400) return 'notifications.email.errors.choose';
  return 'notifications.email.errors.generic';
}

interface EmailSettingsFormProps {
  email?: string;
  /** offer a choice for each kind of notification */
  perKind?: boolean;
  /** where the choices for each kind are made, when they are not offered here */
  perKindTo?: string;
}

export function EmailSettingsForm({ email, perKind = false, perKindTo }: EmailSettingsFormProps) {
  const { t } = useTranslation();
  const settings = useNotificationSettings();

  if (settings.isPending) {
    return (
      <StatusMessage>
        <p className="govuk-body">{t('notifications.email.loading')}</p>
      </StatusMessage>
    );
  }
  if (settings.isError) {
    return (
      <StatusMessage>
        <p className="govuk-error-message">{t('notifications.email.loadError')}</p>
      </StatusMessage>
    );
  }
  return <EmailSettingsFields settings={settings.data} email={email} perKind={perKind} perKindTo={perKindTo} />;
}

interface EmailSettingsFieldsProps extends EmailSettingsFormProps {
  /** what is saved now; the form starts from it */
  settings: NotificationSettings;
}

function EmailSettingsFields({ settings, email, perKind, perKindTo }: EmailSettingsFieldsProps) {
  const { t } = useTranslation();
  const save = useSaveNotificationSettings();
  const [choice, setChoice] = useState<EmailFrequency | ''>(() => settings.emailFrequency ?? '');
  const [kinds, setKinds] = useState<ByKind>(() => exceptionsOf(settings));
  const [saved, setSaved] = useState<{ frequency: EmailFrequency; exceptions: boolean } | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    if (!choice) {
      setErrorKey('notifications.email.errors.choose');
      setAttempt((n) => n + 1);
      return;
    }
    // the kinds left on "Same as above" are not in `kinds`; where kinds are not offered, keep what is saved
    const byKind = perKind ? kinds : (settings.byKind ?? {});
    try {
      const result = await save.mutateAsync({ emailFrequency: choice, byKind });
      setErrorKey(null);
      setSaved({
        frequency: result?.emailFrequency ?? choice,
        exceptions: Object.keys(result?.byKind ?? byKind).length > 0,
      });
    } catch (error) {
      setErrorKey(saveErrorKey(error));
      setAttempt((n) => n + 1);
    }
  }

  function chooseForKind(kind: NotificationKind, value: string) {
    setKinds((current) => {
      const next = { ...current };
      if (EMAIL_FREQUENCIES.includes(value as EmailFrequency)) next[kind] = value as EmailFrequency;
      else delete next[kind];
      return next;
    });
  }

  const fieldError = errorKey === 'notifications.email.errors.choose' ? t(errorKey) : undefined;
  const summary = errorKey
    ? [{ fieldId: fieldError ? radioId(EMAIL_FREQUENCIES[0]) : undefined, message: t(errorKey) }]
    : [];
  const hasSavedExceptions = Object.keys(exceptionsOf(settings)).length > 0;

  return (
    <>
      {saved ? (
        <FocusOnMount>
          <NotificationBanner kind="success" heading={t('notifications.email.saved')}>
            <p className="govuk-body">{t(`notifications.email.savedBody.${saved.frequency}`)}</p>
            {saved.exceptions ? <p className="govuk-body">{t('notifications.email.savedExceptions')}</p> : null}
          </NotificationBanner>
        </FocusOnMount>
      ) : null}
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        <div className={`govuk-form-group${fieldError ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['email-frequency-hint', fieldError ? 'email-frequency-error' : ''].join(' ').trim()}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('notifications.email.legend')}</legend>
            <div id="email-frequency-hint" className="govuk-hint app-break-word">
              {email ? t('notifications.email.hintWithAddress', { email }) : t('notifications.email.hint')}
            </div>
            {fieldError ? (
              <p id="email-frequency-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {fieldError}
              </p>
            ) : null}
            <div className="govuk-radios">
              {EMAIL_FREQUENCIES.map((frequency) => (
                <div className="govuk-radios__item" key={frequency}>
                  <input
                    className="govuk-radios__input"
                    id={radioId(frequency)}
                    name="emailFrequency"
                    type="radio"
                    value={frequency}
                    checked={choice === frequency}
                    onChange={() => setChoice(frequency)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={radioId(frequency)}>
                    {t(`notifications.email.choices.${frequency}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {perKind ? (
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby="email-kinds-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('notifications.email.kindsLegend')}</legend>
              <div id="email-kinds-hint" className="govuk-hint">
                {t('notifications.email.kindsHint')}
              </div>
              {NOTIFICATION_KINDS.map((kind) => (
                <Select
                  key={kind}
                  id={kindId(kind)}
                  label={t(`notifications.email.kinds.${kind}`)}
                  hint={URGENT_KINDS.includes(kind) ? t('notifications.email.urgentHint') : undefined}
                  placeholder={t('notifications.email.sameAsAbove')}
                  options={KIND_CHOICES.map((frequency) => ({
                    value: frequency,
                    label: t(`notifications.email.kindChoices.${frequency}`),
                  }))}
                  value={kinds[kind] ?? ''}
                  onChange={(event) => chooseForKind(kind, event.target.value)}
                />
              ))}
            </fieldset>
          </div>
        ) : null}
        {!perKind && perKindTo ? (
          <p className="govuk-body">
            {hasSavedExceptions ? `${t('notifications.email.hasExceptions')} ` : null}
            <Link className="govuk-link" to={perKindTo}>
              {t('notifications.email.perKindLink')}
            </Link>
          </p>
        ) : null}
        <button type="submit" className="govuk-button" aria-disabled={save.isPending ? true : undefined}>
          {perKind ? t('notifications.email.saveAll') : t('notifications.email.save')}
        </button>
      </form>
    </>
  );
}
