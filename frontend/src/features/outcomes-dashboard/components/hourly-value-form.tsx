// Staff choose the hourly value a service's record puts on volunteers' time: the site's value, or
// the service's own (a conditional amount field under its radio). Checked here first, then the
// API's answer mapped onto the same field, with the GOV.UK error summary.
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { errorText, refusal, type FormError } from '@/features/outcomes/components/form-error';
import { isApiError } from '@/lib/api-client';
import type { TimeValueView } from '@/types';
import { useSetHourlyValue } from '../api/time-value';
import { useDashboardFormat } from '../format';
import {
  HOURLY_VALUE_FIELD_IDS,
  HOURLY_VALUE_MAX,
  amountText,
  hourlyValueToSend,
  timeValueFieldFromApi,
  validateHourlyValue,
  type HourlyValueChoice,
  type HourlyValueFormValues,
} from './time-value-form-values';

const CHOICES: HourlyValueChoice[] = ['site', 'own'];
const choiceId = (choice: HourlyValueChoice) => `hourly-value-${choice}`;

interface HourlyValueFormProps {
  view: TimeValueView;
  /** saved: the view as it is now */
  onSaved: (view: TimeValueView) => void;
}

export function HourlyValueForm({ view, onSaved }: HourlyValueFormProps) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const save = useSetHourlyValue();
  const [values, setValues] = useState<HourlyValueFormValues>({
    choice: view.serviceHourlyValue == null ? 'site' : 'own',
    amount: amountText(view.serviceHourlyValue),
  });
  const [amountError, setAmountError] = useState<FormError | null>(null);
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const currency = view.currency || 'GBP';
  const symbol = currency === 'GBP' ? '£' : currency;

  function fail(amount: FormError | null, general: FormError[] = []) {
    setAmountError(amount);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      let amount: FormError | null = null;
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        // the amount field is only there when the service's own value is chosen
        if (timeValueFieldFromApi(fieldError.field) === 'amount' && values.choice === 'own' && !amount) {
          amount = {
            key: 'outcomes.errors.fromServer',
            values: { field: t('dashboard.timeValue.fieldNames.hourlyValue'), message: fieldError.message },
          };
        } else general.push({ text: fieldError.message });
      }
      return fail(amount, general);
    }
    fail(null, [refusal(error).error]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const problem = validateHourlyValue(values).amount;
    if (problem) {
      return fail({ key: `dashboard.timeValue.errors.${problem.key}`, values: { max: format.money(HOURLY_VALUE_MAX, currency) } });
    }
    try {
      const saved = await save.mutateAsync({ serviceId: view.service.id, hourlyValue: hourlyValueToSend(values) });
      setAmountError(null);
      setFormErrors([]);
      setValues({ choice: saved.serviceHourlyValue == null ? 'site' : 'own', amount: amountText(saved.serviceHourlyValue) });
      onSaved(saved);
    } catch (error) {
      handleApiError(error);
    }
  }

  const amountMessage = amountError ? errorText(t, amountError) : undefined;
  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...(amountMessage ? [{ fieldId: HOURLY_VALUE_FIELD_IDS.amount, message: amountMessage }] : []),
  ];

  return (
    <section aria-labelledby="hourly-value-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="hourly-value-heading">
        {t('dashboard.timeValue.hourlyHeading')}
      </h2>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit} aria-labelledby="hourly-value-heading">
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset" aria-describedby="hourly-value-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('dashboard.timeValue.choiceLegend')}</legend>
            <div id="hourly-value-hint" className="govuk-hint">
              {t('dashboard.timeValue.choiceHint')}
            </div>
            <div className="govuk-radios">
              {CHOICES.map((choice) => (
                <Fragment key={choice}>
                  <div className="govuk-radios__item">
                    <input
                      className="govuk-radios__input"
                      id={choiceId(choice)}
                      name="hourlyValueChoice"
                      type="radio"
                      value={choice}
                      checked={values.choice === choice}
                      onChange={() => setValues((current) => ({ ...current, choice }))}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={choiceId(choice)}>
                      {choice === 'site'
                        ? t('dashboard.timeValue.choiceSite', { value: format.money(view.instanceHourlyValue, currency) })
                        : t('dashboard.timeValue.choiceOwn')}
                    </label>
                  </div>
                  {choice === 'own' && values.choice === 'own' ? (
                    <div className="govuk-radios__conditional">
                      <div className={`govuk-form-group${amountMessage ? ' govuk-form-group--error' : ''}`}>
                        <label className="govuk-label" htmlFor={HOURLY_VALUE_FIELD_IDS.amount}>
                          {t('dashboard.timeValue.amount')}
                        </label>
                        <div id="hourly-value-amount-hint" className="govuk-hint">
                          {t('dashboard.timeValue.amountHint', { max: format.money(HOURLY_VALUE_MAX, currency) })}
                        </div>
                        {amountMessage ? (
                          <p id="hourly-value-amount-error" className="govuk-error-message">
                            <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {amountMessage}
                          </p>
                        ) : null}
                        <div className="govuk-input__wrapper">
                          <div className="govuk-input__prefix" aria-hidden="true">
                            {symbol}
                          </div>
                          <input
                            className={`govuk-input govuk-input--width-5${amountMessage ? ' govuk-input--error' : ''}`}
                            id={HOURLY_VALUE_FIELD_IDS.amount}
                            name="hourlyValue"
                            type="text"
                            inputMode="decimal"
                            autoComplete="off"
                            spellCheck={false}
                            aria-describedby={['hourly-value-amount-hint', amountMessage ? 'hourly-value-amount-error' : null]
                              .filter(Boolean)
                              .join(' ')}
                            aria-invalid={amountMessage ? true : undefined}
                            value={values.amount}
                            onChange={(event) => setValues((current) => ({ ...current, amount: event.target.value }))}
                          />
                        </div>
                      </div>
                    </div>
                  ) : null}
                </Fragment>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="govuk-button" aria-disabled={save.isPending ? true : undefined}>
          {t('dashboard.timeValue.saveHourly')}
        </button>
      </form>
    </section>
  );
}
