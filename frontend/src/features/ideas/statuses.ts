// The life of an idea: its statuses, the moves staff may make, and how each status looks.
import type { IdeaStatus } from '@/types';

export const IDEA_STATUSES: IdeaStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'NOT_TAKEN_FORWARD',
  'WITHDRAWN',
];

/** Statuses people can filter by (withdrawn ideas are never listed). */
export const LISTED_STATUSES = IDEA_STATUSES.filter((status) => status !== 'WITHDRAWN');

export function isIdeaStatus(value: string | null | undefined): value is IdeaStatus {
  return IDEA_STATUSES.some((status) => status === value);
}

/** The moves staff may make from each status (mirrors the API; it decides). */
export const NEXT_STATUSES: Record<IdeaStatus, IdeaStatus[]> = {
  SUBMITTED: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACCEPTED', 'NOT_TAKEN_FORWARD'],
  ACCEPTED: ['IN_PROGRESS', 'NOT_TAKEN_FORWARD'],
  IN_PROGRESS: ['IMPLEMENTED'],
  IMPLEMENTED: [],
  NOT_TAKEN_FORWARD: [],
  WITHDRAWN: [],
};

/** After review every move needs a public answer. */
export function answerRequired(from: IdeaStatus): boolean {
  return from !== 'SUBMITTED';
}

const TAG_CLASSES: Record<IdeaStatus, string> = {
  SUBMITTED: 'govuk-tag--grey',
  UNDER_REVIEW: 'govuk-tag--purple',
  ACCEPTED: 'govuk-tag--teal',
  IN_PROGRESS: 'govuk-tag--yellow',
  IMPLEMENTED: 'govuk-tag--green',
  NOT_TAKEN_FORWARD: 'govuk-tag--orange',
  WITHDRAWN: 'govuk-tag--grey',
};

export function statusTagClass(status: IdeaStatus): string {
  return `govuk-tag ${TAG_CLASSES[status]}`;
}
