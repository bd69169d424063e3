import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';

describe('i18n', () => {
  it('bundles English and fetches Welsh only when it is first chosen', async () => {
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('cy', 'translation')).toBe(false);

    await i18n.changeLanguage('cy');

    expect(i18n.hasResourceBundle('cy', 'translation')).toBe(true);
    expect(i18n.t('nav.services')).toBe('Gwasanaethau');
    expect(document.documentElement.lang).toBe('cy');
  });
});
