// Dyad web application. Every page is drawn here from the JSON API.
// Safety rule: document data only ever reaches the page as text nodes (textContent) or as
// attribute values set one by one; no markup is built from strings (no innerHTML).
'use strict';

const TYPES = ['CONSULT', 'AGREE', 'AID'];
const TYPE_COLORS = { CONSULT: '#2f6fd6', AGREE: '#2e9e62', AID: '#d88a1c', OTHER: '#8a8f98' };
const TYPE_LABELS = { CONSULT: 'Meetings, calls, visits', AGREE: 'Agreements', AID: 'Aid' };
const SVG = 'http://www.w3.org/2000/svg';

// ---------- DOM helpers

/** An element with attributes (strings, set one by one) and children (nodes or text). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const main = () => document.getElementById('main');

function render(title, ...children) {
  document.title = title ? title + ' · Dyad' : 'Dyad';
  const m = clear(main());
  append(m, children);
}

function errorBox(err) {
  return h('div', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err));
}

// ---------- API

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : res.status + ' ' + res.statusText;
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
}

const enc = encodeURIComponent;
const eventHref = (id) => '/events/' + enc(id);
const docHref = (doc) => '/documents/' + enc(doc);
const actorHref = (name) => '/actors/' + enc(name);

// ---------- formatting

function dateLabel(d) {
  if (!d) return 'undated';
  if (d.value) return d.value;
  if (d.range) return d.range[0] + ' – ' + d.range[1];
  return 'undated';
}

function money(a) {
  if (!a) return '';
  const n = Number(a.value);
  const v = Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(a.value);
  let out = a.currency + ' ' + v;
  if (a.usd !== undefined && a.usd !== null && a.currency !== 'USD') {
    out += ' (≈ USD ' + Number(a.usd).toLocaleString('en-US', { maximumFractionDigits: 0 }) + ')';
  }
  return out;
}

function sides(e) {
  const src = (e.source || []).join(', ');
  const tgt = (e.target || []).join(', ');
  return tgt ? src + ' → ' + tgt : src;
}

function what(e) {
  const parts = [];
  if (e.amount) parts.push(money(e.amount));
  if (e.title) parts.push(e.title);
  if (!e.title && e.participants && e.participants.length) parts.push(e.participants.join(', '));
  return parts.join(' · ') || (e.mode || e.type);
}

function badge(type) {
  return h('span', { class: 'badge ' + type }, type);
}

function typeColor(t) {
  return TYPE_COLORS[t] || TYPE_COLORS.OTHER;
}

// ---------- highlighting

/**
 * The text as nodes, with ranges {start, end, cls, title} wrapped in spans; overlapping ranges
 * give a span with every class that covers it.
 */
function highlighted(text, ranges) {
  const frag = document.createDocumentFragment();
  const points = new Set([0, text.length]);
  const rs = ranges.filter((r) => r.end > r.start && r.start >= 0 && r.end <= text.length);
  rs.forEach((r) => { points.add(r.start); points.add(r.end); });
  const sorted = [...points].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length - 1; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const piece = text.slice(a, b);
    const cover = rs.filter((r) => r.start <= a && r.end >= b);
    if (cover.length === 0) {
      frag.appendChild(document.createTextNode(piece));
    } else {
      const classes = [...new Set(cover.map((r) => r.cls))].join(' ');
      const titles = [...new Set(cover.map((r) => r.title).filter(Boolean))].join('; ');
      const tag = cover.some((r) => r.cls === 'hl-ev') ? 'mark' : 'span';
      frag.appendChild(h(tag, { class: classes, title: titles || null }, piece));
    }
  }
  return frag;
}

function actorRanges(text, actors) {
  const out = [];
  for (const a of actors || []) {
    const names = [a.name, ...(a.aliases || [])].filter((n) => n && n.length >= 3);
    for (const n of names) {
      let at = text.indexOf(n);
      while (at >= 0) {
        out.push({ start: at, end: at + n.length, cls: 'hl-actor', title: a.name + ' (' + a.kind + (a.country ? ', ' + a.country : '') + ')' });
        at = text.indexOf(n, at + n.length);
      }
    }
  }
  return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const DATE_RE = new RegExp(
  '\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:' + MONTHS + ')(?:,?\\s+\\d{4})?' +
  '|(?:' + MONTHS + ')\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?' +
  '|(?:' + MONTHS + ')\\s+\\d{4}' +
  '|\\d{4}-\\d{2}-\\d{2}' +
  '|(?:yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)|earlier this (?:week|month|year)))\\b', 'g');

function dateRanges(text) {
  const out = [];
  for (const m of text.matchAll(DATE_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, cls: 'hl-date', title: 'date as written' });
  }
  return out;
}

function legend(container, items) {
  const box = h('div', { class: 'legend', role: 'group', 'aria-label': 'Highlights' });
  for (const it of items) {
    const cb = h('input', { type: 'checkbox', checked: true });
    cb.addEventListener('change', () => container.classList.toggle(it.hide, !cb.checked));
    box.appendChild(h('label', {}, cb, ' ', h('span', { class: 'sw ' + it.cls }), it.label));
  }
  return box;
}

// ---------- charts (inline SVG drawn here)

/** A stacked bar chart of events by month and type. */
function timeline(monthsIn, types, opts) {
  const months = padMonths(monthsIn, 12);
  const W = 760, H = (opts && opts.height) || 220, L = 34, B = 36, T = 10, R = 8;
  const totals = months.map((m) => types.reduce((n, t) => n + (m.counts[t] || 0), 0));
  const max = Math.max(1, ...totals);
  const step = max <= 5 ? 1 : Math.ceil(max / 5);
  const top = Math.ceil(max / step) * step;
  const bw = (W - L - R) / Math.max(1, months.length);
  const y = (v) => T + (H - T - B) * (1 - v / top);
  const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': (opts && opts.label) || 'Events by month and type' });
  for (let v = 0; v <= top; v += step) {
    svg.appendChild(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid-line' }));
    svg.appendChild(s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)));
  }
  const every = Math.max(1, Math.ceil(months.length / 12));
  months.forEach((m, i) => {
    let acc = 0;
    const x = L + i * bw + Math.min(4, bw * 0.15);
    const w = Math.max(1, bw - 2 * Math.min(4, bw * 0.15));
    for (const t of types) {
      const n = m.counts[t] || 0;
      if (!n) continue;
      const rect = s('rect', { x: x, y: y(acc + n), width: w, height: y(acc) - y(acc + n), fill: typeColor(t), rx: 2 });
      rect.appendChild(s('title', {}, m.month + ': ' + n + ' ' + (TYPE_LABELS[t] || t).toLowerCase()));
      svg.appendChild(rect);
      acc += n;
    }
    if (i % every === 0) {
      svg.appendChild(s('text', { x: x + w / 2, y: H - B + 16, 'text-anchor': 'middle', class: 'axis' }, m.month));
    }
  });
  const box = h('div', { class: 'chart' }, svg);
  const leg = h('div', { class: 'legend' });
  for (const t of types) {
    const sw = h('span', { class: 'sw' });
    sw.style.background = typeColor(t);
    leg.appendChild(h('span', {}, sw, TYPE_LABELS[t] || t));
  }
  box.appendChild(leg);
  return box;
}

/** At least n months: empty months added before and after the data, so a bar is never a wall. */
function padMonths(months, n) {
  const out = months.slice();
  const shift = (ym, k) => {
    const [y, m] = ym.split('-').map(Number);
    const t = y * 12 + (m - 1) + k;
    return Math.floor(t / 12) + '-' + String(t % 12 + 1).padStart(2, '0');
  };
  let before = true;
  while (out.length < n) {
    if (before) out.unshift({ month: shift(out[0].month, -1), counts: {} });
    else out.push({ month: shift(out[out.length - 1].month, 1), counts: {} });
    before = !before;
  }
  return out;
}

/** Events of one actor over time: a dot per event on a line of years. */
function dots(events) {
  const dated = events.filter((e) => e.date && (e.date.value || e.date.range));
  if (!dated.length) return h('p', { class: 'muted' }, 'No dated events.');
  const day = (e) => new Date((e.date.range ? e.date.range[0] : e.date.value).padEnd(10, '-01').slice(0, 10) + 'T00:00:00Z').getTime();
  const ts = dated.map(day);
  let lo = Math.min(...ts), hi = Math.max(...ts);
  if (hi - lo < 86400e3 * 60) { lo -= 86400e3 * 30; hi += 86400e3 * 30; }
  const W = 760, H = 90, L = 20, R = 20;
  const x = (t) => L + (W - L - R) * (t - lo) / (hi - lo);
  const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Events over time' });
  svg.appendChild(s('line', { x1: L, x2: W - R, y1: 45, y2: 45, class: 'grid-line' }));
  const y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear();
  for (let yr = y0; yr <= y1 + 1; yr++) {
    const t = Date.UTC(yr, 0, 1);
    if (t < lo || t > hi) continue;
    svg.appendChild(s('line', { x1: x(t), x2: x(t), y1: 35, y2: 55, class: 'grid-line' }));
    svg.appendChild(s('text', { x: x(t), y: 75, 'text-anchor': 'middle', class: 'axis' }, String(yr)));
  }
  dated.forEach((e, i) => {
    const a = s('a', { href: eventHref(e.id) });
    const c = s('circle', { cx: x(ts[i]), cy: 45 + ((i % 3) - 1) * 9, r: 6, fill: typeColor(e.type), 'fill-opacity': 0.85 });
    c.appendChild(s('title', {}, dateLabel(e.date) + ' ' + e.type + ': ' + what(e)));
    a.appendChild(c);
    svg.appendChild(a);
  });
  return h('div', { class: 'chart' }, svg);
}

function barList(entries) {
  const max = Math.max(1, ...entries.map((e) => e[1]));
  return h('div', { class: 'bars' }, entries.map(([k, v]) => {
    const bar = h('div', { class: 'bar' });
    bar.style.width = (100 * v / max) + '%';
    return h('div', { class: 'row' }, h('span', {}, k.replace(/_/g, ' ')), bar, h('span', { class: 'count' }, String(v)));
  }));
}

// ---------- pages

function eventRow(e) {
  return h('tr', {},
    h('td', { class: 'nowrap' }, dateLabel(e.date)),
    h('td', {}, badge(e.type), ' ', h('span', { class: 'muted small' }, e.mode || '')),
    h('td', { class: 'nowrap' }, sides(e)),
    h('td', {}, h('a', { href: eventHref(e.id) }, what(e))),
    h('td', { class: 'status-' + e.status }, e.status),
    h('td', {}, (e.sources || []).map((d) => h('a', { class: 'pill', href: docHref(d) }, d))));
}

function eventTable(events) {
  if (!events.length) return h('p', { class: 'muted' }, 'No events.');
  return h('table', {},
    h('thead', {}, h('tr', {}, ['Date', 'Type', 'Countries', 'What', 'Status', 'Sources'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, events.map(eventRow)));
}

async function dashboard(params) {
  const [status, countries] = await Promise.all([api('/api/status'), api('/api/countries')]);
  if (!countries.pairs.length) {
    render('Dashboard', h('h1', {}, 'Dashboard'),
      h('div', { class: 'note' }, 'The store holds ' + status.documents + ' documents and no events between two countries yet. ',
        h('a', { href: '/upload' }, 'Upload a document'), ' or run ', h('code', {}, './dyad ingest examples/'), '.'));
    return;
  }
  let pair = (params.get('pair') || '').toUpperCase().split('-');
  if (pair.length !== 2 || !/^[A-Z]{3}$/.test(pair[0]) || !/^[A-Z]{3}$/.test(pair[1])) pair = countries.pairs[0].countries;
  const sum = await api('/api/pairs/' + enc(pair[0]) + '/' + enc(pair[1]));
  const names = sum.countries.map((c) => c.name);

  const select = h('select', { id: 'pair', name: 'pair', 'aria-label': 'Pair of countries' },
    countries.pairs.map((p) => h('option', { value: p.countries.join('-'), selected: p.countries.join('-') === pair.join('-') },
      p.names.join(' – ') + ' (' + p.events + ')')));
  const form = h('form', { class: 'filters', method: 'get', action: '/' },
    h('label', {}, 'Pair of countries', select), h('button', { type: 'submit' }, 'Show'));
  select.addEventListener('change', () => form.submit());

  const stats = h('div', { class: 'stats' },
    h('div', { class: 'stat' }, h('span', { class: 'n' }, String(sum.events)), h('span', { class: 'l' }, 'events')),
    Object.entries(sum.by_type).map(([t, n]) => h('div', { class: 'stat' }, h('span', { class: 'n' }, String(n)), h('span', { class: 'l' }, TYPE_LABELS[t] || t))),
    sum.aid_totals.map((t) => h('div', { class: 'stat' }, h('span', { class: 'n' }, money({ value: t.value, currency: t.currency })), h('span', { class: 'l' }, 'aid stated in ' + t.currency))));

  const types = Object.keys(sum.by_type);
  const chartCard = h('section', { class: 'card span-8', 'aria-labelledby': 'h-timeline' },
    h('h2', { id: 'h-timeline' }, 'Events by month'),
    sum.by_month.length ? timeline(sum.by_month, types.length ? types : TYPES, { label: 'Events between ' + names.join(' and ') + ' by month and type' })
      : h('p', { class: 'muted' }, 'No dated events.'),
    sum.undated ? h('p', { class: 'muted small' }, sum.undated + ' undated events not shown.') : null);

  const topics = Object.entries(sum.topics);
  const topicCard = h('section', { class: 'card span-4', 'aria-labelledby': 'h-topics' }, h('h2', { id: 'h-topics' }, 'Topics'),
    topics.length ? barList(topics) : h('p', { class: 'muted' }, 'No topics.'),
    h('p', { class: 'muted small' }, 'Documents reporting these events, by topic.'));

  const agreements = h('section', { class: 'card span-6', 'aria-labelledby': 'h-agree' }, h('h2', { id: 'h-agree' }, 'Latest agreements'),
    sum.agreements.length ? h('ul', { class: 'plain' }, sum.agreements.map((e) => h('li', {},
      h('span', { class: 'muted nowrap' }, dateLabel(e.date)), ' ', h('a', { href: eventHref(e.id) }, e.title || e.mode || 'agreement'),
      ' ', h('span', { class: 'muted small' }, '(' + e.status + ')'))))
      : h('p', { class: 'muted' }, 'None stored.'));

  const aid = h('section', { class: 'card span-6', 'aria-labelledby': 'h-aid' }, h('h2', { id: 'h-aid' }, 'Aid'),
    sum.aid.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'From → to'), h('th', {}, 'What'), h('th', { class: 'num' }, 'Amount'))),
      h('tbody', {}, sum.aid.map((e) => h('tr', {}, h('td', { class: 'nowrap' }, dateLabel(e.date)), h('td', { class: 'nowrap' }, sides(e)),
        h('td', {}, h('a', { href: eventHref(e.id) }, e.title || e.mode || 'aid')), h('td', { class: 'num' }, e.amount ? money(e.amount) : '–')))))
      : h('p', { class: 'muted' }, 'None stored.'));

  const actors = h('section', { class: 'card span-4', 'aria-labelledby': 'h-actors' }, h('h2', { id: 'h-actors' }, 'Most active'),
    sum.actors.length ? h('ul', { class: 'plain' }, sum.actors.map((a) => h('li', {}, h('a', { href: actorHref(a.name) }, a.name),
      ' ', h('span', { class: 'muted small' }, a.events + (a.events === 1 ? ' event' : ' events')))))
      : h('p', { class: 'muted' }, 'No participants named.'));

  const latest = h('section', { class: 'card span-8', 'aria-labelledby': 'h-latest' }, h('h2', { id: 'h-latest' }, 'Latest events'),
    eventTable(sum.latest),
    h('p', {}, h('a', { href: '/events?countries=' + enc(pair.join(',')) }, 'All ' + sum.events + ' events of ' + names.join(' and ') + ' →')));

  render(names.join(' – '), h('h1', {}, names.join(' – ')), form, stats,
    h('div', { class: 'grid' }, chartCard, topicCard, agreements, aid, latest, actors));
}

const FILTERS = ['countries', 'type', 'status', 'from', 'to', 'actor', 'topic'];

async function eventsPage(params) {
  const limit = 50;
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const q = new URLSearchParams();
  FILTERS.forEach((f) => { if (params.get(f)) q.set(f, params.get(f)); });
  q.set('sort', params.get('sort') || 'date');
  const data = await api('/api/events?' + q + '&limit=' + limit + '&offset=' + offset);

  const field = (name, label, input) => h('label', { for: 'f-' + name }, label, input);
  const text = (name, ph) => h('input', { type: 'text', id: 'f-' + name, name: name, value: params.get(name) || '', placeholder: ph || '' });
  const sel = (name, opts) => h('select', { id: 'f-' + name, name: name },
    opts.map(([v, l]) => h('option', { value: v, selected: (params.get(name) || '') === v }, l)));
  const form = h('form', { class: 'filters', method: 'get', action: '/events', 'aria-label': 'Filter events' },
    field('type', 'Type', sel('type', [['', 'any'], ['CONSULT', 'CONSULT (meetings, calls, visits)'], ['AGREE', 'AGREE (agreements)'], ['AID', 'AID']])),
    field('status', 'Status', sel('status', [['', 'any'], ['occurred', 'occurred'], ['planned', 'planned'], ['hoped', 'hoped']])),
    field('from', 'From', h('input', { type: 'date', id: 'f-from', name: 'from', value: params.get('from') || '' })),
    field('to', 'To', h('input', { type: 'date', id: 'f-to', name: 'to', value: params.get('to') || '' })),
    field('countries', 'Countries', text('countries', 'JPN,KHM')),
    field('actor', 'Actor', text('actor', 'part of a name')),
    field('topic', 'Topic', text('topic', 'energy')),
    field('sort', 'Sort', sel('sort', [['date', 'oldest first'], ['-date', 'latest first'], ['-sources', 'most sources']])),
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { class: 'button secondary', href: '/events' }, 'Clear'));

  const exportQ = new URLSearchParams();
  FILTERS.forEach((f) => { if (params.get(f)) exportQ.set(f, params.get(f)); });
  const downloads = h('div', { class: 'downloads' }, h('span', { class: 'muted small' }, 'Download these events:'),
    [['jsonl', 'JSON Lines'], ['csv', 'CSV'], ['gdelt', 'GDELT TSV'], ['plover', 'PLOVER']].map(([f, l]) =>
      h('a', { class: 'button secondary', href: '/api/export/' + f + (exportQ.toString() ? '?' + exportQ : ''), download: '' }, l)));

  const page = (off) => { const p = new URLSearchParams(params); p.set('offset', String(off)); return '/events?' + p; };
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: page(Math.max(0, offset - limit)), rel: 'prev' }, '← Previous') : null,
    h('span', { class: 'muted' }, data.total ? (offset + 1) + '–' + Math.min(offset + limit, data.total) + ' of ' + data.total : '0 events'),
    offset + limit < data.total ? h('a', { href: page(offset + limit), rel: 'next' }, 'Next →') : null);

  render('Events', h('h1', {}, 'Events'), form, downloads, h('div', { class: 'card' }, eventTable(data.items)), pager);
}

async function eventPage(id) {
  const e = await api('/api/events/' + enc(id));
  const title = (TYPE_LABELS[e.type] ? e.type : e.type) + (e.mode ? ' · ' + e.mode : '') + ': ' + what(e);
  const facts = h('dl', { class: 'facts' },
    h('dt', {}, 'What'), h('dd', {}, badge(e.type), ' ', e.mode || '', ' ', h('span', { class: 'status-' + e.status }, '(' + e.status + ')')),
    h('dt', {}, 'When'), h('dd', {}, dateLabel(e.date) + (e.date && e.date.precision ? ' (' + e.date.precision + ')' : '')),
    h('dt', {}, 'Who'), h('dd', {}, e.participants.length ? e.participants.map((p, i) => [i ? ', ' : '', h('a', { href: actorHref(p) }, p)]) : h('span', { class: 'muted' }, 'nobody named')),
    h('dt', {}, e.type === 'AID' ? 'Giver → receiver' : 'Countries'), h('dd', {}, sides(e) || '–'),
    h('dt', {}, 'Where'), h('dd', {}, e.location || '–'),
    e.title ? [h('dt', {}, 'Title'), h('dd', {}, e.title)] : null,
    e.amount ? [h('dt', {}, 'Amount'), h('dd', {}, money(e.amount))] : null,
    h('dt', {}, 'Sources'), h('dd', {}, e.sources.map((d) => h('a', { class: 'pill', href: docHref(d) }, d))));

  const reports = h('section', { class: 'reports', 'aria-labelledby': 'h-reports' },
    h('h2', { id: 'h-reports' }, e.reports.length === 1 ? 'The report' : 'The ' + e.reports.length + ' reports'));
  render(title, h('h1', {}, title), h('div', { class: 'card' }, facts), reports);
  for (const r of e.reports) {
    const textBox = h('div', { class: 'text', tabindex: '0', 'aria-label': 'Text of ' + r.doc + ' with the evidence marked' }, h('span', { class: 'muted' }, 'Loading the document…'));
    const card = h('article', { class: 'card report' },
      h('header', {}, h('h3', {}, h('a', { href: docHref(r.doc) }, r.doc)), h('span', { class: 'muted small' }, 'document dated ' + (r.document_date || 'unknown'))),
      h('p', { class: 'small' }, badge(r.event.type), ' ', r.event.mode || '', ' · ', dateLabel(r.event.date), ' · ', sides(r.event), r.event.participants.length ? ' · ' + r.event.participants.join(', ') : ''),
      r.joined_by ? h('p', { class: 'why' }, 'Joined this event: ' + r.joined_by) : null,
      textBox);
    reports.appendChild(card);
    api('/api/documents/' + enc(r.doc)).then((d) => {
      const ranges = r.evidence.map((x) => ({ start: x.start, end: x.end, cls: 'hl-ev', title: 'evidence of this event' }));
      clear(textBox).appendChild(highlighted(d.record.text, ranges));
      const first = textBox.querySelector('mark');
      if (first) textBox.scrollTop = Math.max(0, first.offsetTop - textBox.offsetTop - 40);
    }).catch((err) => {
      clear(textBox);
      r.evidence.forEach((x) => textBox.appendChild(h('mark', {}, x.text)));
      textBox.appendChild(h('p', { class: 'muted' }, 'Document not available: ' + err.message));
    });
  }
}

async function actorsPage(params) {
  const q = new URLSearchParams();
  ['q', 'country', 'kind'].forEach((f) => { if (params.get(f)) q.set(f, params.get(f)); });
  const data = await api('/api/actors?' + q + '&limit=200');
  const form = h('form', { class: 'filters', method: 'get', action: '/actors' },
    h('label', { for: 'a-q' }, 'Name', h('input', { type: 'text', id: 'a-q', name: 'q', value: params.get('q') || '' })),
    h('label', { for: 'a-country' }, 'Country', h('input', { type: 'text', id: 'a-country', name: 'country', value: params.get('country') || '', placeholder: 'JPN' })),
    h('label', { for: 'a-kind' }, 'Kind', h('select', { id: 'a-kind', name: 'kind' }, ['', 'person', 'organization', 'country'].map((k) => h('option', { value: k, selected: (params.get('kind') || '') === k }, k || 'any')))),
    h('button', { type: 'submit' }, 'Filter'));
  const table = data.items.length ? h('table', {},
    h('thead', {}, h('tr', {}, ['Name', 'Kind', 'Country', 'Latest office', 'Documents', 'Events'].map((t, i) => h('th', { class: i > 3 ? 'num' : null }, t)))),
    h('tbody', {}, data.items.map((a) => h('tr', {}, h('td', {}, h('a', { href: actorHref(a.id) }, a.name)), h('td', {}, a.kind), h('td', {}, a.country || '–'),
      h('td', {}, a.title || ''), h('td', { class: 'num' }, String(a.documents)), h('td', { class: 'num' }, String(a.events))))))
    : h('p', { class: 'muted' }, 'No actors.');
  render('Actors', h('h1', {}, 'Actors'), form, h('p', { class: 'muted small' }, data.total + ' actors'), h('div', { class: 'card' }, table));
}

async function actorPage(key) {
  const a = await api('/api/actors/' + enc(key));
  const offices = a.offices.length ? h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Office'), h('th', {}, 'First seen'), h('th', {}, 'Last seen'), h('th', { class: 'num' }, 'Documents'))),
    h('tbody', {}, a.offices.map((o) => h('tr', {}, h('td', {}, o.title), h('td', {}, o.first || '–'), h('td', {}, o.last || '–'), h('td', { class: 'num' }, String(o.documents))))))
    : h('p', { class: 'muted' }, 'No office given by the documents.');
  render(a.name, h('h1', {}, a.name),
    h('p', { class: 'muted' }, a.kind + (a.country ? ' · ' + a.country : '') + (a.title ? ' · ' + a.title : '') + ' · ' + a.documents + ' documents · ' + a.events + ' events'),
    h('div', { class: 'grid' },
      h('section', { class: 'card span-12', 'aria-labelledby': 'h-time' }, h('h2', { id: 'h-time' }, 'Events over time'), dots(a.event_list)),
      h('section', { class: 'card span-4', 'aria-labelledby': 'h-off' }, h('h2', { id: 'h-off' }, 'Offices held'), offices,
        h('h3', {}, 'Named in'), h('ul', { class: 'plain' }, a.document_list.map((d) => h('li', {}, h('a', { href: docHref(d.doc) }, d.doc), ' ', h('span', { class: 'muted small' }, d.date || 'undated'))))),
      h('section', { class: 'card span-8', 'aria-labelledby': 'h-ev' }, h('h2', { id: 'h-ev' }, 'Events'), eventTable(a.event_list))));
}

async function documentsPage(params) {
  const limit = 50;
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const data = await api('/api/documents?limit=' + limit + '&offset=' + offset);
  const table = data.items.length ? h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Document'), h('th', {}, 'Date'), h('th', {}, 'First line'), h('th', {}, 'Topics'), h('th', { class: 'num' }, 'Events'))),
    h('tbody', {}, data.items.map((d) => h('tr', {}, h('td', {}, h('a', { href: docHref(d.doc) }, d.doc)), h('td', { class: 'nowrap' }, d.date || 'undated'),
      h('td', {}, d.headline), h('td', {}, d.topics.map((t) => h('span', { class: 'pill' }, t))), h('td', { class: 'num' }, String(d.events))))))
    : h('p', { class: 'muted' }, 'No documents yet. ', h('a', { href: '/upload' }, 'Upload one.'));
  const page = (off) => '/documents?offset=' + off;
  render('Documents', h('h1', {}, 'Documents'), h('div', { class: 'card' }, table),
    h('nav', { class: 'pager', 'aria-label': 'Pages' },
      offset > 0 ? h('a', { href: page(Math.max(0, offset - limit)) }, '← Previous') : null,
      h('span', { class: 'muted' }, data.total + ' documents'),
      offset + limit < data.total ? h('a', { href: page(offset + limit) }, 'Next →') : null));
}

async function documentPage(docId) {
  const d = await api('/api/documents/' + enc(docId));
  const r = d.record;
  const ranges = [];
  r.events.forEach((e, i) => e.evidence.forEach((x) => ranges.push({ start: x.start, end: x.end, cls: 'hl-ev', title: 'event ' + (i + 1) + ': ' + e.type + ' ' + (e.mode || '') })));
  ranges.push(...actorRanges(r.text, r.actors));
  ranges.push(...dateRanges(r.text));
  const repaired = h('div', { class: 'text', id: 'repaired', tabindex: '0', 'aria-label': 'Repaired text' }, highlighted(r.text, ranges));
  const repairedBox = h('section', { class: 'card span-6', 'aria-labelledby': 'h-rep' }, h('h2', { id: 'h-rep' }, 'Repaired text'),
    legend(repaired, [{ cls: 'hl-ev', hide: 'hide-ev', label: 'event evidence' }, { cls: 'hl-actor', hide: 'hide-actor', label: 'actors' }, { cls: 'hl-date', hide: 'hide-date', label: 'dates' }]),
    repaired);
  let rawBody;
  if (d.raw_text !== null && d.raw_text !== undefined) {
    const removed = (r.repairs || []).map((x) => ({ start: x.start, end: x.end, cls: 'hl-removed', title: 'removed by text repair: ' + x.kind }));
    rawBody = [h('div', { class: 'legend' }, h('span', {}, h('span', { class: 'sw hl-removed' }), 'removed or changed by text repair')),
      h('div', { class: 'text raw', id: 'raw', tabindex: '0', 'aria-label': 'Raw text' }, highlighted(d.raw_text, removed))];
  } else {
    rawBody = h('p', { class: 'muted' }, d.raw_text_note || 'Not available.');
  }
  const rawBox = h('section', { class: 'card span-6', 'aria-labelledby': 'h-raw' }, h('h2', { id: 'h-raw' }, 'Raw text'), rawBody);

  const events = h('section', { class: 'card span-6', 'aria-labelledby': 'h-evs' }, h('h2', { id: 'h-evs' }, 'Events (' + r.events.length + ')'),
    r.events.length ? h('ul', { class: 'plain' }, r.events.map((e, i) => h('li', {}, badge(e.type), ' ', h('span', { class: 'muted small' }, dateLabel(e.date)), ' ',
      d.event_ids[i] !== null && d.event_ids[i] !== undefined ? h('a', { href: eventHref(d.event_ids[i]) }, what(e)) : what(e),
      ' ', h('span', { class: 'muted small' }, sides(e)))))
      : h('p', { class: 'muted' }, 'No event found in this document.'));
  const actors = h('section', { class: 'card span-6', 'aria-labelledby': 'h-act' }, h('h2', { id: 'h-act' }, 'Actors (' + r.actors.length + ')'),
    r.actors.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Kind'), h('th', {}, 'Country'), h('th', {}, 'Office'))),
      h('tbody', {}, r.actors.map((a) => h('tr', {}, h('td', {}, h('a', { href: actorHref(a.name) }, a.name)), h('td', {}, a.kind), h('td', {}, a.country || '–'), h('td', {}, a.title || '')))))
      : h('p', { class: 'muted' }, 'No actors.'));
  const warnings = h('section', { class: 'card span-12', 'aria-labelledby': 'h-warn' }, h('h2', { id: 'h-warn' }, 'Warnings (' + r.warnings.length + ')'),
    r.warnings.length ? h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', {}, w))) : h('p', { class: 'muted' }, 'None.'));
  const src = r.source || {};
  render(d.doc, h('h1', {}, src.title || d.doc),
    h('div', { class: 'card' }, h('dl', { class: 'facts' },
      h('dt', {}, 'Document'), h('dd', {}, d.doc),
      h('dt', {}, 'Source'), h('dd', {}, src.url ? h('a', { href: /^https?:\/\//.test(src.url) ? src.url : null, rel: 'noopener noreferrer nofollow' }, src.url) : d.source),
      h('dt', {}, 'Date'), h('dd', {}, r.date ? dateLabel(r.date) + ' (' + r.date.precision + (r.date.basis ? ', ' + r.date.basis : '') + ')' : 'undated'),
      h('dt', {}, 'Topics'), h('dd', {}, r.topics.length ? r.topics.map((t) => h('span', { class: 'pill' }, t)) : '–'),
      h('dt', {}, 'Stored'), h('dd', {}, d.ingested_at))),
    h('div', { class: 'grid' }, repairedBox, rawBox, events, actors, warnings));
}

async function searchPage(params) {
  const q = params.get('q') || '';
  const input = h('input', { type: 'search', id: 's-q', name: 'q', value: q, placeholder: 'words to find', autofocus: true });
  const form = h('form', { class: 'filters', method: 'get', action: '/search', role: 'search' },
    h('label', { for: 's-q' }, 'Find documents containing every word', input), h('button', { type: 'submit' }, 'Search'));
  if (!q.trim()) {
    render('Search', h('h1', {}, 'Search'), form, h('p', { class: 'muted' }, 'Word forms match: "talks" finds "talked".'));
    input.focus();
    return;
  }
  const data = await api('/api/search?q=' + enc(q) + '&limit=50');
  const results = data.items.length ? h('ol', { class: 'plain' }, data.items.map((hit) => {
    const marks = hit.marks.map((m) => ({ start: m.start, end: m.end, cls: 'hl-ev' }));
    return h('li', {}, h('a', { href: docHref(hit.doc) }, hit.doc), ' ', h('span', { class: 'muted small' }, (hit.date || 'undated') + ' · score ' + hit.score),
      h('p', { class: 'passage' }, highlighted(hit.passage, marks)));
  })) : h('p', { class: 'muted' }, 'No document matches.');
  render('Search: ' + q, h('h1', {}, 'Search'), form, h('p', { class: 'muted small' }, data.items.length + ' documents'), h('div', { class: 'card' }, results));
}

async function uploadPage() {
  const status = await api('/api/status');
  const input = h('input', { type: 'file', id: 'file', class: 'file-input', multiple: true, accept: '.txt,.text,.html,.htm,.xhtml,.pdf,text/plain,text/html,application/pdf' });
  const drop = h('div', { class: 'drop', id: 'drop' },
    h('p', {}, h('strong', {}, 'Drop text, HTML or PDF files here')),
    h('p', { class: 'muted small' }, 'or choose them:'),
    input, h('label', { for: 'file', class: 'button' }, 'Choose files…'),
    h('p', { class: 'muted small' }, 'Up to ' + size(status.max_upload_bytes) + ' each. Each document is extracted and stored at once.'));
  const list = h('div', { id: 'uploads', 'aria-live': 'polite' });
  const state = h('p', { class: 'muted small', id: 'extractor-state' }, 'Extractor: ' + status.extractor +
    (status.extractor === 'ready' ? '' : ' — the first upload waits for the language models (about 30 s).'));
  render('Upload', h('h1', {}, 'Upload documents'), state, drop, list);

  let queue = Promise.resolve();
  const add = (files) => { for (const f of files) queue = queue.then(() => send(f, list)); };
  input.addEventListener('change', () => { add(input.files); input.value = ''; });
  drop.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => { ev.preventDefault(); drop.classList.remove('over'); add(ev.dataTransfer.files); });
}

function size(bytes) {
  return bytes >= 1048576 ? Math.round(bytes / 1048576) + ' MB' : Math.round(bytes / 1024) + ' KB';
}

function send(file, list) {
  return new Promise((resolve) => {
    const bar = h('progress', { max: '100', value: '0', 'aria-label': 'Upload of ' + file.name });
    const line = h('p', { class: 'state' }, 'Sending…');
    const result = h('div', {});
    const item = h('div', { class: 'card upload-item' }, h('h3', {}, file.name), bar, line, result);
    list.prepend(item);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents?name=' + enc(file.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.addEventListener('progress', (ev) => {
      if (ev.lengthComputable) bar.value = Math.round(100 * ev.loaded / ev.total);
    });
    xhr.upload.addEventListener('load', () => { bar.value = 100; line.textContent = 'Sent; extracting…'; });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        const r = body.record;
        line.textContent = body.outcome === 'skipped' ? 'Already stored (same content).' :
          'Stored' + (body.extract_ms ? ' (extracted in ' + (body.extract_ms / 1000).toFixed(1) + ' s)' : '') + '.';
        append(result, [h('p', {}, h('a', { href: docHref(body.doc), class: 'doc-link' }, 'Open ' + body.doc), ' · ',
          (r ? r.events.length : 0) + ' events · ' + (r ? r.actors.length : 0) + ' actors · ' + (r && r.date ? 'dated ' + dateLabel(r.date) : 'undated')),
          r && r.events.length ? h('ul', { class: 'plain' }, r.events.map((e, i) => h('li', {}, badge(e.type), ' ', dateLabel(e.date), ' ',
            body.event_ids[i] !== null && body.event_ids[i] !== undefined ? h('a', { href: eventHref(body.event_ids[i]) }, what(e)) : what(e)))) : null]);
      } else {
        line.textContent = '';
        result.appendChild(errorBox(new Error(body && body.error ? body.error.message : 'upload failed: ' + xhr.status)));
      }
      resolve();
    });
    xhr.addEventListener('error', () => { line.textContent = ''; result.appendChild(errorBox(new Error('the connection failed'))); resolve(); });
    xhr.send(file);
  });
}

async function apiDocs() {
  const spec = await api('/api/openapi.json');
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const params = (op.parameters || []).map((p) => h('tr', {}, h('td', {}, h('code', {}, p.name)), h('td', {}, p.in), h('td', {}, p.required ? 'yes' : ''),
        h('td', {}, p.schema ? (p.schema.type || '') + (p.schema.enum ? ': ' + p.schema.enum.join(', ') : '') : ''), h('td', {}, p.description || '')));
      const responses = Object.entries(op.responses || {}).map(([code, r]) => h('li', {}, h('code', {}, code), ' ', r.description || ''));
      ops.push(h('details', { class: 'op' },
        h('summary', {}, h('span', { class: 'method ' + method }, method.toUpperCase()), h('span', { class: 'path' }, path), h('span', { class: 'muted' }, op.summary || '')),
        h('div', { class: 'body' }, op.description ? h('p', {}, op.description) : null,
          params.length ? h('table', {}, h('thead', {}, h('tr', {}, ['Parameter', 'In', 'Required', 'Type', 'Meaning'].map((t) => h('th', {}, t)))), h('tbody', {}, params)) : null,
          op.requestBody ? h('p', {}, 'Body: ', op.requestBody.description || '') : null,
          h('h3', {}, 'Responses'), h('ul', {}, responses))));
    }
  }
  render('API', h('h1', {}, spec.info.title + ' ' + spec.info.version),
    h('p', {}, spec.info.description), h('p', {}, 'The machine-readable document: ', h('a', { href: '/api/openapi.json' }, '/api/openapi.json'), ' (OpenAPI ' + spec.openapi + ').'),
    ops);
}

// ---------- routing

async function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  for (const a of document.querySelectorAll('[data-nav]')) {
    const n = a.getAttribute('data-nav');
    if (n === path || (n !== '/' && path.startsWith(n + '/'))) a.setAttribute('aria-current', 'page');
  }
  const quick = document.querySelector('.quick input');
  if (quick && path === '/search') quick.value = params.get('q') || '';
  let m;
  try {
    if (path === '/') await dashboard(params);
    else if (path === '/events') await eventsPage(params);
    else if ((m = path.match(/^\/events\/([^/]+)$/))) await eventPage(decodeURIComponent(m[1]));
    else if (path === '/actors') await actorsPage(params);
    else if ((m = path.match(/^\/actors\/([^/]+)$/))) await actorPage(decodeURIComponent(m[1]));
    else if (path === '/documents') await documentsPage(params);
    else if ((m = path.match(/^\/documents\/([^/]+)$/))) await documentPage(decodeURIComponent(m[1]));
    else if (path === '/search') await searchPage(params);
    else if (path === '/upload') await uploadPage();
    else if (path === '/api-docs') await apiDocs();
    else render('Not found', h('h1', {}, 'Not found'));
  } catch (err) {
    render('Error', h('h1', {}, err.status === 404 ? 'Not found' : 'Something went wrong'), errorBox(err));
  }
  document.body.setAttribute('data-ready', 'true');
}

document.addEventListener('DOMContentLoaded', route);
