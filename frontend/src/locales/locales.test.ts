import { describe, expect, it } from 'vitest';
import cyReview from './cy-review.json';
import cy from './cy.json';
import en from './en.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') Object.assign(out, flatten(value, path));
    else out[path] = String(value);
  }
  return out;
}

/** Keys with plural forms folded to their base, since languages have different plural forms. */
function baseKeys(catalogue: object): string[] {
  return [...new Set(Object.keys(flatten(catalogue)).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

function pluralBases(catalogue: object): string[] {
  return [...new Set(Object.keys(flatten(catalogue)).filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')))];
}

describe('translation catalogues', () => {
  it('has every English key in Welsh and every Welsh key in English', () => {
    const english = baseKeys(en);
    const welsh = baseKeys(cy);
    expect(english.filter((key) => !welsh.includes(key)), 'missing in cy.json').toEqual([]);
    expect(welsh.filter((key) => !english.includes(key)), 'missing in en.json').toEqual([]);
  });

  it('gives each plural every form the language needs', () => {
    for (const [lang, catalogue] of [['en', en], ['cy', cy]] as const) {
      const keys = Object.keys(flatten(catalogue));
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of pluralBases(catalogue)) {
        for (const form of forms) expect(keys, `${lang}: ${base}_${form}`).toContain(`${base}_${form}`);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const english = flatten(en);
    const welsh = flatten(cy);
    const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).sort();
    for (const [key, text] of Object.entries(welsh)) {
      const englishText = english[key] ?? english[key.replace(PLURAL_SUFFIX, '_other')];
      expect(placeholders(text), key).toEqual(placeholders(englishText));
    }
  });

  it('lists only real keys for Welsh review', () => {
    const welsh = Object.keys(flatten(cy));
    for (const key of cyReview) expect(welsh, key).toContain(key);
  });
});
