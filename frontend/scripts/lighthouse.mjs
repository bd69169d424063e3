#!/usr/bin/env node
// Lighthouse (default config: mobile emulation, simulated throttling) over the portal's key pages:
// home, the service directory, one service and one idea. Prints one table, writes each full report to
// ../target/lighthouse/<page>.json, and exits 1 when a page scores under the targets.
//
//   BASE_URL=http://localhost:8080 CHROMIUM_PATH=/usr/bin/chromium npm run lighthouse
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** The lowest score (0-100) each category may have. */
const TARGETS = { performance: 90, accessibility: 100, 'best-practices': 95 };
// Debian's Chromium as root, with nothing reaching out to the network (shared with the browser suite)
const CHROME_FLAGS = [
  '--headless=new',
  ...JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), 'chromium-flags.json'), 'utf8')),
];

async function firstItem(path) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  const page = await response.json();
  const item = page.items?.[0];
  if (!item) throw new Error(`GET ${path}: no items`);
  return item;
}

async function pages() {
  const list = [
    { name: 'home', path: '/' },
    { name: 'services', path: '/services' },
  ];
  try {
    const service = await firstItem('/api/v1/services?limit=1');
    list.push({ name: 'service', path: `/services/${encodeURIComponent(service.slug)}` });
  } catch (error) {
    console.error(`No service page: ${error.message}`);
  }
  try {
    const idea = await firstItem('/api/v1/ideas?limit=1');
    list.push({ name: 'idea', path: `/ideas/${encodeURIComponent(idea.id)}` });
  } catch (error) {
    console.error(`No idea page: ${error.message}`);
  }
  return list;
}

/** One page in a fresh Chromium with a fresh profile. */
async function audit(url) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, userDataDir });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result;
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const score = (lhr, category) => {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
};
const ms = (lhr, id) => {
  const value = lhr.audits[id]?.numericValue;
  return value === undefined ? '-' : `${Math.round(value)} ms`;
};

/** Audits of a category that did not pass, heaviest first, for the failure messages. */
function failingAudits(lhr, category) {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
    .sort((a, b) => b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score))
    .map(({ audit }) => `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
}

/** Performance opportunities with estimated savings, for the record. */
function opportunities(lhr) {
  return Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) > 0 && a.score !== null && a.score < 1)
    .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
    .map((a) => `${a.id} (${a.displayValue ?? `${Math.round(a.details.overallSavingsMs)} ms`})`);
}

function table(rows) {
  const header = ['page', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

mkdirSync(OUT_DIR, { recursive: true });
const rows = [];
const failures = [];
const notes = [];
for (const { name, path } of await pages()) {
  const url = `${BASE_URL}${path}`;
  console.error(`Auditing ${name}: ${url}`);
  let result;
  try {
    result = await audit(url);
  } catch (error) {
    failures.push(`${name}: Lighthouse failed: ${error.message}`);
    rows.push([name, 'error', 'error', 'error', '-', '-', '-']);
    continue;
  }
  const { lhr, report } = result;
  writeFileSync(join(OUT_DIR, `${name}.json`), Array.isArray(report) ? report[0] : report);
  if (lhr.runtimeError) failures.push(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings ?? []) notes.push(`${name}: warning: ${warning}`);
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, score(lhr, category)]));
  rows.push([
    name,
    scores.performance ?? '-',
    scores.accessibility ?? '-',
    scores['best-practices'] ?? '-',
    ms(lhr, 'first-contentful-paint'),
    ms(lhr, 'largest-contentful-paint'),
    ms(lhr, 'total-blocking-time'),
  ]);
  for (const category of CATEGORIES) {
    if (scores[category] === null || scores[category] < TARGETS[category]) {
      const failing = failingAudits(lhr, category);
      failures.push(
        `${name}: ${category} ${scores[category] ?? 'n/a'} < ${TARGETS[category]}` +
          (failing.length ? `; failing: ${failing.slice(0, 8).join(', ')}` : ''),
      );
    }
  }
  const savings = opportunities(lhr);
  if (savings.length) notes.push(`${name}: opportunities: ${savings.slice(0, 6).join(', ')}`);
}

console.log(`Lighthouse ${rows.length ? '' : '(no pages) '}against ${BASE_URL} (mobile, simulated throttling)\n`);
console.log(table(rows));
console.log(`\nReports: ${OUT_DIR}/<page>.json`);
for (const note of notes) console.log(note);
if (failures.length) {
  console.error('\nBelow target (performance >= 90, accessibility 100, best practices >= 95):');
  for (const failure of failures) console.error(`- ${failure}`);
  process.exit(1);
}
