// Staff reply to a review: the reply itself, and optionally a change they commit to because of it
// (what will change, and by when), revealed when they tick the box. A reply already given is changed
// against the version they opened; a committed change stays (it can be edited until it is done).
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { CharacterCount } from '@/components/form/character-count';
import { DateInput } from '@/features/volunteering/components/date-input';
import { DEFAULT_TIME_ZONE, localDate } from '@/features/volunteering/time';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import type { ChangeView, RatingView } from '@/types';
import { useSaveReply } from '../api/rating';
import { changePath } from '../paths';
import { ChangeSummary } from './change-summary';
import { errorText, refusal, type FormError } from './form-error';
import {
  BODY_MAX,
  REPLY_FIELD_IDS,
  REPLY_FIELD_ORDER,
  WHAT_MAX,
  replyFieldFromApi,
  replyValuesFrom,
  toReplyInput,
  validateReply,
  type ReplyField,
  type ReplyFormValues,
} from './reply-form-values';

type FieldErrors = Partial<Record<ReplyField, FormError>>;

const CONDITIONAL_ID = 'making-change-conditional';

interface ReplyFormProps {
  /** the review as it was when the page opened: its reply's version is what we save against */
  rating: RatingView;
  /** above the form, under the error summary (the page heading and the review) */
  before?: ReactNode;
  /** where Cancel goes */
  cancelTo: string;
  /** fetch the review again and start the form afresh (after a 412 or 409) */
  onReload: () => void;
  /** saved: the review with its reply; `edited` when it changed an earlier reply, `committed` when it committed a new change */
  onSaved: (saved: RatingView, how: { edited: boolean; committed: boolean }) => void;
}

export function ReplyForm({ rating, before, cancelTo, onReload, onSaved }: ReplyFormProps) {
  const { t } = useTranslation();
  const save = useSaveReply();
  const [original] = useState(rating);
  const [values, setValues] = useState<ReplyFormValues>(() => replyValuesFrom(rating));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [showReload, setShowReload] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const idempotency = useRef<{ body: string; key: string } | null>(null);
  const existing: ChangeView | null = original.change ?? null;
  const reply = original.reply ?? null;

  const set = <K extends keyof ReplyFormValues>(field: K, value: ReplyFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: ReplyField) => (fieldErrors[field] ? errorText(t, fieldErrors[field]!) : undefined);

  function fail(fields: FieldErrors, general: FormError[] = [], reload = false) {
    setFieldErrors(fields);
    setFormErrors(general);
    setShowReload(reload);
    setAttempt((n) => n + 1);
  }

  function handleApiError(error: unknown) {
    if (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0) {
      const fields: FieldErrors = {};
      const general: FormError[] = [];
      for (const fieldError of error.fieldErrors) {
        const field = replyFieldFromApi(fieldError.field);
        if (field && !fields[field]) {
          fields[field] = {
            key: 'ratingsStaff.errors.fromServer',
            values: { field: t(`ratingsStaff.errors.fieldNames.${field}`), message: fieldError.message },
          };
        } else if (!field) general.push({ text: fieldError.message });
      }
      return fail(fields, general);
    }
    const { error: general, reload } = refusal(error);
    fail({}, [general], reload);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const today = localDate(new Date(), DEFAULT_TIME_ZONE);
    const problems = validateReply(values, { today, existing });
    if (Object.keys(problems).length > 0) {
      const mapped: FieldErrors = {};
      for (const [field, problem] of Object.entries(problems)) {
        mapped[field as ReplyField] = { key: `ratingsStaff.errors.${problem.key}`, values: problem.values };
      }
      return fail(mapped);
    }
    const input = toReplyInput(values, existing);
    try {
      let saved: RatingView;
      if (reply) {
        saved = await save.mutateAsync({ ratingId: original.id, input, replyVersion: reply.version });
      } else {
        const body = JSON.stringify(input);
        if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
        saved = await save.mutateAsync({ ratingId: original.id, input, idempotencyKey: idempotency.current.key });
      }
      onSaved(saved, { edited: !!reply, committed: !existing && !!input.change });
    } catch (error) {
      handleApiError(error);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((error) => ({ message: errorText(t, error) })),
    ...REPLY_FIELD_ORDER.filter((field) => fieldErrors[field]).map((field) => ({
      fieldId: REPLY_FIELD_IDS[field],
      message: errorText(t, fieldErrors[field]!),
    })),
  ];

  const changeFields = (
    <>
      <CharacterCount
        id="change-what"
        label={t('ratingsStaff.reply.whatLabel')}
        hint={t('ratingsStaff.reply.whatHint')}
        error={errorFor('what')}
        max={WHAT_MAX}
        rows={4}
        value={values.what}
        onChange={(event) => set('what', event.target.value)}
      />
      <DateInput
        id="change-expected-by"
        legend={t('ratingsStaff.reply.whenLegend')}
        hint={t('ratingsStaff.reply.whenHint')}
        error={errorFor('expectedBy')}
        value={values.expectedBy}
        onChange={(date) => set('expectedBy', date)}
      />
    </>
  );

  let changePart: ReactNode;
  if (!existing) {
    changePart = (
      <div className="govuk-form-group">
        <div className="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="making-change"
              name="making-change"
              type="checkbox"
              checked={values.makingChange}
              onChange={(event) => {
                const checked = event.target.checked;
                set('makingChange', checked);
                // the change's fields are hidden again: so are their errors
                if (!checked) setFieldErrors(({ what: _what, expectedBy: _when, ...rest }) => rest);
              }}
              aria-controls={CONDITIONAL_ID}
              aria-describedby="making-change-hint"
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="making-change">
              {t('ratingsStaff.reply.makingChange')}
            </label>
            <div id="making-change-hint" className="govuk-hint govuk-checkboxes__hint">
              {t('ratingsStaff.reply.makingChangeHint')}
            </div>
          </div>
          <div
            className={`govuk-checkboxes__conditional${values.makingChange ? '' : ' govuk-checkboxes__conditional--hidden'}`}
            id={CONDITIONAL_ID}
            hidden={!values.makingChange}
          >
            {changeFields}
          </div>
        </div>
      </div>
    );
  } else {
    changePart = (
      <>
        <h2 className="govuk-heading-m">{t('ratingsStaff.change.heading')}</h2>
        <ChangeSummary change={existing} full={existing.status === 'DONE'} />
        <div className="govuk-inset-text">
          {existing.status === 'DONE' ? t('ratingsStaff.change.cannotChangeDone') : t('ratingsStaff.change.cannotWithdraw')}
        </div>
        {existing.status === 'COMMITTED' ? (
          <>
            {changeFields}
            <p className="govuk-body">
              {t('ratingsStaff.change.markDoneHint')}{' '}
              <Link className="govuk-link" to={changePath(existing.id)}>
                {t('ratingsStaff.change.openPage')}
              </Link>
            </p>
          </>
        ) : null}
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt}>
        {showReload ? (
          <p className="govuk-body">
            <button type="button" className="app-link-button" onClick={onReload}>
              {t('ratingsStaff.errors.reload')}
            </button>
          </p>
        ) : null}
      </ErrorSummary>
      {before}
      <form noValidate onSubmit={submit}>
        <CharacterCount
          id="reply-body"
          label={t('ratingsStaff.reply.bodyLabel')}
          labelSize="m"
          hint={t('ratingsStaff.reply.bodyHint')}
          error={errorFor('body')}
          max={BODY_MAX}
          rows={8}
          value={values.body}
          onChange={(event) => set('body', event.target.value)}
        />
        {changePart}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" aria-disabled={save.isPending ? true : undefined}>
            {reply ? t('ratingsStaff.reply.submitEdit') : t('ratingsStaff.reply.submit')}
          </button>
          <Link className="govuk-link" to={cancelTo}>
            {t('ratingsStaff.reply.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
