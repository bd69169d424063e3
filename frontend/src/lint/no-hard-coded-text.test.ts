// A lint rule as a test: every word a person reads or hears comes from the translation catalogues.
// Parses each component (.tsx) with the TypeScript compiler and fails, with file:line, on
//  - JSX text with letters in it ("<p>Save</p>", also "{'Save'}" as a child), and
//  - letters in the user-visible attributes aria-label, title, placeholder, alt and label
//    when they are written as a string ("aria-label=\"Close\"", "title={'Close'}").
// Escape, rarely and with a reason: a comment containing "i18n-ignore" on the line above
// ("// i18n-ignore: brand name" or, inside JSX, "{/* i18n-ignore: brand name */}").
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(['../**/*.tsx', '!../**/*.test.tsx', '!../testing/**', '!../types/**', '!../docs-snippets/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
const ESCAPE = 'i18n-ignore';

/** Letters once HTML entities ("&nbsp;", "&times;") are taken out. */
function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text.replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ''));
}

function stringValue(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isJsxExpression(node)) return stringValue(node.expression);
  if (ts.isParenthesizedExpression(node)) return stringValue(node.expression);
  return null;
}

export function findHardCodedText(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = text.split('\n');
  const findings: string[] = [];

  function report(node: ts.Node, what: string) {
    // JSX text starts with the whitespace before it: count from its first visible character
    const start = ts.isJsxText(node) ? node.pos + node.getFullText(source).search(/\S/) : node.getStart(source);
    const line = source.getLineAndCharacterOfPosition(start).line;
    if (line > 0 && lines[line - 1].includes(ESCAPE)) return;
    findings.push(`${fileName}:${line + 1}: ${what}`);
  }

  function visit(node: ts.Node) {
    if (ts.isJsxText(node) && hasLetters(node.text)) {
      report(node, `text "${node.text.trim()}"`);
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const value = stringValue(node);
      if (value !== null && hasLetters(value)) report(node, `text {"${value}"}`);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source))) {
      const value = stringValue(node.initializer);
      if (value !== null && hasLetters(value)) report(node, `${node.name.getText(source)}="${value}"`);
    }
    ts.forEachChild(node, visit);
  }

  visit(source);
  return findings;
}

describe('no hard-coded text in components', () => {
  it('finds the components to check', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });

  it('takes every visible word from the catalogues', () => {
    const findings = Object.entries(sources).flatMap(([file, text]) => findHardCodedText(file.replace(/^\.\.\//, 'src/'), text));
    expect(findings, `hard-coded text (move it to en.json and cy.json):\n${findings.join('\n')}`).toEqual([]);
  });

  it('catches text, visible attributes and expression children, and honours the escape', () => {
    const found = findHardCodedText(
      'x.tsx',
      [
        'export const A = () => (',
        '  <div>',
        '    <p>Save</p>',
        '    <button aria-label="Close" title={"Shut"} className="not-checked">{t("ok")}</button>',
        "    <img alt='' />",
        "    {'Hello'}",
        '    {/* i18n-ignore: brand name */}',
        '    <span>GOV.UK</span>',
        '    <span>{count} &times; 2 &nbsp;·</span>',
        '  </div>',
        ');',
      ].join('\n'),
    );
    expect(found).toEqual(['x.tsx:3: text "Save"', 'x.tsx:4: aria-label="Close"', 'x.tsx:4: title="Shut"', 'x.tsx:6: text {"Hello"}']);
  });
});
