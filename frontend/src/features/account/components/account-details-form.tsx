// The name others see and the language Coproduce uses, as one GOV.UK form. Once someone has chosen a
// name they can go back to the one their sign-in gives. Both are always sent. The API's refusals go to
// the error summary, each linked to its field, and under the field. A saved language is applied at once.
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { isApiError } from '@/lib/api-client';
import { LANGUAGES } from '@/lib/i18n';
import type { AccountView } from '@/types';
import { useSaveAccount } from '../api/save-account';
import {
  DISPLAY_NAME_MAX,
  FIELD_IDS,
  LANGUAGE_CHOICES,
  choicesToSend,
  nameProblem,
  valuesFrom,
  type AccountField,
  type AccountValues,
  type NameSource,
} from './account-values';

/** The message for a refused save that is not about one of the fields. */
function refusalKey(error: unknown): string {
  if (!isApiError(error)) return 'account.details.errors.generic';
  if (error.status === 0) return 'form.errors.network';
  if (error.status === 401) return 'account.details.errors.signedOut';
  return 'account.details.errors.generic';
}

const FIELD_MESSAGES: Record<AccountField, string> = {
  displayName: 'account.details.errors.displayName',
  language: 'account.details.errors.language',
};

function ErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {message}
    </p>
  );
}

interface NameInputProps {
  value: string;
  error?: string;
  /** the input stands alone (no name chosen yet) rather than inside the "Use this name" radio */
  standalone: boolean;
  onChange: (value: string) => void;
}

function NameInput({ value, error, standalone, onChange }: NameInputProps) {
  const { t } = useTranslation();
  const id = FIELD_IDS.name;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${standalone ? ' govuk-label--s' : ''}`} htmlFor={id}>
        {standalone ? t('account.details.nameLabel') : t('account.details.chosenNameLabel')}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {standalone ? t('account.details.nameHintSignIn') : t('account.details.nameHint')}
      </div>
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}`}
        id={id}
        name="displayName"
        type="text"
        autoComplete="nickname"
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface AccountDetailsFormProps {
  account: AccountView;
  /** a save is starting: any earlier banner is out of date */
  onSubmit: () => void;
  onSaved: (account: AccountView) => void;
}

export function AccountDetailsForm({ account, onSubmit, onSaved }: AccountDetailsFormProps) {
  const { t, i18n } = useTranslation();
  const save = useSaveAccount();
  const [values, setValues] = useState<AccountValues>(() => valuesFrom(account));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AccountField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  function fail(byField: Partial<Record<AccountField, string>>, general: string[]) {
    setFieldErrors(byField);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleError(error: unknown) {
    const byField: Partial<Record<AccountField, string>> = {};
    const general: string[] = [];
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      for (const fieldError of error.fieldErrors) {
        const field = fieldError.field as AccountField;
        if (Object.hasOwn(FIELD_MESSAGES, field)) byField[field] = t(FIELD_MESSAGES[field], { max: DISPLAY_NAME_MAX });
        else general.push(fieldError.message);
      }
    } else {
      general.push(t(refusalKey(error)));
    }
    fail(byField, general);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    onSubmit();
    const problem = nameProblem(values, account);
    if (problem) return fail({ displayName: t(problem, { max: DISPLAY_NAME_MAX }) }, []);
    let saved: AccountView;
    try {
      saved = await save.mutateAsync(choicesToSend(values, account));
    } catch (error) {
      return handleError(error);
    }
    setFieldErrors({});
    setFormErrors([]);
    // the portal follows the language just saved, as the English / Cymraeg switch does
    if ((saved.language === 'en' || saved.language === 'cy') && saved.language !== i18n.resolvedLanguage) {
      await i18n.changeLanguage(saved.language);
    }
    onSaved(saved);
  }

  const offerSignIn = account.displayNameChosen;
  const nameFieldId = offerSignIn && values.source === 'signIn' ? FIELD_IDS.source('signIn') : FIELD_IDS.name;
  const summary: SummaryError[] = [
    ...formErrors.map((message) => ({ message })),
    ...(fieldErrors.displayName ? [{ fieldId: nameFieldId, message: fieldErrors.displayName }] : []),
    ...(fieldErrors.language ? [{ fieldId: FIELD_IDS.language('en'), message: fieldErrors.language }] : []),
  ];
  const setName = (name: string) => setValues((current) => ({ ...current, name }));
  const sourceLabels: Record<NameSource, string> = {
    chosen: t('account.details.useChosenName'),
    signIn: t('account.details.useSignInName'),
  };
  // the error shows under the name input while it is there, else under the radios
  const nameErrorOnRadios = offerSignIn && values.source === 'signIn' ? fieldErrors.displayName : undefined;

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit} aria-labelledby="account-details-heading">
        {offerSignIn ? (
          <div className={`govuk-form-group${nameErrorOnRadios ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              aria-describedby={nameErrorOnRadios ? 'account-name-source-error' : undefined}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('account.details.nameLegend')}</legend>
              {nameErrorOnRadios ? <ErrorMessage id="account-name-source-error" message={nameErrorOnRadios} /> : null}
              <div className="govuk-radios">
                {(['chosen', 'signIn'] as const).map((source) => (
                  <Fragment key={source}>
                    <div className="govuk-radios__item">
                      <input
                        className="govuk-radios__input"
                        id={FIELD_IDS.source(source)}
                        name="nameSource"
                        type="radio"
                        value={source}
                        aria-describedby={source === 'signIn' ? 'account-name-signIn-hint' : undefined}
                        checked={values.source === source}
                        onChange={() => setValues((current) => ({ ...current, source }))}
                      />
                      <label className="govuk-label govuk-radios__label" htmlFor={FIELD_IDS.source(source)}>
                        {sourceLabels[source]}
                      </label>
                      {source === 'signIn' ? (
                        <div id="account-name-signIn-hint" className="govuk-hint govuk-radios__hint">
                          {t('account.details.useSignInNameHint')}
                        </div>
                      ) : null}
                    </div>
                    {source === 'chosen' && values.source === 'chosen' ? (
                      <div className="govuk-radios__conditional">
                        <NameInput value={values.name} error={fieldErrors.displayName} standalone={false} onChange={setName} />
                      </div>
                    ) : null}
                  </Fragment>
                ))}
              </div>
            </fieldset>
          </div>
        ) : (
          <NameInput value={values.name} error={fieldErrors.displayName} standalone onChange={setName} />
        )}

        <div className={`govuk-form-group${fieldErrors.language ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            aria-describedby={['account-language-hint', fieldErrors.language ? 'account-language-error' : null]
              .filter(Boolean)
              .join(' ')}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('account.details.languageLegend')}</legend>
            <div id="account-language-hint" className="govuk-hint">
              {t('account.details.languageHint')}
            </div>
            {fieldErrors.language ? <ErrorMessage id="account-language-error" message={fieldErrors.language} /> : null}
            <div className="govuk-radios">
              {LANGUAGE_CHOICES.map((language) => (
                <Fragment key={language}>
                  {language === 'none' ? <div className="govuk-radios__divider">{t('account.details.or')}</div> : null}
                  <div className="govuk-radios__item">
                    <input
                      className="govuk-radios__input"
                      id={FIELD_IDS.language(language)}
                      name="language"
                      type="radio"
                      value={language}
                      aria-describedby={language === 'none' ? 'account-language-none-hint' : undefined}
                      checked={values.language === language}
                      onChange={() => setValues((current) => ({ ...current, language }))}
                    />
                    <label
                      className="govuk-label govuk-radios__label"
                      htmlFor={FIELD_IDS.language(language)}
                      lang={language === 'none' ? undefined : language}
                    >
                      {language === 'none'
                        ? t('account.details.noLanguage')
                        : LANGUAGES.find((choice) => choice.code === language)?.name}
                    </label>
                    {language === 'none' ? (
                      <div id="account-language-none-hint" className="govuk-hint govuk-radios__hint">
                        {t('account.details.noLanguageHint')}
                      </div>
                    ) : null}
                  </div>
                </Fragment>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="govuk-button" aria-disabled={save.isPending ? true : undefined}>
          {t('account.details.save')}
        </button>
      </form>
    </>
  );
}
