// The network page: actors as nodes sized by their events, an edge from actor to recipient per dyad,
// as thick as its event count and coloured from conflict to cooperation by its mean intensity.
import {api, params, status, escapeHtml, intensityColour, formToQuery, queryToForm} from './common.js';

const form = document.getElementById('filters');
// what the actor does to the recipient, for the page's title
const VERBS = {AGREE: 'agrees with', CONSULT: 'meets', SUPPORT: 'supports', CONCEDE: 'concedes to',
  COOPERATE: 'cooperates with', AID: 'aids', RETREAT: 'retreats from', REQUEST: 'asks', ACCUSE: 'accuses',
  REJECT: 'rejects', THREATEN: 'threatens', PROTEST: 'protests against', SANCTION: 'sanctions',
  MOBILIZE: 'mobilizes against', COERCE: 'coerces', ASSAULT: 'assaults'};

// "Who meets whom", "Who meets or accuses whom", "Who agrees with, meets or accuses whom"; every type: "Who does what to whom"
function title(q) {
  const types = (q.get('type') || '').split(',').map(t => t.trim().toUpperCase()).filter(t => VERBS[t]);
  if (!types.length) return 'Who does what to whom';
  const verbs = types.map(t => VERBS[t]);
  const said = verbs.length === 1 ? verbs[0] : `${verbs.slice(0, -1).join(', ')} or ${verbs[verbs.length - 1]}`;
  return `Who ${said} whom`;
}
const box = document.getElementById('network');
// ECharts (a megabyte) loads beside the first request for data
const charts = import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js');
let chart = null;

async function draw() {
  const q = formToQuery(form);
  history.replaceState(null, '', q.toString() ? `?${q}` : window.location.pathname);
  const heading = title(q);
  document.getElementById('title').textContent = heading;
  document.title = `${heading} · dyad`;
  q.set('limit', 400);
  status('Loading…');
  let data;
  try {
    data = await api(`/api/dyads?${q}`);
  } catch (e) {
    status(e.message, true);
    return;
  }
  const edges = new Map();
  const activity = new Map();
  for (const d of data.dyads) {
    const key = `${d.actor}\u0000${d.recipient}`;
    const e = edges.get(key) || {source: d.actor, target: d.recipient, count: 0, weighted: 0, quads: {}};
    e.count += d.count;
    e.weighted += d.count * d.intensity;
    e.quads[d.quad_class] = (e.quads[d.quad_class] || 0) + d.count;
    edges.set(key, e);
    activity.set(d.actor, (activity.get(d.actor) || 0) + d.count);
    activity.set(d.recipient, (activity.get(d.recipient) || 0) + d.count);
  }
  if (!chart) {
    const echarts = await charts;
    chart = echarts.init(box, null, {renderer: 'canvas'});
    window.addEventListener('resize', () => chart.resize());
    chart.on('click', open);
  }
  const maxNode = Math.max(1, ...activity.values());
  const maxEdge = Math.max(1, ...[...edges.values()].map(e => e.count));
  const nodes = [...activity.entries()].map(([code, n]) => ({
    id: code, name: code, value: n, symbolSize: 12 + 40 * Math.sqrt(n / maxNode),
    label: {show: true}, itemStyle: {color: '#2b5a9b'},
  }));
  const links = [...edges.values()].map(e => {
    const mean = e.weighted / e.count;
    return {source: e.source, target: e.target, value: e.count, mean: Math.round(mean * 10) / 10,
      lineStyle: {width: 1 + 7 * Math.sqrt(e.count / maxEdge), color: intensityColour(mean), opacity: 0.8, curveness: 0.15}};
  });
  chart.setOption({
    animation: false,
    tooltip: {formatter: p => p.dataType === 'edge'
      ? `${escapeHtml(p.data.source)} → ${escapeHtml(p.data.target)}: ${p.data.value} events, mean intensity ${p.data.mean}`
      : `${escapeHtml(p.data.name)}: ${p.data.value} events`},
    series: [{type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      force: {repulsion: 260, edgeLength: [60, 180], gravity: 0.08},
      emphasis: {focus: 'adjacency'}}],
  }, true);
  status(nodes.length ? `${nodes.length} actors, ${links.length} dyads` : 'No events with both an actor and a recipient code.');
  box.dataset.drawn = 'true';
}

function open(p) {
  const q = formToQuery(form);
  if (p.dataType === 'edge') {
    q.set('actor', p.data.source);
    q.set('recipient', p.data.target);
  } else if (p.dataType === 'node') {
    q.set('actor', p.data.id);
  }
  window.location.href = `/?${q}`;
}
form.addEventListener('submit', ev => { ev.preventDefault(); box.dataset.drawn = 'false'; draw(); });
queryToForm(form, params());
draw();
