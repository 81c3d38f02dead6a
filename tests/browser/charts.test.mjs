// Browser test of the measure charts (docs/charts.md): builds the demo site (and the minimal
// fixture, which has a missing month) with the scrutiny binary, serves it on 127.0.0.1 with a
// strict Content-Security-Policy, and drives the machine's headless Chromium.
//
//   SCRUTINY_BINARY=build/scrutiny node --test tests/browser/charts.test.mjs
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, buildSite, sourceDir, pagePaths } from './browser.mjs';

const CSP = "default-src 'self'; script-src 'self'";
const SITES = [
  { name: 'demo site', source: sourceDir() },
  { name: 'minimal fixture', source: path.join(sourceDir(), 'tests', 'fixtures', 'valid-minimal') },
];
// More sites to check, separated by the path delimiter (e.g. a copy of the demo while its
// content is being written).
for (const extra of (process.env.SCRUTINY_CHART_SITES || '').split(path.delimiter).filter(Boolean))
  SITES.push({ name: extra, source: extra });

// Opens `url` in a fresh context and records everything that went wrong while loading it.
async function open(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const scripts = [];
  // Chromium asks for /favicon.ico on its own; the site does not link one, so that 404 is not
  // a request the page made.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) problems.push(`console: ${m.text()} ${m.location().url ?? ''}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems, scripts };
}

// What the visible chart shows: its area, the Chart.js instance's points, painted pixels.
function visibleChart(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.charts');
    const canvases = [...document.querySelectorAll('.chart-canvas canvas')];
    const live = canvases.filter((c) => window.Chart.getChart(c));
    const section = document.querySelector(`.area-chart[data-area="${root.dataset.chartArea}"]`);
    const canvas = section.querySelector('canvas');
    const chart = window.Chart.getChart(canvas);
    const { width, height } = canvas;
    const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) painted += pixels[i] > 0;
    const visibleSections = [...document.querySelectorAll('.area-chart')].filter((s) => !s.hidden).length;
    return {
      area: root.dataset.chartArea,
      liveCharts: live.length,
      points: chart ? chart.data.datasets[0].data.length : -1,
      labels: chart ? chart.data.labels.length : -1,
      painted,
      canvasVisible: canvas.offsetWidth > 0 && canvas.offsetHeight > 0,
      svgHidden: section.querySelector('.chart-fallback').hidden,
      visibleSections,
      animation: chart ? chart.options.animation : null,
    };
  });
}

for (const site of SITES) {
  describe(`charts on the ${site.name}`, () => {
    let built, server, browser, measures, inDevelopment, json;

    before(async () => {
      built = buildSite({ source: site.source });
      server = await serve(built.dir, { headers: { 'Content-Security-Policy': CSP } });
      browser = await launch();
      const dataFile = (p) => path.join(built.dir, 'data', 'metrics', p.split('/')[2] + '.json');
      const all = pagePaths(built.dir).filter((p) => /^\/measures\/[^/]+\/$/.test(p));
      // A measure still in development has no figures: no chart data, so no chart to draw.
      inDevelopment = all.filter((p) => !fs.existsSync(dataFile(p)));
      measures = all.filter((p) => fs.existsSync(dataFile(p)));
      json = (p) => JSON.parse(fs.readFileSync(dataFile(p), 'utf8'));
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      built?.cleanup();
    });

    test('the site has measure pages, and Chart.js ships with its licence', () => {
      assert.ok(measures.length > 0, 'no measure pages were built');
      for (const p of inDevelopment) {
        const html = fs.readFileSync(path.join(built.dir, p, 'index.html'), 'utf8');
        assert.ok(!html.includes('class="charts"') && !html.includes('<script'), `${p}: no figures, so no chart and no script`);
      }
      const vendor = path.join(built.dir, 'assets', 'vendor', 'chart.js');
      assert.match(fs.readFileSync(path.join(vendor, 'chart.min.js'), 'utf8').slice(0, 200), /Chart\.js v4\.6\.1/);
      assert.match(fs.readFileSync(path.join(vendor, 'LICENSE.md'), 'utf8'), /MIT License/);
    });

    test('every measure page draws one point per month, without errors', async () => {
      for (const p of measures) {
        const { context, page, problems, scripts } = await open(browser, server.url + p.slice(1), { reducedMotion: 'reduce' });
        await page.waitForSelector('.charts[data-charts="drawn"]', { timeout: 15000 });
        const shown = await visibleChart(page);
        const data = json(p);
        const area = data.areas.find((a) => a.area === shown.area);
        assert.ok(area, `${p}: drew an unknown area ${shown.area}`);
        assert.equal(shown.area, data.areas[0].area, `${p}: the first area is drawn first`);
        assert.equal(shown.points, area.points.length, `${p}: one point per month`);
        assert.equal(shown.labels, area.points.length, `${p}: one label per month`);
        assert.equal(shown.liveCharts, 1, `${p}: one chart at a time`);
        assert.ok(shown.painted > 2000, `${p}: the canvas has drawn pixels (${shown.painted})`);
        assert.ok(shown.canvasVisible, `${p}: the canvas is visible`);
        assert.ok(shown.svgHidden, `${p}: the SVG gives way to the canvas`);
        assert.equal(shown.visibleSections, 1, `${p}: one area shown at a time`);
        assert.equal(shown.animation, false, `${p}: no animation with prefers-reduced-motion`);
        assert.deepEqual(scripts.map((s) => new URL(s).pathname),
                         ['/assets/vendor/chart.js/chart.min.js', '/assets/js/charts.js'], `${p}: scripts`);
        assert.deepEqual(problems, [], `${p}: problems while loading`);
        await context.close();
      }
    });

    test('the canvas is labelled and described by the sentences', async () => {
      const { context, page } = await open(browser, server.url + measures[0].slice(1));
      const label = await page.$eval('.area-chart canvas', (c) => ({
        role: c.getAttribute('role'), name: c.getAttribute('aria-label'),
        describedBy: document.getElementById(c.getAttribute('aria-describedby'))?.textContent.trim() ?? '',
      }));
      assert.equal(label.role, 'img');
      assert.match(label.name, /^Control chart of .+ in .+, [A-Z][a-z]+ \d{4} to [A-Z][a-z]+ \d{4}; the sentences above describe it/);
      assert.ok(label.describedBy.length > 20, 'the sentences are real text');
      await context.close();
    });

    test('switching area by keyboard redraws the chart for that area', async (t) => {
      const page0 = measures.find((p) => json(p).areas.length > 1);
      if (!page0) return t.skip('no measure with more than one area');
      const data = json(page0);
      const { context, page, problems } = await open(browser, server.url + page0.slice(1), { reducedMotion: 'reduce' });
      await page.waitForSelector('.charts[data-charts="drawn"]');
      assert.ok(await page.isVisible('#area-select'), 'the area select shows with JavaScript');
      await page.focus('#area-select');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((id) => document.querySelector('.charts').dataset.chartArea === id, data.areas[1].area);
      const shown = await visibleChart(page);
      assert.equal(shown.area, data.areas[1].area);
      assert.equal(shown.points, data.areas[1].points.length);
      assert.equal(shown.liveCharts, 1, 'the previous chart is destroyed');
      assert.equal(shown.visibleSections, 1);
      assert.ok(shown.painted > 2000);
      assert.ok(!(await page.isVisible(`#area-${data.areas[0].area}`)), 'the first area is hidden');
      // And back again.
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction((id) => document.querySelector('.charts').dataset.chartArea === id, data.areas[0].area);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('tooltips give the month, value, average, limits and the signal in words', async () => {
      const p = measures[0];
      const area = json(p).areas[0];
      let index = area.points.findIndex((q) => q.rule !== null);
      if (index < 0) index = area.points.findLastIndex((q) => q.value !== null);
      const { context, page } = await open(browser, server.url + p.slice(1), { reducedMotion: 'reduce' });
      await page.waitForSelector('.charts[data-charts="drawn"]');
      const tip = await page.evaluate((i) => {
        const chart = window.Chart.getChart(document.querySelector('.area-chart:not([hidden]) canvas'));
        const el = chart.getDatasetMeta(0).data[i];
        chart.tooltip.setActiveElements([{ datasetIndex: 0, index: i }], { x: el.x, y: el.y });
        chart.update();
        return { title: chart.tooltip.title, lines: chart.tooltip.body.flatMap((b) => b.lines) };
      }, index);
      const [year, month] = area.points[index].period.split('-');
      assert.equal(tip.title.join(' '), `${new Date(Date.UTC(+year, +month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`);
      assert.match(tip.lines[0], /^Value: /);
      assert.match(tip.lines[1], /^Average: [\d,.]+/);
      assert.match(tip.lines[2], /^Limits: -?[\d,.]+%? to [\d,.]+/);
      const last = tip.lines[tip.lines.length - 1];
      if (area.points[index].rule) assert.match(last, /^(Above|Below|Part of|Two of three)/);
      else assert.equal(last, 'Common cause: no signal');
      await context.close();
    });

    test('without JavaScript every area shows its SVG chart, sentences and table', async () => {
      for (const p of measures) {
        const { context, page, problems } = await open(browser, server.url + p.slice(1), { javaScriptEnabled: false });
        const state = await page.evaluate(() => ({
          sections: document.querySelectorAll('.area-chart').length,
          svgs: [...document.querySelectorAll('.chart-fallback svg')].map((s) => {
            const r = s.getBoundingClientRect();
            return { width: r.width, height: r.height, title: s.querySelector('title')?.textContent ?? '',
                     desc: s.querySelector('desc')?.textContent ?? '' };
          }),
          canvases: [...document.querySelectorAll('.chart-canvas')].filter((c) => c.offsetHeight > 0).length,
          switcher: document.querySelector('.area-switcher')?.offsetHeight ?? 0,
          tables: document.querySelectorAll('.area-chart details table').length,
        }));
        const areas = json(p).areas.length;
        assert.equal(state.sections, areas, `${p}: every area listed`);
        assert.equal(state.svgs.length, areas, `${p}: an SVG per area`);
        for (const s of state.svgs) {
          assert.ok(s.width > 200 && s.height > 80, `${p}: the SVG chart is visible (${s.width}x${s.height})`);
          assert.match(s.title, /^Control chart of /);
          assert.ok(s.desc.length > 40, `${p}: the SVG has a description`);
        }
        assert.equal(state.canvases, 0, `${p}: no empty canvas without JavaScript`);
        assert.equal(state.switcher, 0, `${p}: no area select without JavaScript`);
        assert.equal(state.tables, areas, `${p}: a data table per area`);
        assert.deepEqual(problems, [], `${p}`);
        await context.close();
      }
    });

    test('in print the SVG charts show for every area, not the canvas', async () => {
      const p = measures[0];
      const { context, page } = await open(browser, server.url + p.slice(1), { reducedMotion: 'reduce' });
      await page.waitForSelector('.charts[data-charts="drawn"]');
      await page.emulateMedia({ media: 'print' });
      const state = await page.evaluate(() => ({
        svgs: [...document.querySelectorAll('.chart-fallback svg')].filter((s) => s.getBoundingClientRect().height > 0).length,
        canvases: [...document.querySelectorAll('.chart-canvas')].filter((c) => c.offsetHeight > 0).length,
      }));
      assert.equal(state.svgs, json(p).areas.length);
      assert.equal(state.canvases, 0);
      await context.close();
    });

    test('the chart fits a 320 px wide screen', async () => {
      const { context, page } = await open(browser, server.url + measures[0].slice(1),
                                           { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
      await page.waitForSelector('.charts[data-charts="drawn"]');
      const box = await page.$eval('.area-chart:not([hidden]) canvas', (c) => c.getBoundingClientRect().toJSON());
      assert.ok(box.left >= 0 && box.right <= 320, `canvas from ${box.left} to ${box.right}`);
      assert.ok(box.height > 150);
      await context.close();
    });

    test('the chart animates only when motion is welcome', async () => {
      const { context, page } = await open(browser, server.url + measures[0].slice(1), { reducedMotion: 'no-preference' });
      await page.waitForSelector('.charts[data-charts="drawn"]');
      const animation = await page.evaluate(() => window.Chart.getChart(document.querySelector('.area-chart:not([hidden]) canvas')).options.animation);
      assert.notEqual(animation, false);
      await context.close();
    });

    test('pages without charts load no JavaScript, but for the search box\'s on /search/', async () => {
      const others = pagePaths(built.dir).filter((p) => !measures.includes(p));
      assert.ok(others.length > 3);
      for (const p of others) {
        const html = fs.readFileSync(path.join(built.dir, p, 'index.html'), 'utf8');
        const scripts = [...html.matchAll(/<script[^>]*src="([^"]*)"/gi)].map((m) => m[1]);
        if (p === '/search/') assert.deepEqual(scripts, ['../assets/vendor/minisearch/minisearch.min.js', '../assets/js/search.js']);
        else assert.ok(!/<script/i.test(html), `${p} has a script element`);
      }
      const { context, page, scripts, problems } = await open(browser, server.url);
      assert.deepEqual(scripts, []);
      assert.deepEqual(problems, []);
      const sparklines = await page.$$eval('.summary-table svg.sparkline', (s) => s.map((x) => x.getAttribute('aria-label')));
      assert.ok(sparklines.length > 0, 'the home page has a sparkline per measure');
      for (const label of sparklines) assert.match(label, /^Trend of .+ in .+, /);
      await context.close();
    });
  });
}
