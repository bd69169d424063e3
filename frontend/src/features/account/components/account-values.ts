// The name and language form's values as they are held while someone makes them, what is sent for
// them, and the ids of the fields each error links to.
import type { AccountView } from '@/types';
import type { AccountChoices, AccountLanguage } from '../api/save-account';

/** The API's limit on a chosen name. */
export const DISPLAY_NAME_MAX = 200;

export const LANGUAGE_CHOICES = ['en', 'cy', 'none'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** "chosen": the name typed here; "signIn": the name the sign-in gives (offered once a name is chosen). */
export type NameSource = 'chosen' | 'signIn';

export interface AccountValues {
  source: NameSource;
  name: string;
  language: LanguageChoice;
}

export type AccountField = 'displayName' | 'language';

export const FIELD_IDS = {
  name: 'account-display-name',
  source: (source: NameSource) => `account-name-${source}`,
  language: (language: LanguageChoice) => `account-language-${language}`,
};

function isLanguage(value: string | null | undefined): value is AccountLanguage {
  return value === 'en' || value === 'cy';
}

export function valuesFrom(account: AccountView): AccountValues {
  return {
    source: 'chosen',
    name: account.displayName ?? '',
    language: isLanguage(account.language) ? account.language : 'none',
  };
}

/**
 * The PUT body. A name left as the sign-in gave it stays unchosen (null), so it keeps following the
 * sign-in; "Use the name from my sign-in" is null too.
 */
export function choicesToSend(values: AccountValues, account: AccountView): AccountChoices {
  const name = values.name.trim();
  let displayName: string | null = name;
  if (account.displayNameChosen ? values.source === 'signIn' : name === account.displayName) displayName = null;
  return { displayName, language: values.language === 'none' ? null : values.language };
}

/** The catalogue key of what is wrong with the name before it is sent, if anything. */
export function nameProblem(values: AccountValues, account: AccountView): string | null {
  if (account.displayNameChosen && values.source === 'signIn') return null;
  const name = values.name.trim();
  if (!name) return 'account.details.errors.nameRequired';
  if (name.length > DISPLAY_NAME_MAX) return 'account.details.errors.nameTooLong';
  return null;
}
