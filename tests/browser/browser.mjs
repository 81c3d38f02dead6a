// Launches the machine's headless Debian Chromium through playwright-core (no browser download).
// Shared by the browser tests.
//
//   import { launch, buildDemo } from './browser.mjs';
//   const browser = await launch();  ... await browser.close();
//
// CHROMIUM_PATH overrides the executable (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-quic', '--no-first-run',
  '--disable-component-update', '--disable-sync'];

export async function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
}

const here = path.dirname(fileURLToPath(import.meta.url));

// The repository root: SCRUTINY_SOURCE_DIR or two folders up from this file.
export function sourceDir() {
  return process.env.SCRUTINY_SOURCE_DIR || path.resolve(here, '..', '..');
}

// The scrutiny binary: SCRUTINY_BINARY, or the first of build/scrutiny and build-*/scrutiny found.
export function scrutinyBinary() {
  if (process.env.SCRUTINY_BINARY) return process.env.SCRUTINY_BINARY;
  const root = sourceDir();
  const candidates = ['build', ...fs.readdirSync(root).filter((d) => d.startsWith('build-'))]
    .map((d) => path.join(root, d, 'scrutiny'));
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error('no scrutiny binary found; set SCRUTINY_BINARY or build first');
  return found;
}

// Builds a site (default: the demo, the repository's own site) into a fresh temporary folder and
// returns { dir, cleanup() }.
export function buildSite({ source = sourceDir(), prefix = 'scrutiny-browser-' } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const out = path.join(dir, 'site');
  try {
    execFileSync(scrutinyBinary(), ['build', '--source', source, '--output', out],
                 { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { dir: out, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// Every page (index.html) under a built site, as URL paths ("/", "/measures/x/", ...).
export function pagePaths(siteDir) {
  const paths = [];
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel + entry.name + '/');
      else if (entry.name === 'index.html') paths.push(rel);
    }
  };
  walk(siteDir, '/');
  return paths.sort();
}
