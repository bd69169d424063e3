// The About you form's choices as they are held while someone makes them ("" for "I'd rather not
// say"), what is sent for them, and the ids of the radios each error links to.
import type { ProfileView, QuestionChoice } from '@/types';
import type { ProfileChoices } from '../api/save-profile';

/** The value of every "I'd rather not say" radio. */
export const NOT_SAYING = '';

export interface FormChoices {
  area: string;
  answers: Record<string, string>;
}

export type ChoiceField = 'area' | `answers.${string}`;

/** The questions the API offers, each with its answers, leaving out any it sent without a name. */
export function questionsOf(profile: ProfileView): { question: string; answers: string[] }[] {
  return (profile.questions ?? [])
    .filter((entry): entry is QuestionChoice & { question: string } => !!entry.question)
    .map((entry) => ({ question: entry.question, answers: entry.answers ?? [] }));
}

/** What is saved now, as the form shows it: a choice no longer offered shows (and saves) as not said. */
export function choicesFrom(profile: ProfileView): FormChoices {
  const area = (profile.areas ?? []).some((choice) => choice.code === profile.area) ? profile.area : NOT_SAYING;
  const answers: Record<string, string> = {};
  for (const { question, answers: offered } of questionsOf(profile)) {
    const answer = profile.answers?.[question];
    if (answer && offered.includes(answer)) answers[question] = answer;
  }
  return { area, answers };
}

/** The PUT body: null for an area not said, and only the questions answered (the rest are withdrawn). */
export function choicesToSend(choices: FormChoices, questions: string[]): ProfileChoices {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const answer = choices.answers[question];
    if (answer) answers[question] = answer;
  }
  return { area: choices.area || null, answers };
}

/** "about-you-area", "about-you-age-band": the prefix of a radio group's ids. */
export function groupId(field: ChoiceField): string {
  const group = field === 'area' ? 'area' : field.slice('answers.'.length).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `about-you-${group}`;
}

/** "about-you-area-0" for the first area, "about-you-area-none" for "I'd rather not say". */
export function radioId(field: ChoiceField, index: number | 'none'): string {
  return `${groupId(field)}-${index}`;
}
