// The reply form's values, the checks made before sending, and the request they make. A change can be
// added to a reply; once committed it stays in every later save (the API refuses to drop it), and once
// done it is sent back exactly as it was.
import { dateFromParts } from '@/features/volunteering/components/contribution-form-values';
import { emptyDate, isBlankDate, type DateParts } from '@/features/volunteering/components/date-input';
import type { ChangeView, RatingView, ReplyInput } from '@/types';

export const BODY_MAX = 2000;
export const WHAT_MAX = 1000;

export interface ReplyFormValues {
  body: string;
  /** making a change because of the review (always true once a change is committed) */
  makingChange: boolean;
  what: string;
  expectedBy: DateParts;
}

export type ReplyField = 'body' | 'what' | 'expectedBy';

export const REPLY_FIELD_ORDER: ReplyField[] = ['body', 'what', 'expectedBy'];

/** The id each field's error links to (a date links to its day box). */
export const REPLY_FIELD_IDS: Record<ReplyField, string> = {
  body: 'reply-body',
  what: 'change-what',
  expectedBy: 'change-expected-by-day',
};

/** An i18n key under ratingsStaff.errors, with its values. */
export interface ReplyProblem {
  key: string;
  values?: Record<string, string | number>;
}

function partsOf(date: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return emptyDate();
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** What the form starts with: empty for a first reply, the reply and its change for a later one. */
export function replyValuesFrom(rating: RatingView): ReplyFormValues {
  const change = rating.change;
  return {
    body: rating.reply?.body ?? '',
    makingChange: !!change,
    what: change?.what ?? '',
    expectedBy: change ? partsOf(change.expectedBy) : emptyDate(),
  };
}

/**
 * Checks what was typed. `today` is YYYY-MM-DD; a new or moved date must not be before it (a change
 * already committed may keep a date that has passed).
 */
export function validateReply(
  values: ReplyFormValues,
  { today, existing }: { today: string; existing: ChangeView | null },
): Partial<Record<ReplyField, ReplyProblem>> {
  const errors: Partial<Record<ReplyField, ReplyProblem>> = {};
  const body = values.body.trim();
  if (!body) errors.body = { key: 'bodyRequired' };
  else if (body.length > BODY_MAX) errors.body = { key: 'bodyTooLong', values: { max: BODY_MAX } };

  // a change marked done is sent back as it was: nothing to check
  if (!values.makingChange || existing?.status === 'DONE') return errors;

  const what = values.what.trim();
  if (!what) errors.what = { key: 'whatRequired' };
  else if (what.length > WHAT_MAX) errors.what = { key: 'whatTooLong', values: { max: WHAT_MAX } };

  const parts = [values.expectedBy.day, values.expectedBy.month, values.expectedBy.year].map((part) => part.trim());
  if (isBlankDate(values.expectedBy)) errors.expectedBy = { key: 'whenRequired' };
  else if (parts.some((part) => !part)) errors.expectedBy = { key: 'whenIncomplete' };
  else {
    const date = dateFromParts(values.expectedBy.day, values.expectedBy.month, values.expectedBy.year);
    if (!date) errors.expectedBy = { key: 'whenInvalid' };
    else if (date < today && date !== existing?.expectedBy) errors.expectedBy = { key: 'whenPast' };
  }
  return errors;
}

/** The request body; call only when validateReply found nothing. */
export function toReplyInput(values: ReplyFormValues, existing: ChangeView | null): ReplyInput {
  const input: ReplyInput = { body: values.body.trim() };
  if (existing?.status === 'DONE') {
    input.change = { what: existing.what, expectedBy: existing.expectedBy };
  } else if (values.makingChange || existing) {
    const { day, month, year } = values.expectedBy;
    input.change = { what: values.what.trim(), expectedBy: dateFromParts(day, month, year) ?? '' };
  }
  return input;
}

/** The form field an API field error belongs to ("body", "change.what", "reply.change.expectedBy"…), if any. */
export function replyFieldFromApi(field: string): ReplyField | null {
  const name = field.split('.').pop() ?? field;
  return (REPLY_FIELD_ORDER as string[]).includes(name) ? (name as ReplyField) : null;
}
