// The map page: the events that have a place with coordinates, as dots on the world's countries, one
// series per quad class (so the legend can hide a class), each dot larger with more reports; the
// filters are the events page's. A click on a dot opens its event. The country shapes (world.json) and
// ECharts are served by dyad itself: the page fetches nothing from elsewhere.
import {api, params, status, names, escapeHtml, QUAD_COLOURS, formToQuery, queryToForm} from './common.js';

const form = document.getElementById('filters');
const box = document.getElementById('map');
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
// ECharts' full build (the common one has no geo component) and the shapes load beside the first request for data
const charts = import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js');
const shapes = fetch('/world.json').then(r => {
  if (!r.ok) throw new Error(`The country shapes did not load (${r.status}).`);
  return r.json();
});
let chart = null;

// the map keeps its shape (about 1.9 times as wide as high, as drawn): in a wide box it fills the height, in a
// narrow one the width; fixing all four sides would stretch it
function frame() {
  const wide = box.clientWidth / Math.max(1, box.clientHeight - 50) > 1.9;
  return wide ? {top: 40, bottom: 10, left: 'center', right: null} : {left: 10, right: 10, top: 40, bottom: null};
}

// a dot's size: 8 px for one report, growing with the square root of the reports, at most 30 px
function size(reports) {
  return Math.min(30, 8 + 5 * (Math.sqrt(Math.max(1, reports || 1)) - 1));
}

function place(e) {
  return e.location_name ? e.location_name + (e.location_country ? ` (${e.location_country})` : '') : '';
}

function tooltip(p) {
  const e = p.data.event;
  const who = `${names(e.actor_names, e.actor_codes)} → ${names(e.recipient_names, e.recipient_codes)}`;
  return [`${e.event}${e.mode ? ' / ' + e.mode : ''}: ${who}`, place(e),
    [e.date_value, e.modality, `${e.reports} report${e.reports === 1 ? '' : 's'}`].filter(Boolean).join(' · ')]
    .filter(Boolean).map(escapeHtml).join('<br>');
}

async function draw() {
  const q = formToQuery(form);
  history.replaceState(null, '', q.toString() ? `?${q}` : window.location.pathname);
  status('Loading…');
  let data, world, echarts;
  try {
    [data, world, echarts] = await Promise.all([api(`/api/map?${q}`), shapes, charts]);
  } catch (e) {
    status(e.message, true);
    return;
  }
  if (!chart) {
    echarts.registerMap('world', world);
    chart = echarts.init(box, null, {renderer: 'canvas'});
    window.addEventListener('resize', () => {
      chart.setOption({geo: frame()});
      chart.resize();
    });
    chart.on('click', {seriesType: 'scatter'}, p => {
      window.location.href = `/event.html?id=${encodeURIComponent(p.data.event.id)}`;
    });
  }
  // events at the very same coordinates (a city's, most often) stand in a ring around them, a few pixels out
  // at any zoom, so that each can be seen and clicked; the most reported are drawn first, so a smaller dot
  // near a larger one stays on top
  const offsets = new Map();
  const together = new Map();
  for (const e of data.events) {
    const key = `${e.lon},${e.lat}`;
    together.set(key, (together.get(key) || []).concat([e]));
  }
  for (const group of together.values()) {
    if (group.length < 2) continue;
    const radius = Math.min(40, 5 + 3 * group.length);
    group.forEach((e, k) => {
      const angle = 2 * Math.PI * k / group.length - Math.PI / 2;
      offsets.set(e.id, [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]);
    });
  }
  const series = QUADS.map(quad => ({
    name: quad, type: 'scatter', coordinateSystem: 'geo', geoIndex: 0,
    data: data.events.filter(e => e.quad_class === quad).map(e => ({
      value: [e.lon, e.lat, e.reports], symbolSize: size(e.reports), symbolOffset: offsets.get(e.id) || [0, 0],
      event: e})),
    itemStyle: {color: QUAD_COLOURS[quad], borderColor: '#fff', borderWidth: 1, opacity: 0.9},
    emphasis: {scale: 1.4},
  }));
  chart.setOption({
    animation: false,
    legend: {top: 6, data: QUADS},
    // a formatter of our own: the default one styles its markers inline, which the page's policy forbids
    tooltip: {trigger: 'item', formatter: tooltip},
    // the inhabited world fills the frame (Antarctica is below it, a drag away)
    geo: {map: 'world', roam: true, silent: true, ...frame(), scaleLimit: {min: 1, max: 40},
      boundingCoords: [[-180, 84], [180, -58]],
      itemStyle: {areaColor: '#eef1f4', borderColor: '#b3bcc8', borderWidth: 0.5}},
    series,
  }, true);
  const unplaced = data.total - data.placed;
  document.getElementById('count').textContent = `${data.placed.toLocaleString('en')} of ${data.total.toLocaleString('en')} `
    + `${data.unfused ? 'article events' : 'events'} have a place on the map`
    + (data.shown < data.placed ? `; the ${data.shown.toLocaleString('en')} most reported are shown` : '')
    + (unplaced ? `; ${unplaced.toLocaleString('en')} name no place with coordinates` : '');
  status(data.total ? '' : 'No events match these filters.');
  box.dataset.markers = String(data.events.length);
  box.dataset.drawn = 'true';
}

form.addEventListener('submit', ev => { ev.preventDefault(); box.dataset.drawn = 'false'; draw(); });
queryToForm(form, params());
draw();
