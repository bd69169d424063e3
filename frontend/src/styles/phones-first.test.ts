// The portal's styles, compiled as the build does, keep two promises for phones and for people
// who asked for less motion: stand-alone links are big enough to tap, and nothing moves.
import { compile } from 'sass';
import { describe, expect, it } from 'vitest';

const css = compile('src/styles/app.scss', {
  loadPaths: ['node_modules'],
  quietDeps: true,
  silenceDeprecations: ['import', 'global-builtin'],
  logger: { warn: () => {} },
}).css;

/** The declarations of every rule whose selector list includes the selector, in order. */
function rulesFor(selector: string): string {
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, selectors]) => selectors.split(',').some((one) => one.trim() === selector))
    .map(([, , declarations]) => declarations)
    .join('\n');
}

describe('styles for phones and for less motion', () => {
  it('gives stand-alone links a target of at least 24 by 24 pixels', () => {
    for (const selector of [
      '.govuk-service-navigation__link',
      '.govuk-language-navigation__link',
      '.govuk-back-link',
      '.govuk-footer__link',
      '.app-subnav__list .govuk-link',
    ]) {
      const rule = rulesFor(selector);
      expect(rule, selector).toMatch(/display:\s*inline-block/);
      expect(rule, selector).toMatch(/min-height:\s*24px/);
      expect(rule, selector).toMatch(/min-width:\s*24px/);
    }
  });

  it('turns off transitions, animations and smooth scrolling for people who prefer reduced motion', () => {
    const block = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(block).toMatch(/transition-duration:\s*0\.01ms !important/);
    expect(block).toMatch(/animation-duration:\s*0\.01ms !important/);
    expect(block).toMatch(/scroll-behavior:\s*auto !important/);
  });
});
