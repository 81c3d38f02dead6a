// scrutiny: draws a measure page's control charts with Chart.js (docs/charts.md).
//
// The page works without this script: every area's sentences, SVG chart and data table are in
// the HTML. When Chart.js is loaded and the chart JSON (data/metrics/<id>.json, its address in
// data-chart-json) arrives, this script shows one area at a time, chosen with the area select,
// and draws that area on a canvas in place of its SVG. If anything fails, the SVGs stay.
// The chosen area is in the address as #area-<id>.
// Plain modern JavaScript, no build step; loaded with `defer` after Chart.js.
(function () {
  'use strict';

  var root = document.querySelector('.charts[data-chart-json]');
  if (!root || typeof window.Chart !== 'function' || typeof window.fetch !== 'function') return;
  var Chart = window.Chart;

  // Making Data Count colours, each at least 3:1 against white; the shapes differ as well.
  var COLOURS = {
    improvement: '#1d5fa8',
    concern: '#b35900',
    neutral: '#6a3d9a',
    common: '#4b5563',
    text: '#1b1b1b',
    mean: '#1b1b1b',
    limits: '#4b5563',
    target: '#146c2e',
    grid: '#d1d5db'
  };
  // Point type -> marker: improvement a triangle pointing up, concern a triangle pointing down,
  // neither better nor worse a diamond, common cause a dot (the SVG and the badges agree).
  var MARKERS = {
    special_cause_improvement: { style: 'triangle', rotation: 0, colour: COLOURS.improvement, radius: 7 },
    special_cause_concern: { style: 'triangle', rotation: 180, colour: COLOURS.concern, radius: 7 },
    special_cause_neutral_high: { style: 'rectRot', rotation: 0, colour: COLOURS.neutral, radius: 6 },
    special_cause_neutral_low: { style: 'rectRot', rotation: 0, colour: COLOURS.neutral, radius: 6 },
    common_cause: { style: 'circle', rotation: 0, colour: COLOURS.common, radius: 3 }
  };
  // The data table's words for each rule (src/view/badges.cpp signal_words).
  var RULE_WORDS = {
    above_ucl: 'Above the expected range',
    below_lcl: 'Below the expected range',
    trend_up: 'Part of a rising trend',
    trend_down: 'Part of a falling trend',
    two_in_three_high: 'Two of three months close to the upper limit',
    two_in_three_low: 'Two of three months close to the lower limit',
    shift_high: 'Part of a run above the average',
    shift_low: 'Part of a run below the average'
  };
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  var valueType = root.getAttribute('data-value-type') || 'count';
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  var upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

  function monthLong(period) {
    var parts = period.split('-');
    return MONTHS[Number(parts[1]) - 1] + ' ' + parts[0];
  }
  function monthShort(period) {
    return monthLong(period).slice(0, 3) + ' ' + period.slice(0, 4);
  }
  function formatValue(v, unit) {
    if (v === null || v === undefined) return 'No figure';
    if (valueType === 'percent') return oneDecimal.format(v) + '%';
    var text = upToOneDecimal.format(v);
    return unit && unit !== '%' ? text + ' ' + unit : text;
  }
  function formatLimit(v) {
    if (v === null || v === undefined) return '';
    return oneDecimal.format(v) + (valueType === 'percent' ? '%' : '');
  }
  function signalWords(point) {
    if (point.value === null) return 'No figure for this month';
    if (!point.rule) return 'Common cause: no signal';
    var words = RULE_WORDS[point.rule] || point.rule;
    if (point.type === 'special_cause_improvement') return words + ' (improvement)';
    if (point.type === 'special_cause_concern') return words + ' (concern)';
    return words;
  }
  function markerOf(point) {
    return MARKERS[point && point.type] || MARKERS.common_cause;
  }

  // Where the recalculation labels go (the rule of src/view/chart_labels.cpp, which places the
  // SVG's): beside the line, in the first of two rows above the plot with room, on whichever
  // side fits; if the words do not fit, every label is shortened, then numbered.
  function placeLabels(requests, width, lo, hi, rows, gap) {
    var forms = requests.reduce(function (n, r) { return Math.max(n, r.texts.length); }, 1);
    var order = requests.map(function (r, i) { return i; }).sort(function (a, b) { return requests[a].x - requests[b].x || a - b; });
    var layout = null;
    for (var form = 0; form < forms; ++form) {
      var labels = requests.map(function () { return { shown: false, row: 0, x0: 0, x1: 0, left: false }; });
      var placed = [];
      var all = true;
      order.forEach(function (i) {
        var r = requests[i];
        var w = width(r.texts[Math.min(form, r.texts.length - 1)]);
        for (var row = 0; row < rows; ++row) {
          for (var side = 0; side < 2; ++side) {
            var left = side === 1;
            var x0 = left ? r.x - 4 - w : r.x + 4, x1 = x0 + w;
            if (x0 < lo || x1 > hi) continue;
            var free = placed.every(function (j) {
              var p = labels[j];
              return p.row !== row || x1 + gap <= p.x0 || p.x1 + gap <= x0;
            });
            if (!free) continue;
            labels[i] = { shown: true, row: row, x0: x0, x1: x1, left: left };
            placed.push(i);
            return;
          }
        }
        all = false;
      });
      layout = { form: form, labels: labels };
      if (all) break;
    }
    return layout;
  }

  // The numbered labels' months, in words under the canvas (the SVG draws its own).
  function setLegend(chart, text) {
    var wrap = chart.canvas.parentNode;
    var legend = wrap.nextElementSibling && wrap.nextElementSibling.classList.contains('recalculation-legend') ? wrap.nextElementSibling : null;
    if (!text) {
      if (legend) legend.parentNode.removeChild(legend);
      return;
    }
    if (!legend) {
      legend = document.createElement('p');
      legend.className = 'recalculation-legend';
      wrap.parentNode.insertBefore(legend, wrap.nextSibling);
    }
    if (legend.textContent !== text) legend.textContent = text;
  }

  // Dotted lines and labels where each new segment (a recalculation) starts.
  var recalculations = {
    id: 'scrutinyRecalculations',
    afterDatasetsDraw: function (chart, args, options) {
      var marks = (options && options.marks) || [];
      chart.$scrutinyLabels = [];
      if (!marks.length) return setLegend(chart, '');
      var ctx = chart.ctx, area = chart.chartArea, x = chart.scales.x;
      var font = 13, rowGap = 17;  // as the SVG: a row is a little more than a line of text
      ctx.save();
      ctx.font = font + 'px ' + Chart.defaults.font.family;
      var requests = marks.map(function (mark, i) {
        return {
          x: (x.getPixelForValue(mark.index - 1) + x.getPixelForValue(mark.index)) / 2,
          texts: ['New average from ' + mark.month, 'From ' + mark.month, String(i + 1)]
        };
      });
      var layout = placeLabels(requests, function (t) { return ctx.measureText(t).width; },
        area.left, chart.width - 2, 2, 6);
      var baseline = function (row) { return area.top - 6 - rowGap * row; };
      // Every line first, then the labels on a white ground, so no line strikes a label out.
      ctx.strokeStyle = COLOURS.limits;
      ctx.lineWidth = 1;
      ctx.setLineDash([2, 3]);
      requests.forEach(function (r, i) {
        var l = layout.labels[i];
        ctx.beginPath();
        ctx.moveTo(r.x, baseline(l.shown ? l.row : 0) + 4);
        ctx.lineTo(r.x, area.bottom);
        ctx.stroke();
      });
      ctx.setLineDash([]);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      requests.forEach(function (r, i) {
        var l = layout.labels[i];
        if (!l.shown) return;
        var y = baseline(l.row);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(l.x0 - 1, y - font + 1, l.x1 - l.x0 + 2, font + 2);
        ctx.fillStyle = COLOURS.text;
        ctx.fillText(r.texts[layout.form], l.x0, y);
        chart.$scrutinyLabels.push({ text: r.texts[layout.form], left: l.x0, right: l.x1, top: y - font + 1, bottom: y + 3 });
      });
      ctx.restore();
      setLegend(chart, layout.form === 2 ? 'New average from: ' + marks.map(function (m, i) {
        return (i + 1) + ' ' + m.month;
      }).join('; ') : '');
    }
  };

  // The value axis: the rule of the SVG's nice_scale (src/view/svg_chart.cpp), so the canvas
  // and the SVG show the same range and the same ticks.
  function niceScale(lo, hi, targetTicks) {
    if (!isFinite(lo) || !isFinite(hi)) return { min: 0, max: 1, step: 1 };
    if (hi < lo) { var t = lo; lo = hi; hi = t; }
    if (hi === lo) {
      var pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    var raw = (hi - lo) / Math.max(1, targetTicks - 1);
    var magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = 10 * magnitude;
    var multiples = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < multiples.length; ++i) {
      if (multiples[i] * magnitude >= raw * (1 - 1e-9)) { step = multiples[i] * magnitude; break; }
    }
    var min = Math.floor(lo / step + 1e-9) * step;
    var max = Math.ceil(hi / step - 1e-9) * step;
    if (max <= min) max = min + step;
    return { min: min, max: max, step: step };
  }

  function valueRange(data, points) {
    var lo = Infinity, hi = -Infinity;
    var take = function (v) {
      if (typeof v === 'number' && isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    };
    points.forEach(function (p) { take(p.value); take(p.mean); take(p.lcl); take(p.ucl); });
    if (data.target !== null && data.target !== undefined) take(data.target);
    return lo <= hi ? [lo, hi] : [0, 1];
  }

  function config(data, area) {
    var points = area.points;
    var labels = points.map(function (p) { return p.period; });
    var index = {};
    labels.forEach(function (period, i) { index[period] = i; });
    var marks = area.segments.slice(1).map(function (s) {
      return { index: index[s.start], month: monthShort(s.start) };
    }).filter(function (m) { return m.index !== undefined; });
    var line = function (label, values, colour, extra) {
      var d = {
        label: label, data: values, borderColor: colour, backgroundColor: colour, borderWidth: 1.5,
        pointRadius: 0, pointHoverRadius: 0, pointHitRadius: 0, spanGaps: true, stepped: 'middle', fill: false
      };
      for (var k in extra) d[k] = extra[k];
      return d;
    };
    var datasets = [{
      label: 'Monthly figure',
      data: points.map(function (p) { return p.value; }),
      borderColor: COLOURS.common,
      backgroundColor: COLOURS.common,
      borderWidth: 2,
      spanGaps: false,
      fill: false,
      order: 0,
      pointStyle: function (c) { return markerOf(points[c.dataIndex]).style; },
      pointRotation: function (c) { return markerOf(points[c.dataIndex]).rotation; },
      pointRadius: function (c) { return markerOf(points[c.dataIndex]).radius; },
      pointHoverRadius: function (c) { return markerOf(points[c.dataIndex]).radius + 2; },
      pointBackgroundColor: function (c) { return markerOf(points[c.dataIndex]).colour; },
      pointBorderColor: '#ffffff',
      pointBorderWidth: 1
    },
    line('Average', points.map(function (p) { return p.mean; }), COLOURS.mean, { order: 1 }),
    line('Upper limit', points.map(function (p) { return p.ucl; }), COLOURS.limits, { borderDash: [6, 4], order: 2 }),
    line('Lower limit', points.map(function (p) { return p.lcl; }), COLOURS.limits, { borderDash: [6, 4], order: 3 })];
    if (data.target !== null && data.target !== undefined) {
      datasets.push(line('Target', points.map(function () { return data.target; }), COLOURS.target,
        { borderDash: [10, 4, 2, 4], borderWidth: 2, stepped: false, order: 4 }));
    }
    var range = valueRange(data, points);
    var scale = niceScale(range[0], range[1], 5);
    var decimals = scale.step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(scale.step) - 1e-9));
    var tickNumber = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      plugins: [recalculations],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        layout: { padding: { top: marks.length ? (marks.length > 1 ? 40 : 22) : 4, right: 8 } },
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            grid: { display: false },
            ticks: {
              color: COLOURS.text, maxRotation: 0, autoSkip: true, autoSkipPadding: 12,
              callback: function (value) { return monthShort(labels[value]); }
            }
          },
          y: {
            min: scale.min,
            max: scale.max,
            grid: { color: COLOURS.grid },
            title: { display: !!data.unit && data.unit !== '%', text: data.unit, color: COLOURS.text },
            ticks: {
              color: COLOURS.text,
              stepSize: scale.step,
              callback: function (value) { return tickNumber.format(value) + (valueType === 'percent' ? '%' : ''); }
            }
          }
        },
        plugins: {
          legend: { display: false },  // the key is HTML below the chart, shared with the SVG
          scrutinyRecalculations: { marks: marks },
          tooltip: {
            filter: function (item) { return item.datasetIndex === 0; },
            callbacks: {
              title: function (items) { return items.length ? monthLong(points[items[0].dataIndex].period) : ''; },
              label: function (item) {
                var p = points[item.dataIndex];
                var lines = ['Value: ' + formatValue(p.value, data.unit), 'Average: ' + formatLimit(p.mean),
                  'Limits: ' + formatLimit(p.lcl) + ' to ' + formatLimit(p.ucl)];
                if (data.target !== null && data.target !== undefined) lines.push('Target: ' + formatValue(data.target, data.unit));
                lines.push(signalWords(p));
                return lines;
              }
            }
          }
        }
      }
    };
  }

  function start(data) {
    var byId = {};
    (data.areas || []).forEach(function (a) { byId[a.area] = a; });
    var sections = Array.prototype.slice.call(root.querySelectorAll('.area-chart[data-area]'));
    var drawable = sections.filter(function (s) {
      return byId[s.getAttribute('data-area')] && s.querySelector('.chart-canvas canvas');
    });
    if (!drawable.length) return;
    Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 13;
    Chart.defaults.color = COLOURS.text;
    var current = null;

    function show(areaId) {
      var section = null;
      sections.forEach(function (s) {
        var mine = s.getAttribute('data-area') === areaId;
        s.hidden = !mine && sections.length > 1;
        if (mine) section = s;
      });
      if (current) {
        setLegend(current.chart, '');
        current.chart.destroy();
        current.wrap.hidden = true;
        current.fallback.hidden = false;
        current = null;
      }
      if (!section || !byId[areaId]) return;
      var wrap = section.querySelector('.chart-canvas');
      var canvas = wrap && wrap.querySelector('canvas');
      var fallback = section.querySelector('.chart-fallback');
      if (!canvas) return;
      wrap.hidden = false;
      try {
        var chart = new Chart(canvas, config(data, byId[areaId]));
        if (fallback) fallback.hidden = true;
        current = { chart: chart, wrap: wrap, fallback: fallback || document.createElement('div') };
        root.setAttribute('data-charts', 'drawn');
        root.setAttribute('data-chart-area', areaId);
      } catch (e) {
        wrap.hidden = true;  // the SVG stays
      }
    }

    var select = root.querySelector('#area-select');
    var first = drawable[0].getAttribute('data-area');
    if (select) {
      // The chosen area lives in the address (#area-<id>, the id of its section, so the same
      // link without JavaScript scrolls to that area's chart): a link to it can be shared, and
      // back and forward step through the areas chosen.
      var options = Array.prototype.map.call(select.options, function (o) { return o.value; });
      var fromAddress = function () {
        var wanted = window.location.hash.replace(/^#area-/, '');
        return options.indexOf(wanted) >= 0 && byId[wanted] ? wanted : first;
      };
      var follow = function () {
        var wanted = fromAddress();
        if (wanted === select.value) return;
        select.value = wanted;
        show(wanted);
      };
      select.value = fromAddress();
      select.addEventListener('change', function () {
        show(select.value);
        // pushState, not location.hash: no jump to the section, and no hashchange to undo it.
        if (window.location.hash !== '#area-' + select.value) window.history.pushState(null, '', '#area-' + select.value);
      });
      window.addEventListener('popstate', follow);
      window.addEventListener('hashchange', follow);
      select.closest('.area-switcher').hidden = false;
      show(select.value);
    } else {
      // One area: draw it where it is.
      show(first);
    }
  }

  // Printing: every data table open (print.css opens them too where the browser can), and
  // closed again afterwards as the reader left them.
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    openedForPrint = Array.prototype.filter.call(document.querySelectorAll('details.data-table'), function (d) { return !d.open; });
    openedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
  });

  fetch(new URL(root.getAttribute('data-chart-json'), document.baseURI).href, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) throw new Error('chart data: HTTP ' + response.status);
      return response.json();
    })
    .then(start)
    .catch(function () {
      root.setAttribute('data-charts', 'failed');  // the SVG charts and tables remain
    });
})();
