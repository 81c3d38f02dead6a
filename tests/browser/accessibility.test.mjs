// Accessibility suite (WCAG 2.2 AA, docs/theme-accessibility.md): builds the demo site and every
// valid fixture site (tests/fixtures/valid-*) with the scrutiny binary, serves each on
// 127.0.0.1 and visits every HTML page in the machine's headless Chromium:
//   - axe-core with the WCAG 2.0/2.1/2.2 A and AA tags: no violations;
//   - the Nu HTML Checker (vnu.jar, run once over every page of every build): no errors;
//   - no console errors, no failed requests;
//   - keyboard: the first Tab reaches a visible skip link; Tab reaches every interactive element,
//     each with a visible focus indicator not hidden behind sticky or fixed content;
//   - reflow at 320 CSS px without horizontal scrolling; text at 200% scales and loses nothing;
//   - one unique <title>, one <h1>, lang="en-GB", landmarks, headings in order;
//   - controls at least 24 x 24 CSS px; content images have alt text;
//   - with prefers-reduced-motion: reduce, charts are drawn without animation.
// A deliberately broken site (tests/fixtures/a11y-broken) must fail, proving the checks can fail.
//
//   SCRUTINY_BINARY=build/scrutiny node --test tests/browser/accessibility.test.mjs
// (SCRUTINY_DEMO_SOURCE=<folder> checks another copy of the demo site instead of the repository's.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './serve.mjs';
import { launch, buildSite, sourceDir } from './browser.mjs';

const require = createRequire(import.meta.url);
const root = sourceDir();
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU_JAR = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGUAGE = 'en-GB';

const fixtures = path.join(root, 'tests', 'fixtures');
const PASSING_SITES = [
  { name: 'demo', source: process.env.SCRUTINY_DEMO_SOURCE || root },
  ...fs.readdirSync(fixtures).filter((d) => d.startsWith('valid-')).sort()
    .map((d) => ({ name: d, source: path.join(fixtures, d) })),
];
const BROKEN_SITE = { name: 'a11y-broken', source: path.join(fixtures, 'a11y-broken') };

// Every HTML file of a built site, as URL paths ("/", "/about/", "/404.html").
function htmlPages(dir) {
  const pages = [];
  const walk = (abs, rel) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(abs, entry.name), rel + entry.name + '/');
      else if (entry.name === 'index.html') pages.push(rel);
      else if (entry.name.endsWith('.html')) pages.push(rel + entry.name);
    }
  };
  walk(dir, '/');
  return pages.sort();
}

// Serves a built site under the path of its base_url (as a host would), so pages that must
// work at any depth, like 404.html, load their styles from root-relative addresses.
function hostUnderBasePath(dir) {
  const home = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home);
  const basePath = canonical ? new URL(canonical[1]).pathname.replace(/\/?$/, '/') : '/';
  const root = fs.mkdtempSync(path.join(path.dirname(dir), 'host-'));
  if (basePath === '/') return { root: dir, basePath };
  const link = path.join(root, ...basePath.split('/').filter(Boolean));
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(dir, link, 'dir');
  return { root, basePath };
}

function urlPathToFile(dir, urlPath) {
  return path.join(dir, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
}

// The Nu HTML Checker over every page of every build at once (one JVM start): errors by file.
function runVnu(dirs) {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', ...dirs],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', () => {
      try {
        const { messages } = JSON.parse(err.trim() || out.trim());
        const byFile = new Map();
        for (const m of messages) {
          const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : '(vnu)';
          if (m.type !== 'error' && !(m.type === 'non-document-error')) continue;
          if (!byFile.has(file)) byFile.set(file, []);
          byFile.get(file).push(`${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.message}`);
        }
        resolve(byFile);
      } catch (e) {
        reject(new Error(`could not read the Nu HTML Checker's output: ${e.message}\n${err.slice(0, 2000)}`));
      }
    });
  });
}

// In the page: structure, images, target sizes, focusable elements and their resting styles.
function inspectStructure({ language }) {
  const problems = [];
  const visible = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const title = document.title.trim();
  if (!title) problems.push('the page has no <title>');
  if (document.documentElement.getAttribute('lang') !== language)
    problems.push(`<html lang="${document.documentElement.getAttribute('lang')}">, expected "${language}"`);
  const h1s = document.querySelectorAll('h1');
  if (h1s.length !== 1) problems.push(`${h1s.length} <h1> elements, expected exactly one`);
  let previous = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(h.tagName[1]);
    if (previous === 0 && level !== 1) problems.push(`the first heading is <${h.tagName.toLowerCase()}>, expected <h1>`);
    if (previous !== 0 && level > previous + 1)
      problems.push(`heading skipped: <h${level}> "${h.textContent.trim().slice(0, 60)}" follows <h${previous}>`);
    previous = level;
  }
  const outside = (el) => !el.closest('main, article, aside, nav, section');
  const landmarks = {
    header: [...document.querySelectorAll('header')].filter(outside).length,
    nav: document.querySelectorAll('nav').length,
    main: document.querySelectorAll('main').length,
    footer: [...document.querySelectorAll('footer')].filter(outside).length,
  };
  for (const [name, count] of Object.entries(landmarks)) {
    if (name === 'main' ? count !== 1 : count < 1) problems.push(`landmark <${name}>: found ${count}`);
  }
  for (const img of document.querySelectorAll('main img')) {
    const alt = img.getAttribute('alt');
    if (img.getAttribute('aria-hidden') === 'true' || img.getAttribute('role') === 'presentation') continue;
    if (alt === null || alt.trim() === '') problems.push(`image without alt text: ${img.getAttribute('src')}`);
  }
  // Controls (not links inside running text) must be at least 24 x 24 CSS px (WCAG 2.5.8).
  const controls = document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, summary, [role=button], .skip-link, ' +
    'header a, nav a, footer a, .letters a');
  for (const el of controls) {
    if (!visible(el) || el.classList.contains('skip-link')) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 24 || r.height < 24)
      problems.push(`control smaller than 24 x 24 px (${Math.round(r.width)} x ${Math.round(r.height)}): ${describe(el)}`);
  }
  function describe(el) {
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}> "${text}"`;
  }
  // The elements keyboard users must reach, in the order the Tab key should reach them, and
  // their resting look, to compare with their look when focused.
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable=true]';
  const expected = [];
  let i = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (el.tabIndex < 0 || el.disabled || el.closest('[inert]')) continue;
    if (!visible(el) && !el.classList.contains('skip-link')) continue;
    if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
    el.dataset.a11yId = String(i++);
    const s = getComputedStyle(el);
    el.dataset.a11yRest = JSON.stringify([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
                                          s.backgroundColor, s.color, s.textDecorationLine, s.borderColor]);
    expected.push({ id: el.dataset.a11yId, what: describe(el) });
  }
  window.__a11yFocus = [];
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    const s = getComputedStyle(el);
    const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
                 s.textDecorationLine, s.borderColor];
    const rest = el.dataset.a11yRest ? JSON.parse(el.dataset.a11yRest) : now;
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
    const indicator = el.matches(':focus-visible') &&
      (outline || now[3] !== rest[3] || now[4] !== rest[4] || now[7] !== rest[7]);
    // Not obscured: some point of the element is on screen and on top (WCAG 2.4.11).
    const r = el.getBoundingClientRect();
    const points = [[0.5, 0.5], [0.1, 0.5], [0.9, 0.5], [0.5, 0.1], [0.5, 0.9]];
    let shown = false;
    let coveredBy = '';
    for (const [fx, fy] of points) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit) || hit.contains(el))) { shown = true; break; }
      if (hit) coveredBy = describe(hit);
    }
    window.__a11yFocus.push({ id: el.dataset.a11yId ?? null, what: describe(el), indicator, shown, coveredBy,
                              skipLink: el.classList.contains('skip-link'),
                              skipText: el.textContent.trim().toLowerCase(), width: r.width, height: r.height });
  });
  return { title, problems, expected };
}

// In the page, with text at 200%: every text element grew, nothing is clipped, no sideways scroll.
function inspectZoom(before) {
  const problems = [];
  const textual = 'p, li, a, td, th, caption, summary, dt, dd, label, h1, h2, h3, h4, figcaption, select';
  const els = [...document.querySelectorAll(textual)].filter((el) => !el.closest('svg'));
  const sizes = els.map((el) => parseFloat(getComputedStyle(el).fontSize));
  if (before === null) return sizes;
  els.forEach((el, i) => {
    if (sizes[i] < before[i] * 1.9 && problems.length < 5)
      problems.push(`text does not scale to 200% (${before[i]}px -> ${sizes[i]}px): <${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 40)}"`);
  });
  for (const el of document.querySelectorAll('body *')) {
    const s = getComputedStyle(el);
    const clips = (v) => v === 'hidden' || v === 'clip';
    if (!clips(s.overflowX) && !clips(s.overflowY)) continue;
    if (!el.textContent.trim() || el.closest('svg')) continue;
    if ((clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1))
      problems.push(`text clipped at 200%: <${el.tagName.toLowerCase()} class="${el.className}">`);
  }
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`at 200% text the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth} px)`);
  return problems;
}

// In the page at 320 CSS px: nothing makes the page scroll sideways.
function inspectReflow() {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && !el.closest('.table-wrap'))
      .slice(-3).map((el) => `<${el.tagName.toLowerCase()} class="${el.className?.baseVal ?? el.className}">`);
    problems.push(`at 320 px the page scrolls sideways (${doc.scrollWidth} px wide): ${wide.join(', ')}`);
  }
  for (const el of [document.documentElement, document.body]) {
    const o = getComputedStyle(el).overflowX;
    if (o === 'hidden' || o === 'clip') problems.push(`<${el.tagName.toLowerCase()}> hides horizontal overflow, which cuts off content at 320 px`);
  }
  return problems;
}

// In the page with reduced motion: every chart is drawn and none animates.
function inspectMotion() {
  const problems = [];
  const canvases = [...document.querySelectorAll('canvas')];
  const charts = window.Chart ? canvases.map((c) => window.Chart.getChart(c)).filter(Boolean) : [];
  if (document.querySelector('.charts') && window.Chart && charts.length === 0) problems.push('no chart was drawn');
  for (const chart of charts) {
    const a = chart.options.animation;
    if (!(a === false || (a && a.duration === 0))) problems.push(`chart ${chart.canvas.id} animates despite prefers-reduced-motion`);
  }
  const running = document.getAnimations().filter((a) => a.playState === 'running');
  if (running.length) problems.push(`${running.length} CSS animation(s) run despite prefers-reduced-motion`);
  return problems;
}

function watch(page) {
  const problems = [];
  // A failed load is reported below with its address; the console's copy of it has none (and
  // the browser's own request for /favicon.ico, outside the site's folder, is no page's fault).
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/404.html')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

// Waits until charts.js has drawn the measure charts (or given up), which shows one area's
// section and hides the others: the page keyboard users meet is the one after that.
async function chartsSettled(page) {
  await page.waitForFunction(() => {
    const charts = document.querySelector('.charts');
    return !charts || charts.hasAttribute('data-charts');
  }, null, { timeout: 5000 }).catch(() => {});  // inspectMotion reports a chart never drawn
}

// Every check but the HTML checker on one page; returns its problems and its title.
async function checkPage(pages, url) {
  const { desktop, narrow } = pages;
  desktop.problems.length = 0;
  narrow.problems.length = 0;
  const problems = [];
  await desktop.page.goto(url, { waitUntil: 'load' });
  await chartsSettled(desktop.page);
  const structure = await desktop.page.evaluate(inspectStructure, { language: LANGUAGE });
  problems.push(...structure.problems);

  // Keyboard: Tab through the whole page once (presses are queued together to save round trips;
  // each focus move is measured by the page's own focusin listener as it happens).
  await Promise.all(Array.from({ length: structure.expected.length + 1 }, () => desktop.page.keyboard.press('Tab')));
  const focus = await desktop.page.evaluate(() => window.__a11yFocus);
  const first = focus[0];
  if (!first || !first.skipLink || !first.skipText.includes('skip to main content'))
    problems.push(`the first Tab does not reach a "Skip to main content" link (it reached ${first ? first.what : 'nothing'})`);
  else if (!first.indicator || !first.shown || first.width < 24 || first.height < 24)
    problems.push('the skip link is not visible when focused');
  const reached = new Set(focus.map((f) => f.id));
  for (const e of structure.expected) if (!reached.has(e.id)) problems.push(`not reachable with Tab: ${e.what}`);
  const seen = new Set();
  for (const f of focus) {
    if (f.id !== null && seen.has(f.id)) continue;
    seen.add(f.id);
    if (!f.indicator) problems.push(`no visible focus indicator: ${f.what}`);
    if (!f.shown) problems.push(`focused element hidden${f.coveredBy ? ' behind ' + f.coveredBy : ' off screen'}: ${f.what}`);
  }

  // axe-core.
  await desktop.page.evaluate(() => document.activeElement?.blur());
  const axe = await desktop.page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3), count: v.nodes.length }));
  }, AXE_TAGS);
  for (const v of axe) problems.push(`axe ${v.id}: ${v.help} (${v.count}: ${v.targets.join('; ')})`);

  // Reduced motion (the desktop context asks for it).
  problems.push(...await desktop.page.evaluate(inspectMotion));

  // Text at 200%.
  const sizes = await desktop.page.evaluate(inspectZoom, null);
  await desktop.page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  problems.push(...await desktop.page.evaluate(inspectZoom, sizes));

  // Reflow at 320 CSS px.
  await narrow.page.goto(url, { waitUntil: 'load' });
  await chartsSettled(narrow.page);
  problems.push(...await narrow.page.evaluate(inspectReflow));

  problems.push(...desktop.problems, ...narrow.problems);
  return { title: structure.title, problems, axe: axe.reduce((n, v) => n + v.count, 0) };
}

async function openPages(browser) {
  const make = async (options, initScript) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
    if (initScript) await context.addInitScript(initScript);
    const page = await context.newPage();
    return { context, page, problems: watch(page) };
  };
  return { desktop: await make({ viewport: { width: 1280, height: 800 } }, AXE_SOURCE),
           narrow: await make({ viewport: { width: 320, height: 640 } }) };
}

// Checks every page of one built site; returns { pages, violations, htmlErrors, failures }.
async function checkSite(browser, site, vnuErrors) {
  const server = await serve(site.root);
  const pages = await openPages(browser);
  const failures = [];
  const titles = new Map();
  let violations = 0;
  let htmlErrors = 0;
  try {
    for (const urlPath of site.pages) {
      const result = await checkPage(pages, server.url + site.basePath.slice(1) + urlPath.slice(1));
      violations += result.axe;
      const html = vnuErrors.get(urlPathToFile(site.dir, urlPath)) ?? [];
      htmlErrors += html.length;
      const problems = [...result.problems, ...html.map((m) => `HTML error ${m}`)];
      if (titles.has(result.title)) problems.push(`<title> "${result.title}" is also the title of ${titles.get(result.title)}`);
      else titles.set(result.title, urlPath);
      for (const p of problems) failures.push(`${site.name} ${urlPath}: ${p}`);
    }
  } finally {
    await pages.desktop.context.close();
    await pages.narrow.context.close();
    await server.close();
  }
  return { pages: site.pages.length, violations, htmlErrors, failures };
}

describe('accessibility (WCAG 2.2 AA)', { timeout: 840_000 }, () => {
  let browser;
  let vnu;
  const built = [];

  before(async () => {
    for (const site of [...PASSING_SITES, BROKEN_SITE]) {
      const { dir, cleanup } = buildSite({ source: site.source, prefix: `scrutiny-a11y-${site.name}-` });
      built.push({ ...site, dir, cleanup, pages: htmlPages(dir), ...hostUnderBasePath(dir) });
    }
    vnu = runVnu(built.map((s) => s.dir));
    vnu.catch(() => {});
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    for (const site of built) site.cleanup();
  });

  test('every page of the demo site and the valid fixtures passes', async () => {
    const vnuErrors = await vnu;
    const totals = { pages: 0, violations: 0, htmlErrors: 0 };
    const failures = [];
    for (const site of built.filter((s) => s !== built.at(-1))) {
      assert.ok(site.pages.length > 0, `${site.name} built no pages`);
      const result = await checkSite(browser, site, vnuErrors);
      totals.pages += result.pages;
      totals.violations += result.violations;
      totals.htmlErrors += result.htmlErrors;
      failures.push(...result.failures);
    }
    console.log(`accessibility: ${totals.pages} pages, ${totals.violations} violations, ${totals.htmlErrors} HTML errors`
      + (failures.length ? `, ${failures.length} problems` : ''));
    assert.deepEqual(failures, [], `accessibility problems:\n${failures.join('\n')}`);
  });

  test('a page with an image without alt text, a skipped heading, a fixed width and a hidden focus fails', async () => {
    const vnuErrors = await vnu;
    const site = built.at(-1);
    const result = await checkSite(browser, site, vnuErrors);
    const on = (page, pattern) => result.failures.some((f) => f.startsWith(`${site.name} ${page}:`) && pattern.test(f));
    assert.ok(on('/broken/', /image without alt text/), `the missing alt text was not caught:\n${result.failures.join('\n')}`);
    assert.ok(on('/broken/', /heading skipped: <h3>/), `the skipped heading was not caught:\n${result.failures.join('\n')}`);
    assert.ok(on('/broken/', /HTML error .*heading/i), `the HTML checker did not report the skipped heading:\n${result.failures.join('\n')}`);
    assert.ok(on('/broken/', /axe image-alt/), `axe did not report the image without alt:\n${result.failures.join('\n')}`);
    assert.ok(on('/broken/', /at 320 px the page scrolls sideways/), `the fixed-width paragraph was not caught:\n${result.failures.join('\n')}`);
    assert.ok(on('/broken/', /no visible focus indicator: <a> "A link that hides its focus"/),
              `the link without a focus indicator was not caught:\n${result.failures.join('\n')}`);
    assert.ok(!result.failures.some((f) => !f.includes(' /broken/:')), `only the broken page should fail:\n${result.failures.join('\n')}`);
  });
});
