// The events page: filters, a timeline stacked by quad class whose brush sets the date range, and a
// table of matching events, each a link to its event page.
import {api, el, fill, params, status, names, escapeHtml, QUAD_COLOURS, formToQuery, queryToForm} from './common.js';

// ECharts (a megabyte) loads beside the table's request instead of before it: the table shows first
const charts = import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js');
const PAGE = 50;
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const form = document.getElementById('filters');
const tbody = document.querySelector('#events tbody');
let offset = Number(params().get('offset') || 0);
let chart = null;
let periods = [];
let interval = 'day';

function query() {
  return formToQuery(form);
}

async function loadTable() {
  const q = query();
  history.replaceState(null, '', q.toString() ? `?${q}` : window.location.pathname);
  q.set('limit', PAGE);
  q.set('offset', offset);
  status('Loading events…');
  try {
    const page = await api(`/api/events?${q}`);
    fill(tbody, page.events.map(row));
    if (!page.events.length) {
      fill(tbody, el('tr', {}, el('td', {colspan: 7, class: 'muted'}, 'No events match these filters.')));
    }
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

function row(e) {
  const href = `/event.html?id=${encodeURIComponent(e.id)}`;
  const quad = (e.quad_class || '').replace(' ', '-');
  const tr = el('tr', {class: 'event-row', dataset: {id: e.id}},
    el('td', {}, e.date_value || '–'),
    el('td', {class: 'actor'}, names(e.actor_names, e.actor_codes)),
    el('td', {class: 'type'}, el('span', {class: `quad ${quad}`, title: e.quad_class || ''}),
      el('a', {href}, e.event + (e.mode ? ` / ${e.mode}` : ''))),
    el('td', {class: 'recipient'}, names(e.recipient_names, e.recipient_codes)),
    el('td', {class: 'modality'}, e.modality || ''),
    el('td', {class: 'sentence'}, e.sentence && e.sentence.length > 220 ? e.sentence.slice(0, 220) + '…' : (e.sentence || '')),
    el('td', {}, e.reports !== undefined ? e.reports : (e.source || '')));
  tr.addEventListener('click', ev => {
    if (ev.target.tagName !== 'A') window.location.href = href;
  });
  return tr;
}

// the whole range of periods between the first and the last, so that quiet days show as gaps
function allPeriods(found) {
  if (!found.length) return [];
  const out = [];
  const end = new Date(found[found.length - 1] + 'T00:00:00Z');
  for (let d = new Date(found[0] + 'T00:00:00Z'); d <= end && out.length < 20000;) {
    out.push(d.toISOString().slice(0, 10));
    if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

function periodEnd(p) {
  const d = new Date(p + 'T00:00:00Z');
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
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
  periods = allPeriods([...new Set(data.counts.map(c => c.period))].sort());
  const index = new Map(periods.map((p, i) => [p, i]));
  const series = QUADS.map(quad => {
    const values = new Array(periods.length).fill(0);
    for (const c of data.counts) {
      if (c.quad_class === quad && index.has(c.period)) values[index.get(c.period)] += c.count;
    }
    return {name: quad, type: 'bar', stack: 'events', data: values, itemStyle: {color: QUAD_COLOURS[quad]},
      barMaxWidth: 28, emphasis: {focus: 'series'}};
  });
  const box = document.getElementById('timeline');
  const echarts = await charts;
  if (!chart) {
    chart = echarts.init(box, null, {renderer: 'canvas'});
    chart.on('brushEnd', onBrush);
    window.addEventListener('resize', () => chart.resize());
  }
  chart.setOption({
    animation: false,
    grid: {left: 40, right: 20, top: 36, bottom: 30},
    legend: {top: 4, data: QUADS},
    // a formatter of our own: the default one styles its markers inline, which the page's policy forbids
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: items => [escapeHtml(items[0].axisValue)]
      .concat(items.filter(i => i.value).map(i => `${escapeHtml(i.seriesName)}: ${i.value}`)).join('<br>')},
    toolbox: {right: 10, feature: {brush: {type: ['lineX', 'clear'], title: {lineX: 'Select dates', clear: 'Clear selection'}}}},
    brush: {xAxisIndex: 0, brushMode: 'single', throttleType: 'debounce', brushStyle: {color: 'rgba(43,90,155,0.15)', borderColor: '#2b5a9b'}},
    xAxis: {type: 'category', data: periods, axisLabel: {hideOverlap: true}},
    yAxis: {type: 'value', minInterval: 1},
    series,
  }, true);
  // dragging across the chart selects dates at once, without first picking the brush tool
  chart.dispatchAction({type: 'takeGlobalCursor', key: 'brush', brushOption: {brushType: 'lineX', brushMode: 'single'}});
  const f = form.elements.from.value;
  const t = form.elements.to.value;
  if (f && t && periods.length) {
    const i0 = periods.findIndex(p => periodEnd(p) >= f);
    let i1 = periods.findIndex(p => p > t);
    i1 = i1 < 0 ? periods.length - 1 : i1 - 1;
    if (i0 >= 0 && i1 >= i0) {
      chart.dispatchAction({type: 'brush', areas: [{brushType: 'lineX', xAxisIndex: 0, coordRange: [i0, i1]}]});
    }
  }
  box.dataset.drawn = 'true';
  performance.mark('dyad-timeline-drawn');
}

function onBrush(params) {
  const area = params.areas && params.areas[0];
  if (!area || !area.coordRange) {
    form.elements.from.value = '';
    form.elements.to.value = '';
  } else {
    const [a, b] = area.coordRange;
    const i0 = Math.max(0, Math.min(a, b));
    const i1 = Math.min(periods.length - 1, Math.max(a, b));
    form.elements.from.value = periods[i0];
    form.elements.to.value = periodEnd(periods[i1]);
  }
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
