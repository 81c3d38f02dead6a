// The weight budget (issue 14): builds the demo and prints, for each kind of page, its heaviest
// page compressed with gzip -9, and the heaviest measure page's total with everything it loads
// (stylesheets, icon, scripts, chart JSON). Fails when any HTML page is over 30 KB compressed or
// a measure page's total is over 120 KB: most visitors come on a phone, often on a slow line.
//
//   SCRUTINY_BINARY=build/scrutiny node --test tests/weight/weight.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildSite } from '../browser/browser.mjs';

const HTML_BUDGET = 30 * 1024;
const MEASURE_BUDGET = 120 * 1024;

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

function htmlFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p, base);
    return e.name.endsWith('.html') ? [path.relative(base, p)] : [];
  });
}

// "measures/x/index.html" -> "measures/*"; "measures/index.html" -> "measures"; "index.html" -> "home".
function kindOf(file) {
  const parts = path.dirname(file).split(path.sep).filter((p) => p !== '.');
  if (file === '404.html') return 'not found';
  if (!parts.length) return 'home';
  return parts.length === 1 ? parts[0] : parts[0] + '/*';
}

// What a page makes the browser fetch from the site: stylesheets, icon, scripts, chart JSON.
function resources(site, file, html) {
  const dir = path.dirname(path.join(site, file));
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"#?]+)"[^>]*>/g)]
    .filter((m) => /^<script|rel="(?:stylesheet|icon)"/.test(m[0]) && !m[1].includes('://'))
    .map((m) => m[1]);
  for (const m of html.matchAll(/data-chart-json="([^"]+)"/g)) refs.push(m[1]);
  return [...new Set(refs)].map((r) => path.resolve(dir, r)).filter((p) => fs.existsSync(p));
}

test('every page is within the weight budget', () => {
  const built = buildSite();
  try {
    const heaviest = new Map();
    let measure = null;
    const over = [];
    for (const file of htmlFiles(built.dir)) {
      const html = fs.readFileSync(path.join(built.dir, file));
      const weight = gzip(html);
      if (weight > HTML_BUDGET) over.push(`${file}: ${kb(weight)} compressed (budget ${kb(HTML_BUDGET)})`);
      const kind = kindOf(file);
      if (!heaviest.has(kind) || heaviest.get(kind).weight < weight) heaviest.set(kind, { file, weight, raw: html.length });
      if (kind === 'measures/*') {
        const extra = resources(built.dir, file, html.toString());
        const total = weight + extra.reduce((sum, p) => sum + gzip(fs.readFileSync(p)), 0);
        if (total > MEASURE_BUDGET) over.push(`${file}: ${kb(total)} compressed with what it loads (budget ${kb(MEASURE_BUDGET)})`);
        if (!measure || measure.total < total) measure = { file, total, requests: 1 + extra.length, extra };
      }
    }
    console.log('heaviest page of each kind (gzip -9; raw):');
    for (const [kind, h] of [...heaviest].sort()) console.log(`  ${kind.padEnd(20)} ${kb(h.weight).padStart(9)} ${kb(h.raw).padStart(9)}  ${h.file}`);
    if (measure) {
      console.log(`heaviest measure page in all: ${measure.file}: ${kb(measure.total)} in ${measure.requests} requests`);
      for (const p of measure.extra) console.log(`  ${path.relative(built.dir, p).padEnd(44)} ${kb(gzip(fs.readFileSync(p))).padStart(9)}`);
    }
    assert.ok(heaviest.size > 5, 'the demo should have pages of many kinds');
    assert.ok(measure && measure.requests > 2, 'a measure page should load its scripts and chart JSON');
    assert.deepEqual(over, []);
  } finally {
    built.cleanup();
  }
});
