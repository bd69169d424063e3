#!/usr/bin/env node
// The JavaScript a first visit downloads before any page loaded on demand: the entry script in
// dist/index.html and the modules it preloads, each gzipped (zlib level 9). Run after `vite build`.
// Usage: node scripts/bundle-size.mjs [distDir]   (exit code 1 over the target; 1 KB = 1000 bytes)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const TARGET_KB = 200;
const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, '..', 'dist'));

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error(`No ${join(dist, 'index.html')}: run \`vite build\` first.`);
  process.exit(2);
}

/** The value of one attribute in a tag, or undefined. */
function attribute(tag, name) {
  return tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
}

const files = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attribute(tag, 'src');
  if (src) files.add(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const href = attribute(tag, 'href');
  if (href && rel.includes('modulepreload')) files.add(href);
}
if (files.size === 0) {
  console.error('No scripts found in index.html.');
  process.exit(2);
}

// kilobytes of 1000 bytes, as Vite reports them
const kb = (bytes) => (bytes / 1000).toFixed(1);
let raw = 0;
let gzipped = 0;
const rows = [];
for (const url of files) {
  if (/^(https?:)?\/\//.test(url)) {
    console.error(`Skipping external script ${url}`);
    continue;
  }
  const path = join(dist, url.replace(/^\//, '').split(/[?#]/)[0]);
  const content = readFileSync(path);
  const size = gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
  raw += content.length;
  gzipped += size;
  rows.push([url, content.length, size]);
}

rows.sort((a, b) => b[2] - a[2]);
for (const [url, rawSize, size] of rows) {
  console.log(`${kb(size).padStart(8)} KB gzipped ${kb(rawSize).padStart(8)} KB raw  ${url}`);
}
const ratio = gzipped / 1000 / TARGET_KB;
console.log(
  `initial JavaScript: ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw, ${rows.length} files) ` +
    `(target ${TARGET_KB} KB, ratio ${ratio.toFixed(2)})`,
);
if (gzipped > TARGET_KB * 1000) {
  console.error(`Over the ${TARGET_KB} KB target by ${kb(gzipped - TARGET_KB * 1000)} KB.`);
  process.exit(1);
}
