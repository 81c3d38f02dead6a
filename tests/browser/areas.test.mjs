// Browser test of "my area" (issue 14): the area chosen on a measure page is in the address
// (#area-<id>), a link with it opens that area, back and forward step through the areas
// chosen, and the area pages work at 320 px. Builds the demo and drives headless Chromium.
//
//   SCRUTINY_BINARY=build/scrutiny node --test tests/browser/areas.test.mjs
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, buildSite } from './browser.mjs';

const CSP = "default-src 'self'; script-src 'self'";

describe('the chosen area on the demo site', () => {
  let built, server, browser, measure, areas;

  before(async () => {
    built = buildSite();
    server = await serve(built.dir, { headers: { 'Content-Security-Policy': CSP } });
    browser = await launch();
    // A measure with figures for every area.
    measure = 'violence-with-injury';
    const data = JSON.parse(fs.readFileSync(path.join(built.dir, 'data', 'metrics', measure + '.json'), 'utf8'));
    areas = data.areas.map((a) => a.area);
    assert.ok(areas.length >= 3, 'the measure has several areas');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    built?.cleanup();
  });

  const shown = (page) => page.evaluate(() => ({
    drawn: document.querySelector('.charts').dataset.chartArea,
    chosen: document.querySelector('#area-select').value,
    visible: [...document.querySelectorAll('.area-chart')].filter((s) => !s.hidden).map((s) => s.dataset.area),
    hash: window.location.hash,
  }));
  const drawnIs = (page, id) => page.waitForFunction((a) => document.querySelector('.charts').dataset.chartArea === a, id);

  test('a link with #area-<id> opens the measure page on that area', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}measures/${measure}/#area-${areas[2]}`);
    await drawnIs(page, areas[2]);
    const state = await shown(page);
    assert.equal(state.chosen, areas[2]);
    assert.deepEqual(state.visible, [areas[2]]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('choosing an area puts it in the address, and back and forward step through the choices', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}measures/${measure}/`);
    await drawnIs(page, areas[0]);
    assert.equal((await shown(page)).hash, '', 'no area in the address until one is chosen');
    await page.selectOption('#area-select', areas[1]);
    await drawnIs(page, areas[1]);
    assert.equal((await shown(page)).hash, `#area-${areas[1]}`);
    await page.selectOption('#area-select', areas[3]);
    await drawnIs(page, areas[3]);
    assert.equal(new URL(page.url()).hash, `#area-${areas[3]}`);

    await page.goBack();
    await drawnIs(page, areas[1]);
    let state = await shown(page);
    assert.equal(state.chosen, areas[1], 'back: the select follows');
    assert.deepEqual(state.visible, [areas[1]]);
    await page.goBack();
    await drawnIs(page, areas[0]);
    assert.equal((await shown(page)).hash, '', 'back to the page as first opened');
    await page.goForward();
    await drawnIs(page, areas[1]);
    state = await shown(page);
    assert.equal(state.chosen, areas[1], 'forward: the select follows');
    assert.equal(state.hash, `#area-${areas[1]}`);

    // Following an in-page link to another area's address also switches.
    await page.evaluate((id) => { window.location.hash = `area-${id}`; }, areas[4]);
    await drawnIs(page, areas[4]);
    assert.equal((await shown(page)).chosen, areas[4]);
    await context.close();
  });

  test('each area links to its own area page, which lists the measure', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}measures/${measure}/#area-${areas[1]}`);
    await drawnIs(page, areas[1]);
    const link = page.locator(`#area-${areas[1]} .area-page-link a`);
    assert.ok(await link.isVisible(), 'the chosen area\'s link shows');
    await link.click();
    await page.waitForURL(`**/areas/${areas[1]}/`);
    const row = page.locator(`a[href="../../measures/${measure}/#area-${areas[1]}"]`);
    assert.equal(await row.count(), 1, 'the area page lists the measure, linked back to the area');
    await row.click();
    await drawnIs(page, areas[1]);
    await context.close();
  });

  test('without JavaScript every area of a measure page stays in reach, and #area-<id> scrolls to it', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}measures/${measure}/#area-${areas[3]}`);
    const state = await page.evaluate(() => ({
      visible: [...document.querySelectorAll('.area-chart')].filter((s) => s.offsetHeight > 0).length,
      top: Math.round(document.getElementById(location.hash.slice(1)).getBoundingClientRect().top),
    }));
    assert.equal(state.visible, areas.length);
    // (The section's top margin may sit above it.)
    assert.ok(state.top >= 0 && state.top < 50, `the area's section is at the top of the window (${state.top})`);
    await context.close();
  });

  test('the header links to the areas on every page, and the A to Z lists each area page', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}measures/${measure}/`);
    const nav = page.locator('nav.site-nav');
    await nav.getByRole('link', { name: 'Areas', exact: true }).click();
    await page.waitForURL('**/areas/');
    assert.equal(await page.locator('h1').textContent(), 'Areas');
    assert.equal(await nav.locator('a[aria-current="page"]').textContent(), 'Areas', 'the areas index is the current entry');
    const listed = await page.$$eval('main li a', (links) => links.map((a) => ({ name: a.textContent.trim(), id: a.getAttribute('href').split('/').at(-2) })));
    assert.deepEqual(listed.map((a) => a.id).sort(), [...areas].sort());
    await page.goto(`${server.url}areas/${areas[1]}/`);
    assert.equal(await nav.locator('a[aria-current="page"]').textContent(), 'Areas', 'an area page is under Areas');
    await page.goto(`${server.url}search/`);
    for (const a of listed) {
      const entry = page.locator(`main a[href="../areas/${a.id}/"]`);
      assert.equal(await entry.count(), 1, `the A to Z lists ${a.name}'s page once`);
      assert.equal((await entry.textContent()).trim(), a.name);
    }
    await context.close();
  });

  test('the home page and area pages work at 320 px without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Shropshire', exact: true }).first().click();
    await page.waitForURL('**/areas/shropshire/');
    assert.equal(await page.locator('h1').textContent(), 'Your area: Shropshire');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px)`);
    await page.goto(`${server.url}areas/`);
    assert.equal(await page.locator('main li a').count(), areas.length);
    await context.close();
  });
});
