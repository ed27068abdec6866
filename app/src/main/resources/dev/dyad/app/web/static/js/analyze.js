// The analyze page: a pasted article or HTML page through the pipeline, its fields, actors and events
// shown at once, nothing stored.
import {api, el, fill, status, partyNames, renderArticle} from './common.js';

const form = document.getElementById('analyze');

form.addEventListener('submit', async ev => {
  ev.preventDefault();
  const content = document.getElementById('content').value;
  if (!content.trim()) {
    status('Paste an article first.', true);
    return;
  }
  const kind = document.getElementById('kind').value;
  const body = {[kind]: content};
  const published = document.getElementById('published').value;
  if (published) body.published = published;
  const button = document.getElementById('run');
  button.disabled = true;
  status('Analysing… (the first analysis loads the language models)');
  try {
    const res = await api('/api/analyze', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)});
    show(res);
    status(`${res.actors.length} actors, ${res.events.length} events`);
  } catch (e) {
    document.getElementById('result').hidden = true;
    status(e.body && e.body.error ? `${e.body.error.code}: ${e.body.error.message}` : e.message, true);
  } finally {
    button.disabled = false;
  }
});

function show(res) {
  const x = res.extraction;
  renderArticle(document.getElementById('article'), x, res.actors, res.events, null);
  const fields = [['Title', x.title], ['Subtitle', x.subtitle], ['Authors', (x.authors || []).join(', ')],
    ['Published', x.published], ['Language', x.language], ['URL', x.url],
    ['Body', `${(x.body || '').length} characters`], ['Removed blocks', (x.removed || []).length]];
  fill(document.getElementById('fields'), fields.filter(f => f[1] !== null && f[1] !== undefined && f[1] !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
  fill(document.getElementById('actor-list'), res.actors.map(a => el('li', {},
    el('span', {class: 'mention'}, a.name), ' ',
    el('span', {class: 'muted code'}, [a.code, a.sector, a.office].filter(Boolean).join(' · ')),
    el('span', {class: 'muted'}, ` (${(a.mentions || []).length})`))));
  const tbody = document.querySelector('#events tbody');
  fill(tbody, res.events.map(e => el('tr', {class: 'event-row'},
    el('td', {}, `${e.event}${e.mode ? ' / ' + e.mode : ''}`), el('td', {}, partyNames(e.actor)),
    el('td', {}, partyNames(e.recipient)), el('td', {}, e.modality), el('td', {}, e.date ? e.date.value : '–'),
    el('td', {class: 'sentence'}, e.evidence ? e.evidence.sentence : ''))));
  if (!res.events.length) fill(tbody, el('tr', {}, el('td', {colspan: 6, class: 'muted'}, 'No events found.')));
  document.getElementById('result').hidden = false;
}
