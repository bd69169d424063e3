// Someone's optional declarations as GOV.UK radios: the area they live in and one group per
// self-declared question, each ending with "I'd rather not say" after an "or", which is the same as
// saying nothing. Saving replaces what they said before. The API's refusals go to the error summary,
// each linked to its group of radios, and under the group's legend.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { isApiError } from '@/lib/api-client';
import type { ProfileView } from '@/types';
import { useSaveProfile } from '../api/save-profile';
import {
  NOT_SAYING,
  choicesFrom,
  choicesToSend,
  groupId,
  questionsOf,
  radioId,
  type ChoiceField,
  type FormChoices,
} from './choices';

interface Option {
  value: string;
  label: string;
}

interface RadioGroupProps {
  field: ChoiceField;
  legend: string;
  options: Option[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

function RadioGroup({ field, legend, options, value, error, onChange }: RadioGroupProps) {
  const { t } = useTranslation();
  const errorId = `${groupId(field)}-error`;
  const notSaying = radioId(field, 'none');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {error ? (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {error}
          </p>
        ) : null}
        <div className="govuk-radios">
          {options.map((option, index) => (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={radioId(field, index)}
                name={field}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="govuk-label govuk-radios__label app-break-word" htmlFor={radioId(field, index)}>
                {option.label}
              </label>
            </div>
          ))}
          {options.length > 0 ? <div className="govuk-radios__divider">{t('aboutYou.or')}</div> : null}
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={notSaying}
              name={field}
              type="radio"
              value={NOT_SAYING}
              checked={value === NOT_SAYING}
              onChange={() => onChange(NOT_SAYING)}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={notSaying}>
              {t('aboutYou.notSaying')}
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

/** The message for a refused save that is not about one of the fields. */
function refusalKey(error: unknown): string {
  if (!isApiError(error)) return 'aboutYou.errors.generic';
  if (error.status === 0) return 'form.errors.network';
  if (error.status === 401) return 'aboutYou.errors.signedOut';
  return 'aboutYou.errors.generic';
}

interface AboutYouFormProps {
  profile: ProfileView;
  /** a save is starting: any earlier banner is out of date */
  onSubmit: () => void;
  onSaved: (profile: ProfileView) => void;
}

export function AboutYouForm({ profile, onSubmit, onSaved }: AboutYouFormProps) {
  const { t } = useTranslation();
  const save = useSaveProfile();
  const questions = questionsOf(profile);
  const [choices, setChoices] = useState<FormChoices>(() => choicesFrom(profile));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ChoiceField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const fields: ChoiceField[] = ['area', ...questions.map(({ question }) => `answers.${question}` as const)];
  const fieldMessage = (field: ChoiceField) =>
    field === 'area'
      ? t('aboutYou.errors.area')
      : t(`aboutYou.errors.answers.${field.slice('answers.'.length)}`, { defaultValue: t('aboutYou.errors.answer') });

  function handleError(error: unknown) {
    const byField: Partial<Record<ChoiceField, string>> = {};
    const general: string[] = [];
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      for (const fieldError of error.fieldErrors) {
        const field = fields.find((candidate) => candidate === fieldError.field);
        if (field) byField[field] = fieldMessage(field);
        else general.push(fieldError.message);
      }
    } else {
      general.push(t(refusalKey(error)));
    }
    setFieldErrors(byField);
    setFormErrors(general);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    onSubmit();
    try {
      const saved = await save.mutateAsync(choicesToSend(choices, questions.map(({ question }) => question)));
      setFieldErrors({});
      setFormErrors([]);
      setChoices(choicesFrom(saved));
      onSaved(saved);
    } catch (error) {
      handleError(error);
    }
  }

  const areaOptions: Option[] = (profile.areas ?? [])
    .filter((area) => !!area.code)
    .map((area) => ({ value: area.code!, label: area.name || area.code! }));
  const firstRadio = (field: ChoiceField, options: unknown[]) => radioId(field, options.length > 0 ? 0 : 'none');
  const summary: SummaryError[] = [
    ...formErrors.map((message) => ({ message })),
    ...fields.flatMap((field) => {
      const message = fieldErrors[field];
      if (!message) return [];
      const options = field === 'area' ? areaOptions : (questions.find((q) => `answers.${q.question}` === field)?.answers ?? []);
      return [{ fieldId: firstRadio(field, options), message }];
    }),
  ];

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={submit}>
        <RadioGroup
          field="area"
          legend={t('aboutYou.areaLegend')}
          options={areaOptions}
          value={choices.area}
          error={fieldErrors.area}
          onChange={(area) => setChoices((current) => ({ ...current, area }))}
        />
        {questions.map(({ question, answers }) => {
          const field = `answers.${question}` as const;
          return (
            <RadioGroup
              key={question}
              field={field}
              legend={t(`aboutYou.questions.${question}`, { defaultValue: question })}
              options={answers.map((answer) => ({
                value: answer,
                label: t(`aboutYou.answers.${question}.${answer}`, { defaultValue: answer }),
              }))}
              value={choices.answers[question] ?? NOT_SAYING}
              error={fieldErrors[field]}
              onChange={(answer) =>
                setChoices((current) => ({ ...current, answers: { ...current.answers, [question]: answer } }))
              }
            />
          );
        })}
        <button type="submit" className="govuk-button" aria-disabled={save.isPending ? true : undefined}>
          {t('aboutYou.save')}
        </button>
      </form>
    </>
  );
}
