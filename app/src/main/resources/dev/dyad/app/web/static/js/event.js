// The event page: the event's fields, the reports fused into it, and the article of one report with
// its evidence sentence highlighted and the actors' mentions marked.
import {api, el, fill, params, status, partyNames, renderArticle} from './common.js';

const id = params().get('id');
const articleBox = document.getElementById('article');

function summary(e, kind) {
  const date = e.date ? `${e.date.value} (${e.date.precision}${e.date.basis ? ', from the ' + e.date.basis : ''})` : 'undated';
  const rows = [
    ['Event', `${e.event}${e.mode ? ' / ' + e.mode : ''}`], ['Actor', partyNames(e.actor)],
    ['Recipient', partyNames(e.recipient)], ['Modality', e.modality], ['Date', date],
    ['Place', e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : '–'],
    ['Quad class', e.quad_class], ['Intensity', e.intensity],
    ['Confidence', e.confidence !== undefined ? e.confidence : null],
    ['Reports', e.reports !== undefined ? e.reports : (kind === 'report' ? 1 : null)],
  ].filter(r => r[1] !== null && r[1] !== undefined);
  return [el('h1', {id: 'event-title'}, `${e.event}: ${partyNames(e.actor)} → ${partyNames(e.recipient)}`),
    el('dl', {class: 'fields'}, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]))];
}

// the article's address as a link to where it was published, when it is a web address; else as text
function source(url) {
  if (!url) return [];
  if (/^https?:\/\//i.test(url)) return [' · ', el('a', {href: url, rel: 'noopener noreferrer', target: '_blank', class: 'source'}, url)];
  return [` · ${url}`];
}

// back to the events page as the reader left it, with its filters (the pages send no referrer, so the
// events page keeps its address for this tab)
const back = document.getElementById('back');
const events = sessionStorage.getItem('dyad-events');
if (back && events && events.startsWith('/')) back.href = events;

async function showReport(report) {
  status('Loading the article…');
  try {
    const art = await api(`/api/articles/${encodeURIComponent(report.doc_id)}`);
    renderArticle(articleBox, art.article || {}, art.actors, art.events, report.event.id);
    articleBox.prepend(el('p', {class: 'meta'}, el('a', {href: `/article.html?id=${encodeURIComponent(report.doc_id)}&event=${encodeURIComponent(report.event.id)}`}, 'Open the article'),
      ...source(art.url)));
    const mark = articleBox.querySelector('mark.current');
    if (mark) mark.scrollIntoView({block: 'center'});
    status('');
  } catch (e) {
    status(e.message, true);
  }
}

async function load() {
  if (!id) {
    status('No event id given.', true);
    return;
  }
  try {
    const data = await api(`/api/events/${encodeURIComponent(id)}`);
    document.title = `${data.event.event} · dyad`;
    fill(document.getElementById('summary'), summary(data.event, data.kind));
    const list = document.getElementById('reports');
    fill(list, data.reports.map(r => {
      const link = el('a', {href: '#', class: 'report'}, r.title || r.event.source || r.doc_id);
      link.addEventListener('click', ev => { ev.preventDefault(); showReport(r); });
      return el('li', {}, link, el('div', {class: 'muted'}, [r.published, r.event.source].filter(Boolean).join(' · ')));
    }));
    if (data.reports.length) await showReport(data.reports[0]);
    else status('This event has no stored reports.', true);
  } catch (e) {
    status(e.message, true);
  }
}

load();
