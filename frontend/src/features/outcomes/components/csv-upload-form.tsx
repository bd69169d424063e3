// Staff upload many observations at once as a CSV file. The file is read in the browser and sent as
// text/csv; the API checks every line first and, if any is wrong, saves nothing and names each line
// at fault, which we list in the error summary.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { IndicatorView } from '@/types';
import { useRecordObservations } from '../api/indicators';
import { errorText, refusal, type FormError } from './form-error';
import { CSV_MAX_BYTES, csvObservationCount, lineNumber, looksLikeCsv, readFileText } from './observation-form-values';

const FILE_ID = 'observations-file';

interface CsvUploadFormProps {
  indicator: IndicatorView;
  /** saved: how many observations, and the indicator as it is now */
  onSaved: (count: number, indicator: IndicatorView) => void;
}

export function CsvUploadForm({ indicator, onSaved }: CsvUploadFormProps) {
  const { t } = useTranslation();
  const record = useRecordObservations();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<FormError | null>(null);
  /** one entry per problem: a line of the file, or the whole request */
  const [problems, setProblems] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [reading, setReading] = useState(false);
  const idempotency = useRef<{ body: string; key: string } | null>(null);
  const busy = reading || record.isPending;

  function fail(field: FormError | null, listed: FormError[] = []) {
    setFieldError(field);
    setProblems(listed);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400) {
      const lines = error.fieldErrors.map((fieldError): FormError => {
        const line = lineNumber(fieldError.field);
        return line !== null
          ? { key: 'outcomes.csv.lineError', values: { line, message: fieldError.message } }
          : { key: 'outcomes.errors.fromServer', values: { field: fieldError.field, message: fieldError.message } };
      });
      if (lines.length === 0) lines.push(error.detail ? { text: error.detail } : { key: 'outcomes.errors.generic' });
      const byLine = error.fieldErrors.some((fieldError) => lineNumber(fieldError.field) !== null);
      return fail({ key: byLine ? 'outcomes.csv.fixLines' : 'outcomes.csv.fixFile' }, lines);
    }
    if (isApiError(error) && error.status === 422) idempotency.current = null;
    fail({ key: 'outcomes.csv.notSaved' }, [refusal(error).error]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = fileInput.current?.files?.[0];
    if (!file) return fail({ key: 'outcomes.errors.fileRequired' });
    if (!looksLikeCsv(file)) return fail({ key: 'outcomes.errors.fileNotCsv' });
    if (file.size === 0) return fail({ key: 'outcomes.errors.fileEmpty' });
    if (file.size > CSV_MAX_BYTES) return fail({ key: 'outcomes.errors.fileTooBig', values: { max: '1 MB' } });

    setReading(true);
    let csv: string;
    try {
      csv = await readFileText(file);
    } catch {
      setReading(false);
      return fail({ key: 'outcomes.errors.fileUnreadable' });
    }
    setReading(false);
    if (!csv.trim()) return fail({ key: 'outcomes.errors.fileEmpty' });

    if (idempotency.current?.body !== csv) idempotency.current = { body: csv, key: newIdempotencyKey() };
    try {
      const saved = await record.mutateAsync({
        kind: 'csv',
        indicatorId: indicator.id,
        csv,
        idempotencyKey: idempotency.current.key,
      });
      idempotency.current = null;
      if (fileInput.current) fileInput.current.value = '';
      setFieldError(null);
      setProblems([]);
      onSaved(csvObservationCount(csv), saved);
    } catch (error) {
      handleApiError(error);
    }
  }

  const fieldMessage = fieldError ? errorText(t, fieldError) : undefined;
  const summary: SummaryError[] =
    problems.length > 0
      ? problems.map((problem) => ({ fieldId: FILE_ID, message: errorText(t, problem) }))
      : fieldMessage
        ? [{ fieldId: FILE_ID, message: fieldMessage }]
        : [];
  const example = `date,value,unit\n2026-10-31,42,${indicator.unit}\n2026-11-30,47.5,${indicator.unit}`;

  return (
    <section aria-labelledby="upload-csv-heading" className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-s" id="upload-csv-heading">
        {t('outcomes.csv.heading')}
      </h3>
      <ErrorSummary errors={summary} focusKey={attempt}>
        {problems.length > 0 ? <p className="govuk-body">{t('outcomes.csv.nothingSaved')}</p> : null}
      </ErrorSummary>
      <p className="govuk-body">{t('outcomes.csv.intro', { unit: indicator.unit })}</p>
      <p className="govuk-body">{t('outcomes.csv.exampleIntro')}</p>
      <pre className="app-code-example">
        <code>{example}</code>
      </pre>
      <p className="govuk-body">{t('outcomes.csv.rules')}</p>
      <form noValidate onSubmit={submit} aria-labelledby="upload-csv-heading">
        <div className={`govuk-form-group${fieldMessage ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={FILE_ID}>
            {t('outcomes.csv.file')}
          </label>
          <div id={`${FILE_ID}-hint`} className="govuk-hint">
            {t('outcomes.csv.fileHint')}
          </div>
          {fieldMessage ? (
            <p id={`${FILE_ID}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">{t('form.errors.prefix')}</span> {fieldMessage}
            </p>
          ) : null}
          <input
            ref={fileInput}
            className={`govuk-file-upload app-file-upload${fieldMessage ? ' govuk-file-upload--error' : ''}`}
            id={FILE_ID}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={[`${FILE_ID}-hint`, fieldMessage ? `${FILE_ID}-error` : null].filter(Boolean).join(' ')}
            aria-invalid={fieldMessage ? true : undefined}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={busy ? true : undefined}>
          {t('outcomes.csv.submit')}
        </button>
      </form>
    </section>
  );
}
