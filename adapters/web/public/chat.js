// The web chat page: ES modules served as they are (no build step). State that must survive a reload lives in
// localStorage; the conversation itself lives on the server.
import { both, replyLanguage, say } from './strings.js';
import { bubble, el, entryNode, progressBar } from './view.js';

const KEYS = { id: 'dvbot.conversationId', transcript: 'dvbot.transcript', lang: 'dvbot.lang', eventId: 'dvbot.eventId', shown: 'dvbot.shownIds' };
const MAX_SHOWN_IDS = 100;
const MAX_ENTRIES = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const $ = (id) => document.getElementById(id);
const log = $('log');
const statusBox = $('status');
const textBox = $('text');
const uploadLimit = Number(document.documentElement.dataset.uploadLimit) || 15 * 1024 * 1024;
const coarsePointer = window.matchMedia?.('(pointer: coarse)').matches;

let entries = load(KEYS.transcript, []);
let lang = load(KEYS.lang, null) || (/^zh/i.test(navigator.language || '') ? 'zh' : 'en');
const conversationId = ensureConversationId();
let queue = Promise.resolve();
let typingNode = null;

// ---- storage (falls back to memory when the browser refuses, e.g. a private-mode quota) ----
function load(key, fallback) {
  try { const raw = localStorage.getItem(key); return raw ? JSON.parse(raw) : fallback; } catch { return fallback; }
}
function save(key, value) {
  try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* keep going in memory */ }
}
// crypto.randomUUID exists only on https or localhost; a phone on the LAN uses plain http, so build a v4 UUID by hand.
function uuid() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function ensureConversationId() {
  let id = load(KEYS.id, null);
  if (typeof id !== 'string' || !UUID.test(id)) { id = uuid(); save(KEYS.id, id); }
  return id;
}

// ---- transcript ----
function persist() {
  const kept = entries.slice(-MAX_ENTRIES).map(({ node, preview, ...entry }) => {
    // Photos (e.g. a merged ID card) are personal data and large: shown once, never written to localStorage.
    if (entry.m?.image) entry.m = { ...entry.m, image: { name: entry.m.image.name } };
    return entry;
  });
  save(KEYS.transcript, kept);
}
function add(entry) {
  clearTyping();
  entry.node = entryNode(entry, lang, { onChoose: choose, onResize: scrollDown });
  log.append(entry.node);
  entries.push(entry);
  refreshChoices();
  persist();
  scrollDown();
}
// Only the newest question's buttons are live; older ones would answer a question the bot is no longer asking.
function refreshChoices() {
  let live = null;
  for (let i = entries.length - 1; i >= 0 && !live && entries[i].role !== 'user'; i--) {
    if (entries[i].m?.choices && !entries[i].chosen) live = entries[i];
  }
  for (const entry of entries) {
    for (const button of entry.node?.querySelectorAll('.choice') ?? []) button.disabled = entry !== live;
  }
}
function scrollDown() { log.scrollTop = log.scrollHeight; }

// One transient bubble at the end of the log ("Typing…", "Uploading… 40%", "Checking your photo…"); screen readers
// hear it once through the status region, not at every percent.
function showTyping(text, progress) {
  const announce = typingNode?.dataset.text !== text;
  clearTyping();
  typingNode = el('div', 'msg bot typing');
  typingNode.setAttribute('aria-hidden', 'true');
  typingNode.dataset.text = text;
  const b = bubble(progress === undefined ? text : `${text} ${progress}%`, false);
  if (progress === undefined) b.classList.add('dots');
  else b.append(progressBar(progress));
  typingNode.append(b);
  log.append(typingNode);
  if (announce) statusBox.textContent = text;
  scrollDown();
}
function clearTyping() {
  if (typingNode) { typingNode.remove(); typingNode = null; statusBox.textContent = ''; }
}
function showMessages(messages, focusAfter) {
  for (const m of messages) {
    if (m.typing) showTyping(m.text);
    else add({ role: 'bot', m });
  }
  if (focusAfter) focusNext();
}
// After a tap on a choice its button is disabled, so focus moves on: to the next question's first choice, else
// to the message box (on touch screens to the log, so the keyboard does not pop up uninvited).
function focusNext() {
  const next = log.querySelector('.choice:not(:disabled)');
  if (next) next.focus();
  else if (coarsePointer) log.focus();
  else textBox.focus();
}
function failWith(message) { clearTyping(); add({ role: 'error', message }); }
const errorOf = (body) => body?.error?.message ?? both('offline');

// ---- talking to the server (one request at a time, so replies come back in the order things were sent) ----
function enqueue(task) { queue = queue.then(task, task); return queue; }
function post(payload, focusAfter) {
  return enqueue(async () => {
    const timer = setTimeout(() => showTyping(say(lang, 'thinking')), 400);
    const body = { conversationId, id: uuid(), locale: lang, ...payload };
    try {
      const res = await fetch('/web/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const data = await res.json().catch(() => null);
      clearTimeout(timer);
      clearTyping();
      if (res.ok && Array.isArray(data?.messages)) {
        followLanguage(data.messages);
        showMessages(data.messages, focusAfter);
      }
      else failWith(errorOf(data));
    } catch {
      clearTimeout(timer);
      failWith(both('offline'));
    }
  });
}
function sendText(text) {
  add({ role: 'user', text });
  return post({ text }, false);
}
function choose(entry, choice) {
  entry.chosen = choice.id;
  for (const b of entry.node.querySelectorAll('.choice')) b.setAttribute('aria-pressed', String(b.dataset.choice === choice.id));
  add({ role: 'user', text: choice.label });
  post({ action: { id: choice.id } }, true);
}
function upload(file) {
  const previewable = /^image\/(jpeg|png|webp|gif)$/.test(file.type);
  add({ role: 'user', file: file.name || 'photo', preview: previewable ? URL.createObjectURL(file) : undefined });
  if (file.size > uploadLimit) return failWith(both('tooLarge', { mb: Math.floor(uploadLimit / (1024 * 1024)) }));
  return enqueue(() => sendFile(file));
}
function sendFile(file) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ conversationId, id: uuid(), locale: lang, name: file.name || 'photo' });
    xhr.open('POST', `/web/api/upload?${query}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.loaded < e.total) showTyping(say(lang, 'uploading', { name: file.name }), Math.round((e.loaded / e.total) * 100));
    };
    // Once the last byte is out, the wait is the server checking the photo: say so, not "uploading 100%".
    xhr.upload.onload = () => showTyping(say(lang, 'checking'));
    xhr.onload = () => {
      let data = null;
      try { data = JSON.parse(xhr.responseText); } catch { /* shown as a generic error below */ }
      clearTyping();
      if (xhr.status === 200 && Array.isArray(data?.messages)) showMessages(data.messages, false);
      else failWith(errorOf(data));
      resolve();
    };
    xhr.onerror = () => { failWith(both('offline')); resolve(); };
    showTyping(say(lang, 'uploading', { name: file.name }), 0);
    xhr.send(file);
  });
}

// ---- proactive messages (review results, an agent's replies) over Server-Sent Events ----
function listen() {
  const query = new URLSearchParams({ conversationId, since: load(KEYS.eventId, '') || '' });
  const source = new EventSource(`/web/api/events?${query}`);
  source.addEventListener('messages', (e) => {
    if (e.lastEventId && e.lastEventId === load(KEYS.eventId, '')) return;
    save(KEYS.eventId, e.lastEventId);
    try { showMessages(notShownYet(JSON.parse(e.data).messages ?? []), false); } catch { /* a malformed event is skipped */ }
  });
  // EventSource retries by itself after network errors, but gives up on an HTTP error (e.g. 429): retry later.
  source.onerror = () => { if (source.readyState === EventSource.CLOSED) setTimeout(listen, 15000); };
}

// A review result carries a stable id; another instance's replay log may bring it again (its event ids differ), so a
// result already on the page is dropped.
function notShownYet(messages) {
  const shown = load(KEYS.shown, []);
  const fresh = messages.filter((m) => !m.id || !shown.includes(m.id));
  save(KEYS.shown, [...shown, ...fresh.filter((m) => m.id).map((m) => m.id)].slice(-MAX_SHOWN_IDS));
  return fresh;
}

// ---- chrome: language, composer ----
function applyLanguage() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = say(lang, 'title');
  for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = say(lang, n.dataset.i18n);
  for (const n of document.querySelectorAll('[data-i18n-label]')) n.setAttribute('aria-label', say(lang, n.dataset.i18nLabel));
  for (const n of document.querySelectorAll('[data-i18n-placeholder]')) n.placeholder = say(lang, n.dataset.i18nPlaceholder);
  log.setAttribute('aria-label', say(lang, 'conversation'));
  const toggle = $('lang');
  toggle.textContent = say(lang, 'langButton');
  toggle.setAttribute('aria-label', say(lang, 'langLabel'));
  toggle.lang = lang === 'zh' ? 'en' : 'zh';
  save(KEYS.lang, lang);
}
// The bot answers in the language the user writes in; the page's own labels follow it (without sending anything).
function followLanguage(messages) {
  const spoken = replyLanguage(messages);
  if (!spoken || spoken === lang) return;
  lang = spoken;
  applyLanguage();
}
function grow() {
  textBox.style.height = 'auto';
  textBox.style.height = `${Math.min(textBox.scrollHeight + 3, 140)}px`;
}
function submit() {
  const text = textBox.value.trim();
  if (!text) return;
  textBox.value = '';
  grow();
  sendText(text);
}
function pick(input) {
  const file = input.files?.[0];
  input.value = ''; // so choosing the same file again still fires "change"
  if (file) upload(file);
}
function wire() {
  $('composer').addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  textBox.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter is a new line; never while an IME (pinyin input) is composing.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); submit(); }
  });
  textBox.addEventListener('input', grow);
  $('camera').addEventListener('click', () => $('camera-input').click());
  $('file').addEventListener('click', () => $('file-input').click());
  for (const id of ['camera-input', 'file-input']) $(id).addEventListener('change', () => pick($(id)));
  $('lang').addEventListener('click', () => {
    const text = say(lang, 'langText');
    lang = lang === 'zh' ? 'en' : 'zh';
    applyLanguage();
    sendText(text);
  });
}

function start() {
  applyLanguage();
  wire();
  const restored = entries;
  entries = [];
  for (const entry of restored) add(entry);
  if (!entries.length) post({ action: { id: 'start' } }, false);
  listen();
}
start();
