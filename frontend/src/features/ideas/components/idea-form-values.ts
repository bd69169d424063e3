// The idea form's values, its client-side checks (mirroring the API's) and the mapping to IdeaInput.
import type { IdeaInput, IdeaView } from '@/types';

export interface IdeaFormValues {
  title: string;
  body: string;
  placeName: string;
  tags: string;
}

export type IdeaFormField = keyof IdeaFormValues;

export const IDEA_FIELD_ORDER: IdeaFormField[] = ['title', 'body', 'placeName', 'tags'];

export const TITLE_MAX = 120;
export const BODY_MAX = 5000;
export const PLACE_MAX = 120;
export const TAGS_MAX = 10;
export const TAG_MAX = 40;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;

export function emptyIdeaValues(): IdeaFormValues {
  return { title: '', body: '', placeName: '', tags: '' };
}

/** An idea as it stands, to change it. */
export function ideaFormValues(idea: IdeaView): IdeaFormValues {
  return {
    title: idea.title,
    body: idea.body,
    placeName: idea.placeName ?? '',
    tags: (idea.tags ?? []).join(', '),
  };
}

/**
 * The form has no map, so a change keeps the idea's coordinates while its place stays the same,
 * and drops them when the place changes or goes: they would point at the old place.
 */
export function keepCoordinates(input: IdeaInput, idea: IdeaView): IdeaInput {
  const samePlace = (input.placeName ?? '') === (idea.placeName ?? '').trim();
  if (!samePlace || idea.latitude == null || idea.longitude == null) return input;
  return { ...input, latitude: idea.latitude, longitude: idea.longitude };
}

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

export function toIdeaInput(values: IdeaFormValues, serviceId: string, challengeId?: string): IdeaInput {
  const place = values.placeName.trim();
  const tags = parseTags(values.tags);
  return {
    serviceId,
    challengeId: challengeId || undefined,
    title: values.title.trim(),
    body: values.body.trim(),
    placeName: place || undefined,
    tags: tags.length > 0 ? tags : undefined,
  };
}

/** Client-side checks; returns i18n keys under `ideaForm.errors`. */
export function validateIdea(values: IdeaFormValues): Partial<Record<IdeaFormField, string>> {
  const errors: Partial<Record<IdeaFormField, string>> = {};
  const title = values.title.trim();
  const body = values.body.trim();
  if (!title) errors.title = 'titleRequired';
  else if (title.length > TITLE_MAX) errors.title = 'titleTooLong';
  if (!body) errors.body = 'bodyRequired';
  else if (body.length > BODY_MAX) errors.body = 'bodyTooLong';
  if (values.placeName.trim().length > PLACE_MAX) errors.placeName = 'placeTooLong';
  const tags = parseTags(values.tags);
  if (tags.length > TAGS_MAX) errors.tags = 'tooManyTags';
  else if (tags.some((tag) => tag.length > TAG_MAX)) errors.tags = 'tagTooLong';
  else if (tags.some((tag) => !TAG.test(tag))) errors.tags = 'tagInvalid';
  return errors;
}

/** API property paths (problem+json `errors[].field`) to form fields. */
export function ideaFieldFromApi(path: string): IdeaFormField | undefined {
  const last = path.split('.').pop() ?? path;
  const base = last.replace(/\[\d+\]$/, '');
  if (base === 'title' || base === 'body' || base === 'placeName' || base === 'tags') return base;
  return undefined;
}
