// The search box on /search/ (issue 14), in the machine's headless Chromium on the demo:
//   - a word found in one commitment's body only, and a glossary abbreviation, are both found,
//     and their result links open the right page;
//   - the count is announced in the live region; Tab reaches the results; at 320 px nothing
//     scrolls sideways; without JavaScript the box is hidden and the A to Z is there;
//   - the size of the search documents and the time to the first result are printed.
//
//   SCRUTINY_BINARY=build/scrutiny node --test tests/browser/search.test.mjs
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './serve.mjs';
import { launch, buildSite, sourceDir } from './browser.mjs';

// The one commitment whose Markdown body (after the front matter) holds `word`; fails if the
// demo has it in any other file, so the test stays about a word only that body has.
function onlyCommitmentWith(word) {
  const root = sourceDir();
  const holders = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (fs.readFileSync(p, 'utf8').toLowerCase().includes(word)) holders.push(p);
    }
  };
  walk(path.join(root, 'content'));
  assert.equal(holders.length, 1, `"${word}" should be in one content file, is in ${holders.join(', ')}`);
  const text = fs.readFileSync(holders[0], 'utf8');
  const [, front, body] = text.split('+++');
  assert.ok(body.toLowerCase().includes(word) && !front.toLowerCase().includes(word), `"${word}" should be in the body only`);
  return front.match(/^ref = "([^"]+)"/m)[1];
}

async function search(page, query) {
  await page.fill('#search-box', '');  // the status empties, so the wait below sees this query's
  await page.waitForFunction(() => document.querySelector('.search-status').textContent === '');
  await page.fill('#search-box', query);
  await page.waitForFunction((q) => {
    const status = document.querySelector('.search-status').textContent;
    return document.querySelector('#search-box').value === q && status !== '';
  }, query);
  return page.evaluate(() => ({
    status: document.querySelector('.search-status').textContent,
    results: [...document.querySelectorAll('#search-results li a')].map((a) => ({ title: a.textContent, href: a.href })),
  }));
}

describe('search on the demo site', () => {
  let built, server, browser, context, page;

  before(async () => {
    built = buildSite();
    server = await serve(built.dir);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    built?.cleanup();
  });

  test('prints the size of the search documents and the time to the first result', async () => {
    const bytes = fs.readFileSync(path.join(built.dir, 'search', 'documents.json'));
    const script = fs.readFileSync(path.join(built.dir, 'assets', 'vendor', 'minisearch', 'minisearch.min.js'));
    const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
    await page.goto(server.url + 'search/', { waitUntil: 'load' });
    const started = Date.now();
    await page.click('#search-box');
    const { results } = await search(page, 'victims');
    const ms = Date.now() - started;
    assert.ok(results.length > 0);
    console.log(`search documents: ${bytes.length} bytes (${gz(bytes)} gzip -9); MiniSearch bundle: ${script.length} bytes ` +
                `(${gz(script)} gzip -9); first result ${ms} ms after the box was focused`);
  });

  test('a word from one commitment\'s body finds that commitment, and its link opens it', async () => {
    const ref = onlyCommitmentWith('lobbying');
    await page.goto(server.url + 'search/', { waitUntil: 'load' });
    const { status, results } = await search(page, 'lobbying');
    assert.ok(results.length >= 1);
    assert.ok(results[0].title.startsWith(ref + ':'), `first result ${results[0].title} should be commitment ${ref}`);
    assert.equal(status, results.length === 1 ? '1 result' : `${results.length} results`);
    await page.click('#search-results li a >> nth=0');
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, new URL(results[0].href).pathname);
    assert.ok((await page.textContent('main')).includes('lobbying'));
  });

  test('a glossary abbreviation finds its term, and the link lands on it', async () => {
    await page.goto(server.url + 'search/', { waitUntil: 'load' });
    const { results } = await search(page, 'AGG');
    const term = results.find((r) => r.title.startsWith('AGG:'));
    assert.ok(term, `AGG should be among ${JSON.stringify(results.map((r) => r.title))}`);
    await page.goto(term.href, { waitUntil: 'load' });
    const id = new URL(term.href).hash.slice(1);
    assert.equal(await page.locator(`[id="${id}"]`).textContent(), 'AGG');
  });

  test('a ref finds its commitment first; nonsense says there is nothing', async () => {
    await page.goto(server.url + 'search/', { waitUntil: 'load' });
    const { results } = await search(page, '3.10');
    assert.ok(results[0].title.startsWith('3.10:'), results[0].title);
    const none = await search(page, 'zqxjzqxj');
    assert.equal(none.results.length, 0);
    assert.match(none.status, /^No results/);
  });

  test('the keyboard reaches the box and then the results', async () => {
    await page.goto(server.url + 'search/', { waitUntil: 'load' });
    await page.focus('#search-box');
    await search(page, 'burglary');
    await page.keyboard.press('Enter');  // stays on the page
    assert.equal(new URL(page.url()).pathname, '/search/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.closest('#search-results') !== null);
    assert.ok(focused, 'Tab from the box should reach the first result');
  });

  test('at 320 px the box and its results fit the screen', async () => {
    const small = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const p = await small.newPage();
    await p.goto(server.url + 'search/', { waitUntil: 'load' });
    await search(p, 'victims');
    const widths = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, box: document.querySelector('#search-box').getBoundingClientRect().right }));
    assert.ok(widths.scroll <= 320, `the page is ${widths.scroll} px wide`);
    assert.ok(widths.box <= 320);
    await small.close();
  });

  test('without JavaScript there is no dead box, and the A to Z is there', async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const p = await nojs.newPage();
    await p.goto(server.url + 'search/', { waitUntil: 'load' });
    assert.equal(await p.isVisible('#search-box'), false);
    assert.ok(await p.locator('.letters a').count() > 5);
    await nojs.close();
  });
});
