// Functions shared by dyad's pages. Article text is untrusted: it only ever reaches the page as text
// nodes (textContent, createTextNode), never as markup.

/** Fetches JSON from the API; an error answer becomes an Error carrying the server's message. */
export async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error(`${res.status} ${res.statusText}`);
  }
  if (!res.ok) {
    const err = new Error(body && body.error ? body.error.message : `${res.status} ${res.statusText}`);
    err.status = res.status;
    err.body = body;
    throw err;
  }
  return body;
}

/** Builds an element: el('a', {href: '/x', class: 'y'}, 'text', child...). Strings become text nodes. */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Replaces an element's children. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** Escapes text for the few places that take markup (chart tooltips); pages otherwise use text nodes. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

export function params() {
  return new URLSearchParams(window.location.search);
}

/** A short message in the page's status line. */
export function status(text, isError) {
  const s = document.getElementById('status');
  if (!s) return;
  s.textContent = text || '';
  s.classList.toggle('error', !!isError);
}

/** Names of a participant list ("Russia, China"), or a dash. */
export function names(list, codes) {
  if (list && list.length) return list.filter(Boolean).join(', ');
  if (codes && codes.length) return codes.filter(Boolean).join(', ');
  return '–';
}

export function partyNames(parties) {
  if (!parties || !parties.length) return '–';
  return parties.map(p => p.name || p.text || p.code).filter(Boolean).join(', ');
}

export const QUAD_COLOURS = {
  'verbal cooperation': '#7fbf7b',
  'material cooperation': '#1b7837',
  'verbal conflict': '#f4a582',
  'material conflict': '#b2182b',
};

/** A colour from conflict (-10, red) through neutral (grey) to cooperation (+10, green). */
export function intensityColour(x) {
  const t = Math.max(-1, Math.min(1, (x || 0) / 10));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const grey = [150, 150, 150];
  const end = t < 0 ? [178, 24, 43] : [27, 120, 55];
  const f = Math.abs(t);
  return `rgb(${mix(grey[0], end[0], f)}, ${mix(grey[1], end[1], f)}, ${mix(grey[2], end[2], f)})`;
}

/**
 * Writes text into a container with annotated ranges: spans [{start, end, kind, label, id}] where kind
 * is 'evidence', 'current' (the evidence being looked at), 'report' (another sentence reporting the
 * same event) or 'mention' (an actor mention). Ranges may overlap; each stretch of text gets one
 * element carrying the kinds of every range that covers it.
 */
export function annotate(container, text, spans) {
  container.replaceChildren();
  text = text || '';
  const valid = (spans || []).filter(s => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const cover = valid.filter(s => s.start <= a && s.end >= b);
    if (!cover.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(cover.map(s => s.kind))];
    const isMark = kinds.some(k => k !== 'mention');
    const node = document.createElement(isMark ? 'mark' : 'span');
    node.className = kinds.join(' ');
    const labels = [...new Set(cover.map(s => s.label).filter(Boolean))];
    if (labels.length) node.title = labels.join('; ');
    const ids = [...new Set(cover.map(s => s.id).filter(Boolean))];
    if (ids.length) node.dataset.event = ids.join(' ');
    node.textContent = piece;
    container.append(node);
  }
  return container;
}

/** Mention spans of actors in one field of the article ('body', 'title' or 'subtitle'). */
export function mentionSpans(actors, field) {
  const out = [];
  for (const a of actors || []) {
    for (const m of a.mentions || []) {
      if ((m.field || 'body') === field) {
        out.push({start: m.start, end: m.end, kind: 'mention',
          label: [a.name, a.code, a.sector, a.office].filter(Boolean).join(' · ')});
      }
    }
  }
  return out;
}

/**
 * Renders an article record (title, subtitle, body, removed) with actor mentions and event evidence
 * marked. `current` names the event whose evidence is highlighted as the one being looked at.
 */
export function renderArticle(root, record, actors, events, current) {
  const spans = [];
  for (const e of events || []) {
    const ev = e.evidence || {};
    const isCurrent = current && e.id === current;
    spans.push({start: ev.start, end: ev.end, kind: isCurrent ? 'current' : 'evidence', id: e.id,
      label: `${e.event}${e.mode ? '/' + e.mode : ''} (${e.modality})`});
    if (isCurrent) {
      for (const m of e.mentions || []) spans.push({start: m.start, end: m.end, kind: 'report', id: e.id});
    }
  }
  const title = el('h2', {class: 'article-title'});
  annotate(title, record.title || '(no title)', mentionSpans(actors, 'title'));
  const parts = [title];
  if (record.subtitle) {
    parts.push(annotate(el('p', {class: 'subtitle'}), record.subtitle, mentionSpans(actors, 'subtitle')));
  }
  const meta = [record.authors && record.authors.length ? record.authors.join(', ') : null, record.published,
    record.language].filter(Boolean).join(' · ');
  if (meta) parts.push(el('p', {class: 'meta'}, meta));
  const body = el('div', {class: 'article-body'});
  annotate(body, record.body || '', spans.concat(mentionSpans(actors, 'body')));
  parts.push(body);
  const removed = record.removed || [];
  if (removed.length) {
    const list = el('ol', {class: 'removed', hidden: true},
      removed.map(r => el('li', {}, el('span', {class: 'reason'}, r.reason || 'removed'), ' ', r.text)));
    const button = el('button', {type: 'button', class: 'toggle-removed'}, `Show removed blocks (${removed.length})`);
    button.addEventListener('click', () => {
      list.hidden = !list.hidden;
      button.textContent = `${list.hidden ? 'Show' : 'Hide'} removed blocks (${removed.length})`;
    });
    parts.push(el('div', {class: 'removed-box'}, button, list));
  }
  fill(root, parts);
  return root;
}

/** Fills the filter form's fields from the URL and returns the query string of the non-empty ones. */
export function formToQuery(form) {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) {
    if (typeof v !== 'string' || v.trim() === '') continue;
    // a field of several values (a multiple select) is one parameter, its values joined by commas, as the API reads lists
    q.set(k, q.has(k) ? `${q.get(k)},${v.trim()}` : v.trim());
  }
  return q;
}

export function queryToForm(form, q) {
  for (const input of form.elements) {
    if (!input.name) continue;
    if (input.type === 'checkbox') input.checked = q.get(input.name) === 'true';
    else if (input.multiple) {
      const chosen = (q.get(input.name) || '').split(',').map(v => v.trim().toUpperCase());
      for (const o of input.options) o.selected = chosen.includes(o.value.toUpperCase());
    } else if (q.has(input.name)) input.value = q.get(input.name);
  }
}
