// What a visitor sees (issue 11), on every page of the demo in the machine's headless Chromium:
//   - signals: every summary row and every chart shows its icon and its words, without JavaScript;
//   - 320 px: no summary table is wider than its box, no page scrolls sideways, and a measure
//     page's chart starts within the first three screens (it was five);
//   - chart labels: no two labels of a chart overlap, canvas or SVG, at 1280 and 320 px, and the
//     canvas and the SVG have the same value axis;
//   - status tags differ in shape as well as colour;
//   - print: a measure page's PDF (pdftotext, from poppler-utils) holds its data table's numbers,
//     and external links print their address; a quarterly report prints on A4 with each
//     objective on a new page, each chart whole, every summary row and its links' addresses.
//
//   SCRUTINY_BINARY=build/scrutiny node --test tests/browser/pages.test.mjs
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, buildSite, sourceDir, pagePaths } from './browser.mjs';

const SCREEN = { width: 320, height: 640 };  // a small phone
const CHART_WITHIN = 3;  // screens: the header, title, definition, key facts and the area's sentences come first

// Opens `url` in a tab kept for these options (a new context per page is slow on a busy
// machine); `context.close()` of the result only forgets the tab when it is not shared.
const tabs = new Map();
async function visit(browser, url, options = {}) {
  const key = JSON.stringify(options);
  let page = tabs.get(key);
  if (!page) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
    page = await context.newPage();
    tabs.set(key, page);
  }
  await page.goto(url, { waitUntil: 'load' });
  return { context: { close: async () => {} }, page };
}

// Every pair of boxes that intersect (by more than a hair: 0.5 px), as "a / b" strings.
function intersecting(boxes) {
  const out = [];
  for (let i = 0; i < boxes.length; ++i)
    for (let j = i + 1; j < boxes.length; ++j) {
      const a = boxes[i], b = boxes[j];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
        out.push(`"${a.text}" / "${b.text}"`);
    }
  return out;
}

describe('pages of the demo site', () => {
  let built, server, browser, pages, measures;

  before(async () => {
    built = buildSite();
    server = await serve(built.dir);
    browser = await launch();
    pages = pagePaths(built.dir);
    // Measures with figures; one still in development has no chart data and so no chart.
    measures = pages.filter((p) => /^\/measures\/[^/]+\/$/.test(p) &&
      fs.existsSync(path.join(built.dir, 'data', 'metrics', p.split('/')[2] + '.json')));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    built?.cleanup();
  });

  test('every Signals cell and every chart shows an icon and its words, without JavaScript', async () => {
    let cells = 0, charts = 0, icons = 0;
    const kinds = new Set();
    for (const p of pages) {
      const { context, page } = await visit(browser, server.url + p.slice(1), { javaScriptEnabled: false });
      const found = await page.evaluate(() => [...document.querySelectorAll('td.badges, .area-chart .badges')].map((cell) => ({
        where: cell.matches('td') ? 'row ' + (cell.closest('tr').querySelector('th')?.textContent.trim() ?? '?') : 'chart ' + cell.closest('.area-chart').id,
        cell: cell.matches('td'),
        // A measure still in development has no figures and so no signal; its row says so, as
        // does a row of a quarter's national measures statement that the figures do not reach.
        inDevelopment: cell.matches('td') && /In development|No figures for /.test(cell.closest('tr').textContent),
        badges: [...cell.querySelectorAll('.badge')].map((b) => {
          const use = b.querySelector('svg.mdc-icon use');
          const id = use?.getAttribute('href')?.slice(1) ?? '';
          const icon = b.querySelector('svg.mdc-icon')?.getBoundingClientRect();
          return { text: b.textContent.trim(), id, symbol: document.getElementById(id)?.tagName ?? '',
                   width: icon?.width ?? 0, height: icon?.height ?? 0 };
        }),
      })));
      for (const f of found) {
        f.cell ? ++cells : ++charts;
        if (f.inDevelopment && f.badges.length === 0) continue;
        assert.ok(f.badges.length >= 1, `${p}: ${f.where} has no signal`);
        for (const b of f.badges) {
          assert.match(b.text, /^(Common cause: .+|Special cause: .+|Target: .+)$/, `${p}: ${f.where} has a signal without words`);
          assert.equal(b.symbol, 'symbol', `${p}: ${f.where}: icon #${b.id} is not drawn on the page`);
          assert.ok(b.width >= 20 && b.height >= 20, `${p}: ${f.where}: icon ${b.id} is ${b.width} x ${b.height}`);
          kinds.add(b.id);
          ++icons;
        }
      }
      await context.close();
    }
    console.log(`signals: ${cells} summary cells, ${charts} charts, ${icons} icons; kinds: ${[...kinds].sort().join(', ')}`);
    assert.ok(cells > 40, `summary cells with signals: ${cells}`);
    assert.ok(charts > 40, `charts with signals: ${charts}`);
    assert.ok(kinds.has('mdc-common') && kinds.has('mdc-fail'), 'common cause and a missed target appear in the demo');
  });

  test('icons differ in shape as well as colour: no two symbols draw the same marks', async () => {
    const html = fs.readFileSync(path.join(built.dir, 'index.html'), 'utf8');
    const symbols = [...html.matchAll(/<symbol id="([^"]+)"[^>]*>(.*?)<\/symbol>/g)].map((m) => ({ id: m[1], marks: m[2] }));
    assert.ok(symbols.length >= 10, `symbols: ${symbols.length}`);
    const seen = new Map();
    for (const s of symbols) {
      assert.ok(!seen.has(s.marks), `${s.id} draws the same marks as ${seen.get(s.marks)}`);
      seen.set(s.marks, s.id);
    }
  });

  test('at 320 px no summary table is wider than its box and no page scrolls sideways', async () => {
    let tables = 0, widest = 0;
    for (const p of pages) {
      const { context, page } = await visit(browser, server.url + p.slice(1), { viewport: SCREEN });
      const state = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        tables: [...document.querySelectorAll('.summary-table')].map((t) => {
          const wrap = t.closest('.table-wrap') ?? t.parentElement;
          return { caption: t.caption?.textContent ?? '', table: t.getBoundingClientRect().width,
                   box: wrap.clientWidth, scroll: wrap.scrollWidth };
        }),
      }));
      assert.ok(state.page <= SCREEN.width, `${p}: the page is ${state.page} px wide at 320 px`);
      for (const t of state.tables) {
        ++tables;
        widest = Math.max(widest, t.table);
        assert.ok(t.table <= t.box && t.scroll <= t.box, `${p}: "${t.caption}" is ${t.table} px (scrolls ${t.scroll}) in a ${t.box} px box`);
      }
      await context.close();
    }
    console.log(`320 px: ${tables} summary tables, the widest ${Math.round(widest)} px`);
    assert.ok(tables > 10, `summary tables: ${tables}`);
  });

  test(`at 320 px a measure page shows its chart within the first ${CHART_WITHIN} screens`, async () => {
    let latest = 0, where = '';
    for (const p of measures) {
      const { context, page } = await visit(browser, server.url + p.slice(1), { viewport: SCREEN });
      await page.waitForSelector('.charts[data-charts="drawn"]', { timeout: 15000 });
      const top = await page.$eval('.area-chart:not([hidden]) canvas', (c) => c.getBoundingClientRect().top + window.scrollY);
      if (top > latest) { latest = top; where = p; }
      assert.ok(top < CHART_WITHIN * SCREEN.height, `${p}: the chart starts ${Math.round(top)} px down`);
      await context.close();
    }
    console.log(`320 px: the chart starts at most ${Math.round(latest)} px down (${where}); ${CHART_WITHIN} screens are ${CHART_WITHIN * SCREEN.height} px`);
  });

  for (const width of [1280, 320]) {
    test(`at ${width} px no two labels of a canvas chart overlap, in any area`, async () => {
      let charts = 0, labels = 0;
      const forms = new Set();
      for (const p of measures) {
        const { context, page } = await visit(browser, server.url + p.slice(1), { viewport: { width, height: 900 } });
        await page.waitForSelector('.charts[data-charts="drawn"]', { timeout: 15000 });
        const areas = await page.$$eval('.area-chart', (s) => s.map((x) => x.dataset.area));
        for (const area of areas) {
          const drawn = await page.evaluate(async (id) => {
            const select = document.querySelector('#area-select');
            if (select && select.value !== id) {
              select.value = id;
              select.dispatchEvent(new Event('change'));
            }
            const chart = window.Chart.getChart(document.querySelector(`#area-${id} canvas`));
            if (!chart) return null;
            chart.draw();
            return { labels: chart.$scrutinyLabels, area: chart.chartArea, width: chart.width,
                     legend: document.querySelector(`#area-${id} .recalculation-legend`)?.textContent ?? '' };
          }, area);
          assert.ok(drawn, `${p}#${area}: no chart drawn`);
          ++charts;
          labels += drawn.labels.length;
          for (const l of drawn.labels) {
            forms.add(/^New average from /.test(l.text) ? 'full' : /^From /.test(l.text) ? 'short' : 'number');
            assert.ok(l.left >= drawn.area.left - 0.5 && l.right <= drawn.width, `${p}#${area}: "${l.text}" leaves the chart`);
            assert.ok(l.bottom <= drawn.area.top + 0.5 && l.top >= 0, `${p}#${area}: "${l.text}" is not above the plot`);
            if (/^\d+$/.test(l.text)) assert.match(drawn.legend, new RegExp(`\\b${l.text} [A-Z][a-z]{2} \\d{4}`), `${p}#${area}: number ${l.text} explained`);
          }
          assert.deepEqual(intersecting(drawn.labels), [], `${p}#${area} at ${width} px`);
        }
        await context.close();
      }
      console.log(`${width} px canvas: ${charts} charts, ${labels} recalculation labels, forms used: ${[...forms].join(', ') || 'none'}`);
      assert.ok(labels > 0, 'the demo has recalculation labels to check');
    });

    test(`at ${width} px no two texts of an SVG chart overlap`, async () => {
      let svgs = 0, texts = 0;
      for (const p of measures) {
        const { context, page } = await visit(browser, server.url + p.slice(1), { viewport: { width, height: 900 }, javaScriptEnabled: false });
        const charts = await page.$$eval('.chart-fallback svg', (list) => list.map((svg) => ({
          id: svg.closest('.area-chart').id,
          texts: [...svg.querySelectorAll('text')].map((t) => {
            const r = t.getBoundingClientRect();
            return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          }),
        })));
        for (const c of charts) {
          ++svgs;
          texts += c.texts.length;
          assert.deepEqual(intersecting(c.texts), [], `${p}#${c.id} at ${width} px`);
        }
        await context.close();
      }
      console.log(`${width} px SVG: ${svgs} charts, ${texts} texts`);
    });
  }

  test('the canvas and the SVG chart have the same value axis', async () => {
    let compared = 0;
    for (const p of measures) {
      const { context, page } = await visit(browser, server.url + p.slice(1));
      await page.waitForSelector('.charts[data-charts="drawn"]', { timeout: 15000 });
      const axes = await page.evaluate(() => {
        const section = document.querySelector('.area-chart:not([hidden])');
        const chart = window.Chart.getChart(section.querySelector('canvas'));
        const y = chart.scales.y;
        return {
          canvas: y.ticks.map((t) => (typeof t.label === 'string' ? t.label : String(t.label))),
          svg: [...section.querySelectorAll('.chart-fallback svg .y-axis text')].map((t) => t.textContent)
            .filter((t) => /^-?[\d,.]+%?$/.test(t)),
        };
      });
      assert.deepEqual(axes.canvas, axes.svg, `${p}: value axis ticks`);
      ++compared;
      await context.close();
    }
    console.log(`value axes compared on ${compared} measure pages`);
  });

  test('status tags differ in shape as well as colour', async () => {
    const { context, page } = await visit(browser, server.url + 'objectives/reform/');
    const marks = await page.evaluate(() => {
      const out = {};
      for (const s of document.querySelectorAll('.status')) {
        const cls = [...s.classList].find((c) => c.startsWith('status-'));
        const b = getComputedStyle(s, '::before');
        out[cls] = [b.width, b.height, b.borderTopWidth, b.borderRightWidth, b.borderBottomWidth, b.borderLeftWidth,
                    b.borderTopColor === 'rgba(0, 0, 0, 0)', b.borderRightColor === 'rgba(0, 0, 0, 0)',
                    b.borderRadius, b.transform, getComputedStyle(s).borderStyle].join(' ');
      }
      return out;
    });
    await context.close();
    const kinds = Object.keys(marks);
    assert.ok(kinds.includes('status-in-progress') || kinds.includes('status-on-track'), `statuses: ${kinds.join(', ')}`);
    assert.equal(new Set(Object.values(marks)).size, kinds.length, JSON.stringify(marks, null, 1));
  });

  test('a printed measure page holds its data tables, and external links print their address', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-print-'));
    try {
      const p = measures.find((m) => m.includes('victim-satisfaction')) ?? measures[0];
      for (const javaScriptEnabled of [true, false]) {
        const { context, page } = await visit(browser, server.url + p.slice(1), { javaScriptEnabled });
        if (javaScriptEnabled) await page.waitForSelector('.charts[data-charts="drawn"]', { timeout: 15000 });
        const rows = await page.$$eval('.area-chart', (s) => s.map((section) => [...section.querySelectorAll('details.data-table tbody tr')]
          .map((tr) => [...tr.children].map((c) => c.textContent.trim()).slice(0, 5).join(' '))));
        const pdf = path.join(dir, `measure-${javaScriptEnabled}.pdf`);
        await page.pdf({ path: pdf, format: 'A4' });
        await context.close();
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
        let found = 0;
        for (const area of rows)
          for (const row of area) {
            assert.ok(text.includes(row), `${p} (JavaScript ${javaScriptEnabled ? 'on' : 'off'}): "${row}" is not in the PDF`);
            ++found;
          }
        assert.ok(found > 100, `rows checked: ${found}`);
        console.log(`print, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: all ${found} data table rows of ${rows.length} areas are in the PDF`);
      }
      const { context, page } = await visit(browser, server.url + 'accessibility/');
      const hrefs = await page.$$eval('main a[href^="http"]', (a) => a.map((x) => x.href));
      const pdf = path.join(dir, 'links.pdf');
      await page.pdf({ path: pdf, format: 'A4' });
      await context.close();
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      assert.ok(hrefs.length > 0, 'the accessibility page has external links');
      for (const h of hrefs) assert.ok(text.includes(`(${h})`), `${h} is not printed`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a printed quarterly report: A4, each objective on a new page, charts whole, rows and link addresses', async () => {
    // The report with the most charts.
    const reports = pages.filter((p) => /^\/reports\/\d{4}-q\d\/$/.test(p));
    const charts = (p) => (fs.readFileSync(path.join(built.dir, p, 'index.html'), 'utf8').match(/<figure class="chart-figure report-chart"/g) ?? []).length;
    const p = reports.reduce((best, r) => (charts(r) > charts(best) ? r : best), reports[0]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-report-'));
    try {
      const { context, page } = await visit(browser, server.url + p.slice(1), { javaScriptEnabled: false });
      const seen = await page.evaluate(() => ({
        objectives: [...document.querySelectorAll('.report-objective > h2')].map((h) => h.textContent.trim()),
        figures: [...document.querySelectorAll('.report-chart')].map((f) => ({
          caption: f.querySelector('figcaption').textContent.trim(),
          src: new URL(f.querySelector('img').src).pathname,
          shown: f.querySelector('img').naturalWidth,
        })),
        rows: [...document.querySelectorAll('.summary-table tbody tr')].map((tr) => ({
          title: tr.querySelector('th a').textContent.trim(),
          figures: [...tr.querySelectorAll('td:not(.badges)')].map((td) => td.textContent.trim()).filter(Boolean),
        })),
        links: [...document.querySelectorAll('main a[data-print-href]')].map((a) => a.dataset.printHref),
      }));
      // Each chart's month axis, the last text the chart file draws.
      for (const f of seen.figures) {
        const svg = fs.readFileSync(path.join(built.dir, f.src), 'utf8');
        const axis = svg.match(/<g class="x-axis"[^>]*>(.*?)<\/g>/)[1];
        f.axis = [...axis.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      }
      const pdf = path.join(dir, 'report.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      await context.close();
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const count = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
      assert.match(info, /^Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)$/m, 'printed on A4 (@page)');
      const flat = (t) => t.replace(/\s+/g, ' ').trim();
      const pageText = [];
      for (let n = 1; n <= count; ++n)
        pageText.push(flat(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' })));
      assert.ok(seen.objectives.length >= 2 && seen.figures.length >= 2, `${p}: objectives ${seen.objectives.length}, charts ${seen.figures.length}`);
      assert.ok(count > seen.objectives.length, `${p}: several pages (${count})`);
      // Every objective but the first starts a page (the first follows the report's title).
      assert.ok(pageText[0].includes(seen.objectives[0]), `${p}: the first objective is on the first page`);
      for (const heading of seen.objectives.slice(1))
        assert.ok(pageText.some((t) => t.startsWith(heading)), `${p}: "${heading}" does not start a page`);
      // A chart is whole when its caption and its month axis (its last text) are on one page.
      for (const f of seen.figures) {
        const on = pageText.findIndex((t) => t.includes(f.caption));
        assert.ok(on >= 0, `${p}: the caption "${f.caption}" is not printed`);
        const rest = pageText[on].slice(pageText[on].indexOf(f.caption) + f.caption.length);
        const axis = f.axis.join(' ');
        assert.ok(f.axis.length > 0 && rest.includes(axis), `${p}: "${f.caption}" is on page ${on + 1} but its month axis (${axis}) is not`);
      }
      // Every summary row's measure and figures, and every link's published address.
      const all = pageText.join(' ');
      assert.ok(seen.rows.length >= seen.figures.length, `${p}: ${seen.rows.length} rows`);
      for (const r of seen.rows) {
        assert.ok(all.includes(r.title), `${p}: the row "${r.title}" is not printed`);
        // (A narrow cell may wrap "4,189 people", which pdftotext then reads apart: every word counts.)
        for (const figure of r.figures)
          for (const word of figure.split(' ')) assert.ok(all.includes(word), `${p}: ${r.title}'s "${figure}" is not printed`);
      }
      assert.ok(seen.links.length > seen.rows.length, `${p}: ${seen.links.length} links with a printed address`);
      // In the order the PDF draws its text (-raw), so that a cell's lines are not read between
      // its neighbours'; pdftotext joins a word broken after a hyphen ("repeat-|victimisation").
      const unhyphenated = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/-/g, '');
      for (const h of seen.links) assert.ok(unhyphenated.includes(`(${h.replace(/-/g, '')})`), `${p}: ${h} is not printed`);
      console.log(`print: ${p} on ${count} A4 pages: ${seen.objectives.length} objectives each from a new page, ` +
                  `${seen.figures.length} charts whole, ${seen.rows.length} rows, ${seen.links.length} link addresses`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
