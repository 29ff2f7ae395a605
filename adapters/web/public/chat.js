// The web chat page: plain script, no build step. Every piece of user or bot text enters the DOM through
// textContent (never innerHTML), so nothing typed or sent can become markup.
(function () {
  'use strict';

  var STRINGS = {
    en: {
      title: 'Domain name verification', placeholder: 'Type a message', messageLabel: 'Message', send: 'Send',
      camera: 'Take a photo', file: 'Send a photo or PDF file', skip: 'Skip to message box', conversation: 'Conversation',
      langButton: '中文', langLabel: '切换到中文', langText: '中文', choices: 'Choices',
      checking: 'Checking your photo…', uploading: 'Uploading {name}…', thinking: 'Typing…',
      offline: "Couldn't reach the server. Check your connection and try again.",
      tooLarge: 'That file is larger than {mb} MB, so it was not sent. Please send a smaller photo (a normal phone photo is fine) or a PDF under {mb} MB.',
      sentFile: 'Sent: {name}', imageNotKept: 'Image "{name}" (not kept on this device)',
      checklist: 'Your checklist', summary: 'Your profile',
      groups: { document: 'Documents', qualification: 'Special qualifications', photo_rule: 'Photo rules' }
    },
    zh: {
      title: '域名实名认证', placeholder: '输入消息', messageLabel: '消息', send: '发送',
      camera: '拍照', file: '发送照片或 PDF 文件', skip: '跳到输入框', conversation: '对话',
      langButton: 'English', langLabel: 'Switch to English', langText: 'English', choices: '选项',
      checking: '正在检查照片…', uploading: '正在上传 {name}…', thinking: '正在输入…',
      offline: '无法连接服务器。请检查网络后重试。',
      tooLarge: '文件超过 {mb} MB，未能发送。请发送更小的照片（手机正常拍摄的照片即可）或小于 {mb} MB 的 PDF。',
      sentFile: '已发送：{name}', imageNotKept: '图片“{name}”（未保存在本设备上）',
      checklist: '您的材料清单', summary: '您的资料',
      groups: { document: '证件材料', qualification: '特殊资质', photo_rule: '照片要求' }
    }
  };
  var KEYS = { id: 'dvbot.conversationId', transcript: 'dvbot.transcript', lang: 'dvbot.lang', eventId: 'dvbot.eventId' };
  var MAX_ENTRIES = 200;
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  var $ = function (id) { return document.getElementById(id); };
  var log = $('log');
  var statusBox = $('status');
  var textBox = $('text');
  var uploadLimit = Number(document.documentElement.getAttribute('data-upload-limit')) || 15 * 1024 * 1024;
  var coarsePointer = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;

  var entries = load(KEYS.transcript, []);
  var lang = load(KEYS.lang, null) || (/^zh/i.test(navigator.language || '') ? 'zh' : 'en');
  var conversationId = ensureConversationId();
  var queue = Promise.resolve();
  var typingNode = null;

  // ---- storage (falls back to memory when the browser refuses, e.g. private mode quota) ----
  function load(key, fallback) {
    try { var raw = localStorage.getItem(key); return raw ? JSON.parse(raw) : fallback; } catch (e) { return fallback; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* keep going in memory */ }
  }
  // crypto.randomUUID exists only on https or localhost; a phone on the LAN uses plain http, so build a v4 UUID by hand.
  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function ensureConversationId() {
    var id = load(KEYS.id, null);
    if (typeof id !== 'string' || !UUID.test(id)) { id = uuid(); save(KEYS.id, id); }
    return id;
  }
  function s(key, values) {
    var text = STRINGS[lang][key];
    return text.replace(/\{(\w+)\}/g, function (whole, k) { return values && k in values ? String(values[k]) : whole; });
  }

  // ---- DOM building ----
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  // Turns http(s) URLs in bot text into links; everything else stays text nodes.
  function linkified(text) {
    var frag = document.createDocumentFragment();
    var re = /https?:\/\/[^\s<>"'）)】]+/g;
    var last = 0, match;
    while ((match = re.exec(text))) {
      frag.appendChild(document.createTextNode(text.slice(last, match.index)));
      var a = el('a', null, match[0]);
      a.href = match[0]; a.target = '_blank'; a.rel = 'noopener noreferrer';
      frag.appendChild(a);
      last = match.index + match[0].length;
    }
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }
  function bubble(text, links) {
    var b = el('div', 'bubble');
    if (links) b.appendChild(linkified(text)); else b.textContent = text;
    return b;
  }
  function checklistCard(items) {
    var card = el('section', 'card checklist');
    card.setAttribute('aria-label', s('checklist'));
    ['document', 'qualification', 'photo_rule'].forEach(function (group) {
      var inGroup = items.filter(function (item) { return item.group === group; });
      if (!inGroup.length) return;
      card.appendChild(el('h2', null, STRINGS[lang].groups[group]));
      var list = el('ul');
      inGroup.forEach(function (item) {
        var li = el('li', group === 'photo_rule' ? 'rule' : null);
        li.appendChild(el('span', 'title', item.title));
        if (item.detail) li.appendChild(el('span', 'detail', item.detail));
        list.appendChild(li);
      });
      card.appendChild(list);
    });
    return card;
  }
  function summaryCard(rows) {
    var card = el('section', 'card summary');
    card.setAttribute('aria-label', s('summary'));
    card.appendChild(el('h2', null, s('summary')));
    var dl = el('dl');
    rows.forEach(function (row) { dl.appendChild(el('dt', null, row.label)); dl.appendChild(el('dd', null, row.value)); });
    card.appendChild(dl);
    return card;
  }
  function choiceGroup(entry) {
    var group = el('div', 'choices');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', s('choices'));
    entry.m.choices.forEach(function (choice) {
      var button = el('button', 'choice', choice.label);
      button.type = 'button';
      button.setAttribute('data-choice', choice.id);
      if (entry.chosen) button.setAttribute('aria-pressed', String(entry.chosen === choice.id));
      button.addEventListener('click', function () { choose(entry, choice); });
      group.appendChild(button);
    });
    return group;
  }
  function botNode(entry) {
    var m = entry.m;
    var node = el('div', 'msg bot');
    if (m.text) node.appendChild(bubble(m.text, true));
    if (m.checklist) node.appendChild(checklistCard(m.checklist));
    if (m.summary) node.appendChild(summaryCard(m.summary));
    if (m.image && m.image.src) {
      var img = el('img', 'photo');
      img.src = m.image.src; img.alt = m.image.name;
      img.addEventListener('load', scrollDown);
      node.appendChild(img);
    } else if (m.image) {
      node.appendChild(el('div', 'note', s('imageNotKept', { name: m.image.name })));
    }
    if (m.choices) node.appendChild(choiceGroup(entry));
    return node;
  }
  function userNode(entry) {
    var node = el('div', 'msg user');
    if (entry.preview) {
      var img = el('img', 'photo');
      img.src = entry.preview; img.alt = entry.file;
      img.addEventListener('load', scrollDown);
      // HEIC or a damaged file: no broken-image icon, the "Sent: name" bubble says enough.
      img.addEventListener('error', function () { img.remove(); scrollDown(); });
      node.appendChild(img);
    }
    node.appendChild(bubble(entry.file ? s('sentFile', { name: entry.file }) : entry.text, false));
    return node;
  }
  function errorNode(entry) {
    var node = el('div', 'msg error');
    node.appendChild(bubble(entry.message[lang] || entry.message.en, false));
    return node;
  }

  // ---- transcript ----
  function persist() {
    var kept = entries.slice(-MAX_ENTRIES).map(function (entry) {
      var copy = Object.assign({}, entry);
      delete copy.node; delete copy.preview;
      // Photos (e.g. a merged ID card) are personal data and large: shown once, never written to localStorage.
      if (copy.m && copy.m.image) copy.m = Object.assign({}, copy.m, { image: { name: copy.m.image.name } });
      return copy;
    });
    save(KEYS.transcript, kept);
  }
  function add(entry) {
    clearTyping();
    entry.node = entry.role === 'bot' ? botNode(entry) : entry.role === 'user' ? userNode(entry) : errorNode(entry);
    log.appendChild(entry.node);
    entries.push(entry);
    refreshChoices();
    persist();
    scrollDown();
    return entry;
  }
  // Only the newest question's buttons are live; older ones would answer a question the bot is no longer asking.
  function refreshChoices() {
    var live = null;
    for (var i = entries.length - 1; i >= 0 && !live; i--) {
      if (entries[i].role === 'user') break;
      if (entries[i].m && entries[i].m.choices && !entries[i].chosen) live = entries[i];
    }
    entries.forEach(function (entry) {
      if (!entry.node) return;
      entry.node.querySelectorAll('.choice').forEach(function (b) { b.disabled = entry !== live; });
    });
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  // One transient bubble at the end of the log ("Typing…", "Uploading… 40%", "Checking your photo…"); screen readers
  // hear it once through the status region, not at every percent.
  function showTyping(text, progress) {
    var announce = !typingNode || typingNode.getAttribute('data-text') !== text;
    clearTyping();
    typingNode = el('div', 'msg bot typing');
    typingNode.setAttribute('aria-hidden', 'true');
    typingNode.setAttribute('data-text', text);
    var b = bubble(progress === undefined ? text : text + ' ' + progress + '%', false);
    if (progress === undefined) b.classList.add('dots');
    else b.appendChild(progressBar(progress));
    typingNode.appendChild(b);
    log.appendChild(typingNode);
    if (announce) statusBox.textContent = text;
    scrollDown();
  }
  function progressBar(value) {
    var bar = el('progress', 'progress');
    bar.max = 100; bar.value = value;
    return bar;
  }
  function clearTyping() {
    if (typingNode) { typingNode.remove(); typingNode = null; statusBox.textContent = ''; }
  }
  function showMessages(messages, focusAfter) {
    messages.forEach(function (m) {
      if (m.typing) showTyping(m.text);
      else add({ role: 'bot', m: m });
    });
    if (focusAfter) focusNext();
  }
  // After a tap on a choice its button is disabled, so focus moves on: to the next question's first choice, else
  // to the message box (on touch screens to the log, so the keyboard does not pop up uninvited).
  function focusNext() {
    var next = log.querySelector('.choice:not(:disabled)');
    if (next) next.focus();
    else if (coarsePointer) log.focus();
    else textBox.focus();
  }

  // ---- talking to the server (one request at a time, so replies come back in the order things were sent) ----
  function enqueue(task) { queue = queue.then(task, task); return queue; }
  function failWith(message) { clearTyping(); add({ role: 'error', message: message }); }
  function errorOf(status, body) {
    if (body && body.error && body.error.message) return body.error.message;
    return { en: STRINGS.en.offline, zh: STRINGS.zh.offline };
  }
  function post(payload, focusAfter) {
    return enqueue(function () {
      var timer = setTimeout(function () { showTyping(s('thinking')); }, 400);
      var body = Object.assign({ conversationId: conversationId, id: uuid(), locale: lang }, payload);
      return fetch('/web/api/messages', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body)
      }).then(function (res) {
        return res.json().catch(function () { return null; }).then(function (data) {
          clearTimeout(timer); clearTyping();
          if (res.ok && data && Array.isArray(data.messages)) showMessages(data.messages, focusAfter);
          else failWith(errorOf(res.status, data));
        });
      }, function () {
        clearTimeout(timer);
        failWith({ en: STRINGS.en.offline, zh: STRINGS.zh.offline });
      });
    });
  }
  function sendText(text) {
    add({ role: 'user', text: text });
    return post({ text: text }, false);
  }
  function choose(entry, choice) {
    entry.chosen = choice.id;
    entry.node.querySelectorAll('.choice').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-choice') === choice.id));
    });
    add({ role: 'user', text: choice.label });
    post({ action: { id: choice.id } }, true);
  }
  function tooLargeMessage() {
    var mb = Math.floor(uploadLimit / (1024 * 1024));
    return { en: STRINGS.en.tooLarge.replace(/\{mb\}/g, mb), zh: STRINGS.zh.tooLarge.replace(/\{mb\}/g, mb) };
  }
  function upload(file) {
    var previewable = /^image\/(jpeg|png|webp|gif)$/.test(file.type);
    add({ role: 'user', file: file.name || 'photo', preview: previewable ? URL.createObjectURL(file) : undefined });
    if (file.size > uploadLimit) return failWith(tooLargeMessage());
    return enqueue(function () { return sendFile(file); });
  }
  function sendFile(file) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      var query = new URLSearchParams({ conversationId: conversationId, id: uuid(), locale: lang, name: file.name || 'photo' });
      xhr.open('POST', '/web/api/upload?' + query.toString());
      xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable && e.loaded < e.total) showTyping(s('uploading', { name: file.name }), Math.round((e.loaded / e.total) * 100));
      };
      // Once the last byte is out, the wait is the server checking the photo: say so, not "uploading 100%".
      xhr.upload.onload = function () { showTyping(s('checking')); };
      xhr.onload = function () {
        var data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { /* shown as a generic error below */ }
        clearTyping();
        if (xhr.status === 200 && data && Array.isArray(data.messages)) showMessages(data.messages, false);
        else failWith(errorOf(xhr.status, data));
        resolve();
      };
      xhr.onerror = function () { failWith({ en: STRINGS.en.offline, zh: STRINGS.zh.offline }); resolve(); };
      showTyping(s('uploading', { name: file.name }), 0);
      xhr.send(file);
    });
  }

  // ---- proactive messages (review results, an agent's replies) over Server-Sent Events ----
  function listen() {
    var since = load(KEYS.eventId, '');
    var url = '/web/api/events?' + new URLSearchParams({ conversationId: conversationId, since: since || '' }).toString();
    var source = new EventSource(url);
    source.addEventListener('messages', function (e) {
      if (e.lastEventId && e.lastEventId === load(KEYS.eventId, '')) return;
      save(KEYS.eventId, e.lastEventId);
      try { showMessages(JSON.parse(e.data).messages || [], false); } catch (err) { /* a malformed event is skipped */ }
    });
    // EventSource retries by itself after network errors, but gives up on an HTTP error (e.g. 429): retry later.
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) setTimeout(listen, 15000);
    };
  }

  // ---- chrome: language, composer ----
  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = s('title');
    document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = s(n.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-label]').forEach(function (n) { n.setAttribute('aria-label', s(n.getAttribute('data-i18n-label'))); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) { n.placeholder = s(n.getAttribute('data-i18n-placeholder')); });
    log.setAttribute('aria-label', s('conversation'));
    var toggle = $('lang');
    toggle.textContent = s('langButton');
    toggle.setAttribute('aria-label', s('langLabel'));
    toggle.lang = lang === 'zh' ? 'en' : 'zh';
    save(KEYS.lang, lang);
  }
  function grow() {
    textBox.style.height = 'auto';
    textBox.style.height = Math.min(textBox.scrollHeight + 3, 140) + 'px';
  }
  function submit() {
    var text = textBox.value.trim();
    if (!text) return;
    textBox.value = '';
    grow();
    sendText(text);
  }
  function pick(input) {
    var file = input.files && input.files[0];
    input.value = ''; // so choosing the same file again still fires "change"
    if (file) upload(file);
  }
  function wire() {
    $('composer').addEventListener('submit', function (e) { e.preventDefault(); submit(); });
    textBox.addEventListener('keydown', function (e) {
      // Enter sends, Shift+Enter is a new line; never while an IME (pinyin input) is composing.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); submit(); }
    });
    textBox.addEventListener('input', grow);
    $('camera').addEventListener('click', function () { $('camera-input').click(); });
    $('file').addEventListener('click', function () { $('file-input').click(); });
    $('camera-input').addEventListener('change', function () { pick($('camera-input')); });
    $('file-input').addEventListener('change', function () { pick($('file-input')); });
    $('lang').addEventListener('click', function () {
      var text = s('langText');
      lang = lang === 'zh' ? 'en' : 'zh';
      applyLanguage();
      sendText(text);
    });
  }

  function start() {
    applyLanguage();
    wire();
    var restored = entries;
    entries = [];
    restored.forEach(function (entry) { add(entry); });
    if (!entries.length) post({ action: { id: 'start' } }, false);
    listen();
  }
  start();
})();
