// Builds the DOM for transcript entries. Every piece of user or bot text goes in through textContent (never
// innerHTML), so nothing typed or sent can become markup.
import { STRINGS, say } from './strings.js';

/** An element with an optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// Turns http(s) URLs in bot text into links; everything else stays text nodes.
function linkified(text) {
  const frag = document.createDocumentFragment();
  const re = /https?:\/\/[^\s<>"'）)】]+/g;
  let last = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    frag.append(text.slice(last, match.index));
    const a = el('a', null, match[0]);
    a.href = match[0]; a.target = '_blank'; a.rel = 'noopener noreferrer';
    frag.append(a);
    last = match.index + match[0].length;
  }
  frag.append(text.slice(last));
  return frag;
}

/** A speech bubble; bot text gets clickable links. */
export function bubble(text, links) {
  const b = el('div', 'bubble');
  if (links) b.append(linkified(text)); else b.textContent = text;
  return b;
}

/** A determinate progress bar (0–100). */
export function progressBar(value) {
  const bar = el('progress', 'progress');
  bar.max = 100; bar.value = value;
  return bar;
}

function checklistCard(items, lang) {
  const card = el('section', 'card checklist');
  card.setAttribute('aria-label', say(lang, 'checklist'));
  for (const group of ['document', 'qualification', 'photo_rule']) {
    const inGroup = items.filter((item) => item.group === group);
    if (!inGroup.length) continue;
    card.append(el('h2', null, STRINGS[lang].groups[group]));
    const list = el('ul');
    for (const item of inGroup) {
      const li = el('li', group === 'photo_rule' ? 'rule' : null);
      li.append(el('span', 'title', item.title));
      if (item.detail) li.append(el('span', 'detail', item.detail));
      list.append(li);
    }
    card.append(list);
  }
  return card;
}

function summaryCard(rows, lang) {
  const card = el('section', 'card summary');
  card.setAttribute('aria-label', say(lang, 'summary'));
  card.append(el('h2', null, say(lang, 'summary')));
  const dl = el('dl');
  for (const row of rows) dl.append(el('dt', null, row.label), el('dd', null, row.value));
  card.append(dl);
  return card;
}

function choiceGroup(entry, lang, onChoose) {
  const group = el('div', 'choices');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', say(lang, 'choices'));
  for (const choice of entry.m.choices) {
    const button = el('button', 'choice', choice.label);
    button.type = 'button';
    button.dataset.choice = choice.id;
    if (entry.chosen) button.setAttribute('aria-pressed', String(entry.chosen === choice.id));
    button.addEventListener('click', () => onChoose(entry, choice));
    group.append(button);
  }
  return group;
}

function photo(src, alt, onSettled, removeOnError) {
  const img = el('img', 'photo');
  img.src = src; img.alt = alt;
  img.addEventListener('load', onSettled);
  // HEIC or a damaged file: no broken-image icon, the "Sent: name" bubble says enough.
  if (removeOnError) img.addEventListener('error', () => { img.remove(); onSettled(); });
  return img;
}

/** The node of one transcript entry (bot, user or error). `hooks`: { onChoose(entry, choice), onResize() }. */
export function entryNode(entry, lang, hooks) {
  const node = el('div', `msg ${entry.role}`);
  if (entry.role === 'error') {
    node.append(bubble(entry.message[lang] || entry.message.en, false));
  } else if (entry.role === 'user') {
    if (entry.preview) node.append(photo(entry.preview, entry.file, hooks.onResize, true));
    node.append(bubble(entry.file ? say(lang, 'sentFile', { name: entry.file }) : entry.text, false));
  } else {
    const m = entry.m;
    if (m.text) node.append(bubble(m.text, true));
    if (m.checklist) node.append(checklistCard(m.checklist, lang));
    if (m.summary) node.append(summaryCard(m.summary, lang));
    if (m.image?.src) node.append(photo(m.image.src, m.image.name, hooks.onResize, false));
    else if (m.image) node.append(el('div', 'note', say(lang, 'imageNotKept', { name: m.image.name })));
    if (m.choices) node.append(choiceGroup(entry, lang, hooks.onChoose));
  }
  return node;
}
