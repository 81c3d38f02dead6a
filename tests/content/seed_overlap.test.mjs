// The demo site speaks in a public body's name, so it must tell what the panel papers say in its
// own words (issue 12). This test finds every run of 12 or more consecutive words in the demo's
// text (content/ and site_config.toml: titles, bodies, TOML strings, activity titles, glossary,
// comments) that also appears in one of the seed papers.
//
// Where the papers are: $SCRUTINY_SEEDS, else <repo>/../shared/seeds (CI clones the repository
// with a copy of shared/ beside it). When neither exists the test is skipped with a message,
// because the papers are not part of the repository.
//
// Normalisation, applied to the papers and the content alike, so that only wording counts:
// - HTML tags (<p>, <ul style=...>) and Markdown emphasis are dropped: they are layout, not words;
// - Unicode is decomposed and accents dropped, curly quotes and dashes count as plain ones;
// - apostrophes inside a word are removed ("PCC's" and "PCCs" are the same word), and commas
//   inside numbers too ("1,285" is "1285");
// - everything is lower-cased, and a word is a run of letters and digits: every other character
//   (punctuation, hyphens, whitespace, line and table breaks) only separates words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const RUN = 12;
const repo = process.env.SCRUTINY_SOURCE_DIR ?? resolve(new URL('../..', import.meta.url).pathname);
const seeds = process.env.SCRUTINY_SEEDS ?? resolve(repo, '../shared/seeds');

// Returns [{word, line}] for a text, after the normalisation described above.
export function words(text) {
  const clean = text
    .replace(/<[^>\n]*>/g, ' ')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/(\d),(\d)/g, '$1$2')
    .toLowerCase();
  const out = [];
  let line = 1;
  for (const m of clean.matchAll(/[\p{L}\p{N}]+|\n/gu)) {
    if (m[0] === '\n') ++line;
    else out.push({ word: m[0], line });
  }
  return out;
}

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(md|toml|csv|txt)$/.test(name)) out.push(path);
  }
  return out;
}

// Every maximal run of >= RUN words of `tokens` whose every RUN-word window is in `known`.
export function copiedRuns(tokens, known) {
  const runs = [];
  let start = -1, end = -1;
  for (let i = 0; i + RUN <= tokens.length; ++i) {
    const key = tokens.slice(i, i + RUN).map((t) => t.word).join(' ');
    if (!known.has(key)) continue;
    if (start >= 0 && i <= end) end = i + RUN;
    else {
      if (start >= 0) runs.push([start, end]);
      start = i;
      end = i + RUN;
    }
  }
  if (start >= 0) runs.push([start, end]);
  return runs.map(([s, e]) => ({ line: tokens[s].line, length: e - s, text: tokens.slice(s, e).map((t) => t.word).join(' ') }));
}

test(`no run of ${RUN} or more words in the demo content is copied from a seed paper`, (t) => {
  if (!existsSync(seeds)) {
    const why = `seed papers not found at ${seeds} (set SCRUTINY_SEEDS to the folder of papers); skipping the copied-passage check`;
    console.log(why);
    t.skip(why);
    return;
  }
  const known = new Set();
  const papers = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(papers.length > 0, `no .txt papers in ${seeds}`);
  for (const paper of papers) {
    const tokens = words(readFileSync(join(seeds, paper), 'utf8')).map((t) => t.word);
    for (let i = 0; i + RUN <= tokens.length; ++i) known.add(tokens.slice(i, i + RUN).join(' '));
  }
  const files = [join(repo, 'site_config.toml'), ...filesUnder(join(repo, 'content'))];
  let checked = 0;
  const found = [];
  for (const file of files) {
    const tokens = words(readFileSync(file, 'utf8'));
    checked += Math.max(0, tokens.length - RUN + 1);
    for (const run of copiedRuns(tokens, known))
      found.push(`${relative(repo, file)}:${run.line}: ${run.length} words also in a seed paper: "${run.text}"`);
  }
  console.log(`checked ${checked} runs of ${RUN} words in ${files.length} files against ${known.size} runs in ${papers.length} seed papers; ${found.length} copied`);
  for (const f of found) console.log(f);
  assert.equal(found.length, 0, `rewrite these passages in our own words:\n${found.join('\n')}`);
});
