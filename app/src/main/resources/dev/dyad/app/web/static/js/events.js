// The events page: filters, a timeline stacked by quad class whose brush sets the date range, and a
// table of matching events, each a link to its event page.
import {api, el, fill, params, status, names, escapeHtml, QUAD_COLOURS, formToQuery, queryToForm} from './common.js';

// ECharts' common build (bar charts, legend, tooltip, toolbox, data zoom: two thirds of the full build) is
// a deferred classic script placed after this module, so this module has asked for the table's and the
// timeline's data before the browser spends its time on the library
const charts = new Promise((ok, fail) => {
  const script = document.getElementById('chart-library');
  if (window.echarts) ok(window.echarts);
  else if (!script) fail(new Error('The chart library is missing from the page.'));
  else {
    script.addEventListener('load', () => ok(window.echarts));
    script.addEventListener('error', () => fail(new Error('The chart library did not load.')));
  }
});
const PAGE = 50;
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const form = document.getElementById('filters');
const tbody = document.querySelector('#events tbody');
let offset = Number(params().get('offset') || 0);
let chart = null;
let interval = 'day';

function query() {
  return formToQuery(form);
}

async function loadTable() {
  const q = query();
  const filtered = q.toString() !== '';
  history.replaceState(null, '', q.toString() ? `?${q}` : window.location.pathname);
  sessionStorage.setItem('dyad-events', window.location.pathname + window.location.search);
  for (const format of ['csv', 'jsonl']) {
    const d = new URLSearchParams(q);
    d.set('format', format);
    document.getElementById(`download-${format}`).href = `/api/events?${d}`;
  }
  q.set('limit', PAGE);
  q.set('offset', offset);
  status('Loading events…');
  try {
    const page = await api(`/api/events?${q}`);
    fill(tbody, page.events.map(row));
    if (!page.events.length) {
      fill(tbody, el('tr', {}, el('td', {colspan: 8, class: 'muted'}, 'No events match these filters.')));
    }
    document.getElementById('count').textContent =
      `${page.total.toLocaleString('en')} ${page.unfused ? 'article events' : 'events'} match` + (filtered ? ' these filters' : '');
    const last = Math.min(page.offset + page.events.length, page.total);
    document.getElementById('page').textContent =
      page.total ? `${page.offset + 1}–${last} of ${page.total}` : '0 events';
    document.getElementById('prev').disabled = page.offset === 0;
    document.getElementById('next').disabled = last >= page.total;
    status('');
    performance.mark('dyad-table-filled');
  } catch (e) {
    fill(tbody);
    status(e.message, true);
  }
}

// the parties' codes under their names, as the exports write them
function codes(list) {
  const c = (list || []).filter(Boolean);
  return c.length ? el('div', {class: 'code muted'}, c.join(' ')) : null;
}

function row(e) {
  const href = `/event.html?id=${encodeURIComponent(e.id)}`;
  const quad = (e.quad_class || '').replace(' ', '-');
  const tr = el('tr', {class: 'event-row', dataset: {id: e.id}},
    el('td', {}, e.date_value || '–'),
    el('td', {class: 'actor'}, names(e.actor_names, e.actor_codes), codes(e.actor_codes)),
    el('td', {class: 'type'}, el('span', {class: `quad ${quad}`, title: e.quad_class || ''}),
      el('a', {href}, e.event + (e.mode ? ` / ${e.mode}` : ''))),
    el('td', {class: 'recipient'}, names(e.recipient_names, e.recipient_codes), codes(e.recipient_codes)),
    el('td', {class: 'place'}, e.location_name ? e.location_name + (e.location_country ? ` (${e.location_country})` : '') : ''),
    el('td', {class: 'modality'}, e.modality || ''),
    el('td', {class: 'sentence'}, e.sentence && e.sentence.length > 220 ? e.sentence.slice(0, 220) + '…' : (e.sentence || '')),
    el('td', {}, e.reports !== undefined ? e.reports : (e.source || '')));
  tr.addEventListener('click', ev => {
    if (ev.target.tagName !== 'A') window.location.href = href;
  });
  return tr;
}

const DAY = 86400000;

// the first day of the period that holds a time, in the server's periods (weeks start on Monday)
function periodStart(t) {
  const d = new Date(Math.floor(t / DAY) * DAY);
  if (interval === 'week') d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
  else if (interval === 'month') d.setUTCDate(1);
  return d.toISOString().slice(0, 10);
}

function periodEnd(p) {
  const d = new Date(p + 'T00:00:00Z');
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

// a bar stands at the middle of its period on a time axis, so quiet stretches are gaps of the axis
// itself and the chart draws only the periods that have events, however long the span
function middle(p) {
  return (Date.parse(p + 'T00:00:00Z') + Date.parse(periodEnd(p) + 'T00:00:00Z') + DAY) / 2;
}

async function loadTimeline() {
  const q = query();
  q.delete('from');
  q.delete('to');
  let data;
  try {
    // the server picks days, weeks or months from the span of the matching events
    q.set('interval', 'auto');
    data = await api(`/api/timeline?${q}`);
    interval = data.interval;
  } catch (e) {
    status(e.message, true);
    return;
  }
  const series = QUADS.map(quad => {
    const sums = new Map();
    for (const c of data.counts) {
      if (c.quad_class === quad) sums.set(c.period, (sums.get(c.period) || 0) + c.count);
    }
    const values = [...sums].sort().map(([p, n]) => [middle(p), n]);
    return {name: quad, type: 'bar', stack: 'events', data: values, itemStyle: {color: QUAD_COLOURS[quad]},
      barMaxWidth: 28, barMinWidth: 3, emphasis: {focus: 'series'}};
  });
  const box = document.getElementById('timeline');
  let echarts;
  try {
    echarts = await charts;
  } catch (e) {
    status(e.message, true);
    return;
  }
  if (!chart) {
    chart = echarts.init(box, null, {renderer: 'canvas'});
    chart.on('datazoom', onZoom);
    window.addEventListener('resize', () => chart.resize());
  }
  const label = t => {
    const p = periodStart(t);
    return interval === 'month' ? p.slice(0, 7) : interval === 'week' ? `week of ${p}` : p;
  };
  chart.setOption({
    animation: false,
    grid: {left: 40, right: 20, top: 36, bottom: 30},
    legend: {top: 4, data: QUADS},
    // a formatter of our own: the default one styles its markers inline, which the page's policy forbids
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: items => [escapeHtml(label(items[0].value[0]))]
      .concat(items.filter(i => i.value[1]).map(i => `${escapeHtml(i.seriesName)}: ${i.value[1]}`)).join('<br>')},
    // selecting a stretch of the axis zooms the chart to it and filters the table to its dates
    toolbox: {right: 10, feature: {dataZoom: {yAxisIndex: 'none', title: {zoom: 'Select dates', back: 'Back'}}}},
    xAxis: {type: 'time', boundaryGap: ['2%', '2%'], axisLabel: {hideOverlap: true}},
    yAxis: {type: 'value', minInterval: 1},
    series,
  }, true);
  // dragging across the chart selects dates at once, without first picking the tool
  chart.dispatchAction({type: 'takeGlobalCursor', key: 'dataZoomSelect', dataZoomSelectActive: true});
  const f = form.elements.from.value;
  const t = form.elements.to.value;
  selections = [];
  if (f && t && f <= t) {
    // the dates of the address are shown as a selection, made here as a user would make it
    restoring = true;
    try {
      chart.dispatchAction({type: 'dataZoom', startValue: Date.parse(f + 'T00:00:00Z'),
        endValue: Date.parse(t + 'T00:00:00Z') + DAY - 1});
    } finally {
      restoring = false;
    }
  }
  box.dataset.drawn = 'true';
  performance.mark('dyad-timeline-drawn');
}

// the selections made on the chart, newest last: the toolbox's Back button returns to the one before
let selections = [];
// set while the page shows the dates of its address: the table already has them
let restoring = false;

function onZoom(params) {
  const zoom = (params.batch || [params])[0] || {};
  if (restoring) {
    selections.push([form.elements.from.value, form.elements.to.value]);
    return;
  }
  if (zoom.startValue != null && zoom.endValue != null) {
    // whole periods: a selection that touches a bar takes in its period
    selections.push([periodStart(zoom.startValue), periodEnd(periodStart(zoom.endValue))]);
  } else {
    selections.pop();
  }
  const last = selections[selections.length - 1];
  form.elements.from.value = last ? last[0] : '';
  form.elements.to.value = last ? last[1] : '';
  offset = 0;
  loadTable();
}

form.addEventListener('submit', ev => {
  ev.preventDefault();
  offset = 0;
  loadTable();
  loadTimeline();
});
document.getElementById('clear').addEventListener('click', () => {
  form.reset();
  offset = 0;
  loadTable();
  loadTimeline();
});
document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); loadTable(); });
document.getElementById('next').addEventListener('click', () => { offset += PAGE; loadTable(); });

queryToForm(form, params());
loadTable();
loadTimeline();
