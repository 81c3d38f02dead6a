// The chart JSON of a real build validates against the documented schema (docs/chart-json.schema.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const source = process.env.SCRUTINY_SOURCE_DIR ?? new URL('../..', import.meta.url).pathname;
const binary = process.env.SCRUTINY_BINARY ?? join(source, 'build/scrutiny');
const schema = JSON.parse(readFileSync(join(source, 'docs/chart-json.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function buildSite(site) {
  const out = mkdtempSync(join(tmpdir(), 'scrutiny-schema-'));
  execFileSync(binary, ['build', '--quiet', '--source', site, '--output', join(out, 'public')]);
  return out;
}

for (const [name, site] of [['the demo site', source], ['the minimal fixture', join(source, 'tests/fixtures/valid-minimal')]]) {
  test(`every chart JSON file of ${name} validates against schema 1`, () => {
    const out = buildSite(site);
    try {
      const dir = join(out, 'public/data/metrics');
      const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      assert.ok(files.length > 0, 'the build wrote chart JSON');
      for (const file of files) {
        const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        const ok = validate(data);
        assert.ok(ok, `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        assert.equal(data.metric, file.replace(/\.json$/, ''));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

test('the schema rejects chart JSON that breaks it', () => {
  assert.equal(validate({ schema: 2 }), false);
});
