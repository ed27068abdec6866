// The article page: the clean article with every event's evidence highlighted (the one asked for most
// strongly), actor mentions marked, and the removed boilerplate on demand.
import {api, el, fill, params, status, partyNames, renderArticle} from './common.js';

const id = params().get('id');
const current = params().get('event');

async function load() {
  if (!id) {
    status('No article id given.', true);
    return;
  }
  try {
    const art = await api(`/api/articles/${encodeURIComponent(id)}`);
    const box = document.getElementById('article');
    if (art.rejection) {
      fill(box, el('p', {class: 'error'}, `Not analysed: ${art.rejection.code}: ${art.rejection.message}`));
    }
    if (art.article && art.article.body !== undefined) {
      renderArticle(box, art.article, art.actors, art.events, current);
      box.prepend(el('p', {class: 'meta'}, [art.source, art.url].filter(Boolean).join(' · ')));
      document.title = `${art.article.title || art.source} · dyad`;
    }
    fill(document.getElementById('event-list'), art.events.map(e => el('li', {},
      el('a', {href: `/event.html?id=${encodeURIComponent(e.fused_id || e.id)}`},
        `${e.event}${e.mode ? ' / ' + e.mode : ''}: ${partyNames(e.actor)} → ${partyNames(e.recipient)}`),
      el('div', {class: 'muted'}, [e.modality, e.date && e.date.value].filter(Boolean).join(' · ')))));
    fill(document.getElementById('actor-list'), art.actors.map(a => el('li', {},
      el('span', {class: 'mention'}, a.name), ' ', el('span', {class: 'muted code'},
        [a.code, a.sector, a.office].filter(Boolean).join(' · ')),
      el('span', {class: 'muted'}, ` (${(a.mentions || []).length})`))));
    const mark = box.querySelector('mark.current');
    if (mark) mark.scrollIntoView({block: 'center'});
    status('');
  } catch (e) {
    status(e.message, true);
  }
}

load();
