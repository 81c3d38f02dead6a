// The demo's monthly figures are illustrative, built so that the site's own quarter sentences
// repeat what the panel printed (issue 12). This builds the demo as it stood at the end of
// September 2017 (every series cut there) and checks the West Mercia sentences for July to
// September 2017 against the July-September 2017 performance summary's policing-area table:
// last quarter, previous quarter (from the paper's text) and quarter average.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const source = process.env.SCRUTINY_SOURCE_DIR ?? new URL('../..', import.meta.url).pathname;
const binary = process.env.SCRUTINY_BINARY ?? join(source, 'build/scrutiny');

// Keep each series up to and including 2017-09.
function cutAtSeptember2017(toml) {
  return toml.replace(/start = "(\d{4})-(\d{2})"\nvalues = \[([^\]]*)\]/g, (_, y, m, values) => {
    const keep = (2017 - Number(y)) * 12 + (9 - Number(m)) + 1;
    const list = values.split(',').map((v) => v.trim()).filter((v) => v !== '');
    return `start = "${y}-${m}"\nvalues = [${list.slice(0, Math.max(keep, 0)).join(', ')}]`;
  });
}

// The paper's table, as the site's sentences say it now (SPC.md section 6: the period named, the
// change with its baseline, the quarter average): every figure the paper printed must be there.
const printed = {
  'violence-with-injury': ['In July to September 2017, 2,762 offences were recorded', 'down 3% on April to June 2017 (2,846)',
                           'above the quarter average (2,654)'],
  'residential-burglary': ['In July to September 2017, 770 offences were recorded', 'down 14% on April to June 2017 (892)',
                           'below the quarter average (828)'],
  robbery: ['In July to September 2017, 177 offences were recorded', 'up 43% on April to June 2017 (124)',
            'above the quarter average (148)'],
  'total-recorded-crime': ['In July to September 2017, 22,285 offences were recorded', 'April to June 2017 (22,221)',
                           'above the quarter average (21,373)'],
};

test('the West Mercia sentences for July to September 2017 read the figures the 2017 paper printed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-2017-'));
  try {
    for (const part of ['site_config.toml', 'content', 'themes', 'assets']) cpSync(join(source, part), join(dir, part), { recursive: true });
    const metrics = join(dir, 'content/metrics');
    for (const f of readdirSync(metrics).filter((f) => f.endsWith('.toml')))
      writeFileSync(join(metrics, f), cutAtSeptember2017(readFileSync(join(metrics, f), 'utf8')));
    execFileSync(binary, ['build', '--quiet', '--source', dir, '--output', join(dir, 'public')]);
    for (const [metric, parts] of Object.entries(printed)) {
      const html = readFileSync(join(dir, 'public/measures', metric, 'index.html'), 'utf8');
      for (const part of parts) assert.ok(html.includes(part), `${metric}: the page does not say "${part}"`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
