// The query page's chart view: a YASR result plugin that draws a SELECT result with a label
// column and a numeric column as horizontal bars, one a row, in the order the query gave them.
// The bundled YASR has no chart (upstream's asks Google for its code, which the page's policy and
// our promise to stay offline forbid), so this one is ours: an SVG built with DOM calls, every
// value from the results inserted as text. Loaded after YASGUI and before query.js, which makes
// the editor and so the plugin's instances.
(function () {
  'use strict';
  if (typeof Yasgui === 'undefined') {
    return;
  }
  const SVG = 'http://www.w3.org/2000/svg';
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const NUMERIC_TYPES = ['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'byte',
    'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger',
    'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map(function (t) { return XSD + t; });
  // A plain or xsd:string literal counts if it reads as a number; a date or a year does not.
  const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
  const MAX_BARS = 50;
  const ROW = 40;       // px per bar: its label line and the bar under it
  const HEAD = 24;      // px for the line naming the two columns
  const AXIS = 28;      // px for the value axis below the bars

  /** A binding's number, or NaN if it is none (unbound, an IRI, a date, a word). */
  function number(term) {
    if (!term || term.type !== 'literal' && term.type !== 'typed-literal') {
      return NaN;
    }
    if (NUMERIC_TYPES.indexOf(term.datatype) >= 0) {
      return Number(term.value);
    }
    if ((!term.datatype || term.datatype === XSD + 'string') && NUMBER.test(term.value)) {
      return Number(term.value);
    }
    return NaN;
  }

  /**
   * Which variables a result is drawn from: labels from the first variable that is not numeric
   * (or, if all are, the first: a year beside a count), values from the first other numeric one;
   * null if the result has no such pair. A variable is numeric if it is bound at least once and
   * every bound value is a number.
   */
  function columns(results) {
    if (!results || results.getError && results.getError()) {
      return null;
    }
    const vars = results.getVariables() || [];
    const rows = results.getBindings();
    if (!Array.isArray(rows) || rows.length === 0 || vars.length < 2) {
      return null;
    }
    const numeric = vars.filter(function (v) {
      let bound = false;
      for (const row of rows) {
        if (row[v] === undefined) {
          continue;
        }
        if (!isFinite(number(row[v]))) {
          return false;
        }
        bound = true;
      }
      return bound;
    });
    const label = vars.find(function (v) { return numeric.indexOf(v) < 0; }) || numeric[0];
    const value = numeric.find(function (v) { return v !== label; });
    return value === undefined ? null : { label: label, value: value, rows: rows };
  }

  /** A label as the table would show it: an IRI with a prefix of ours shortened, a literal's text. */
  function labelText(term, prefixes) {
    if (!term) {
      return '(unbound)';
    }
    if (term.type === 'uri') {
      let best = '';
      Object.keys(prefixes).forEach(function (p) {
        const ns = prefixes[p];
        if (term.value.startsWith(ns) && ns.length > (prefixes[best] || '').length) {
          best = p;
        }
      });
      return best ? best + ':' + term.value.substring(prefixes[best].length) : term.value;
    }
    return term.type === 'bnode' ? '_:' + term.value : term.value;
  }

  const format = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });

  /** Round steps (1, 2 or 5 times a power of ten) that cover lo..hi in about {@code count} parts. */
  function ticks(lo, hi, count) {
    const raw = (hi - lo) / count;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map(function (m) { return m * power; }).find(function (s) { return s >= raw; });
    const first = Math.floor(lo / step);
    const list = [first * step];
    for (let i = first + 1; list[list.length - 1] < hi; i++) {
      list.push(i * step);
    }
    return list;
  }

  function el(name, attributes, text) {
    const e = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (a) { e.setAttribute(a, attributes[a]); });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function shorten(text, chars) {
    return text.length <= chars ? text : text.substring(0, chars - 1) + '\u2026';
  }

  /** The chart of {@code c} for a box {@code width} px wide: a figure with its caption and SVG. */
  function chart(c, prefixes, width) {
    const shown = c.rows.slice(0, MAX_BARS);
    const values = shown.map(function (row) { return number(row[c.value]); });
    const known = values.filter(isFinite);
    const lo = Math.min(0, Math.min.apply(null, known));
    const hi = Math.max(0, Math.max.apply(null, known));
    const marks = ticks(lo, hi === lo ? lo + 1 : hi, width < 600 ? 4 : 8);
    const start = marks[0];
    const span = marks[marks.length - 1] - start;
    function x(v) {
      return (v - start) / span * 100;
    }

    const figure = document.createElement('figure');
    figure.className = 'chart';
    const caption = document.createElement('figcaption');
    caption.textContent = c.value + ' by ' + c.label
        + (c.rows.length > shown.length ? ' (the first ' + shown.length + ' of ' + c.rows.length + ' rows)' : '');
    figure.appendChild(caption);

    const height = HEAD + shown.length * ROW + AXIS;
    const svg = el('svg', { width: '100%', height: height, role: 'img', 'aria-label': caption.textContent });
    svg.appendChild(el('text', { x: '0', y: 16, class: 'chart-head' }, c.label));
    svg.appendChild(el('text', { x: '100%', y: 16, 'text-anchor': 'end', class: 'chart-head' }, c.value));
    const bottom = HEAD + shown.length * ROW;
    marks.forEach(function (m, i) {
      const at = x(m) + '%';
      svg.appendChild(el('line', { x1: at, x2: at, y1: HEAD, y2: bottom + 4, class: m === 0 ? 'chart-zero' : 'chart-grid' }));
      const anchor = i === 0 ? 'start' : i === marks.length - 1 ? 'end' : 'middle';
      svg.appendChild(el('text', { x: at, y: bottom + 20, 'text-anchor': anchor, class: 'chart-tick' }, format.format(m)));
    });
    // about 7 px a character at the chart's size; the value needs its own room at the right
    const chars = Math.max(12, Math.floor((width - 90) / 7));
    shown.forEach(function (row, i) {
      const top = HEAD + i * ROW;
      const label = labelText(row[c.label], prefixes);
      const value = values[i];
      const g = el('g', { class: 'chart-row' });
      g.appendChild(el('title', {}, label + ': ' + (isFinite(value) ? row[c.value].value : 'unbound')));
      g.appendChild(el('text', { x: '0', y: top + 14, class: 'chart-label' }, shorten(label, chars)));
      g.appendChild(el('text', { x: '100%', y: top + 14, 'text-anchor': 'end', class: 'chart-value' },
          isFinite(value) ? format.format(value) : '\u2013'));
      if (isFinite(value)) {
        const from = Math.min(x(0), x(value));
        g.appendChild(el('rect', { x: from + '%', y: top + 19, width: Math.abs(x(value) - x(0)) + '%', height: 14,
          class: value < 0 ? 'chart-bar negative' : 'chart-bar', 'data-value': String(value) }));
      }
      svg.appendChild(g);
    });
    figure.appendChild(svg);
    return figure;
  }

  /** YASR's plugin interface: see the bundled table and response plugins. */
  class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = 'Chart';
      this.priority = 3;  // below the table (10), so a result opens as a table
      this.seen = null;
      this.found = null;
    }

    columns() {
      if (this.seen !== this.yasr.results) {
        this.seen = this.yasr.results;
        this.found = columns(this.yasr.results);
      }
      return this.found;
    }

    canHandleResults() {
      return this.columns() !== null;
    }

    draw() {
      const c = this.columns();
      if (c) {
        const width = this.yasr.resultsEl.clientWidth || this.yasr.rootEl.clientWidth || 600;
        this.yasr.resultsEl.appendChild(chart(c, this.yasr.getPrefixes(), width));
      }
      return Promise.resolve();
    }

    getIcon() {
      const div = document.createElement('div');
      div.className = 'svgImg';
      const svg = el('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true' });
      [[2, 10], [6, 6], [10, 12]].forEach(function (b) {
        svg.appendChild(el('rect', { x: 1, y: b[0] - 1, width: b[1] + 2, height: 3 }));
      });
      div.appendChild(svg);
      return div;
    }
  }

  Yasgui.Yasr.registerPlugin('chart', ChartPlugin);
  window.coldwarChart = { columns: columns };  // for the browser tests and the console
})();
