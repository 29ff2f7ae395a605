// The agent console: every text from users or agents is put in the page with textContent (never as HTML).
const $ = (id) => document.getElementById(id);
let csrf = '';
let current = null;
let me = '';
// Photos this page accepted: their button goes, so a second click cannot save the same photo twice.
const accepted = new Set();

async function api(method, path, body) {
  const res = await fetch(`/agent/api/${path}`, {
    method, credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const data = res.headers.get('content-type')?.includes('json') ? await res.json() : {};
  return { ok: res.ok, status: res.status, data };
}

const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
const notice = (text) => { $('notice').textContent = text; };
const conv = (id) => `conversations/${encodeURIComponent(id)}`;

async function showQueue() {
  const { data } = await api('GET', 'queue');
  const list = $('queue');
  list.replaceChildren(...(data.conversations ?? []).map((c) => {
    // A button, so an agent can open a conversation from the keyboard too.
    const about = (c.summary ?? []).slice(0, 2).map((row) => row.value).join(' · '); // the summary's first rows: registrant kind, domains
    const item = el('button', `${c.labels.channel} · ${c.labels.lang} · ${c.labels.reason} · waiting since ${new Date(c.waitingSince).toLocaleTimeString()}${c.claimedBy ? ` · with ${c.claimedBy}` : ''}${about ? ` · ${about}` : ''}`);
    item.type = 'button';
    item.addEventListener('click', () => open(c.id));
    const li = el('li', undefined, c.state);
    li.dataset.id = c.id;
    li.append(item);
    return li;
  }));
}

function acceptButton(blobId) {
  const button = el('button', 'Accept this photo');
  button.type = 'button';
  button.addEventListener('click', async () => {
    const reason = prompt('Why is this photo acceptable?');
    if (!reason) return;
    const result = await api('POST', `${conv(current)}/accept-photo`, { blobId, reason });
    if (result.ok) accepted.add(blobId);
    report(result);
  });
  return button;
}

function line(entry) {
  const li = el('li', undefined, entry.from);
  li.append(el('strong', `${entry.from === 'agent' ? entry.agent ?? 'agent' : entry.from}: `));
  if (entry.text !== undefined) li.append(el('span', entry.text));
  if (entry.photo) {
    const img = el('img');
    img.alt = 'photo from the user';
    img.src = `/agent/api/${conv(current)}/photos/${encodeURIComponent(entry.photo.blobId)}`;
    li.append(img);
    if (!entry.photo.ok) li.append(el('span', entry.photo.problems.join(' '), 'problems'));
    if (accepted.has(entry.photo.blobId)) li.append(el('span', 'Accepted by you.', 'accepted'));
    else if (!entry.photo.ok) li.append(acceptButton(entry.photo.blobId));
  }
  if (entry.undelivered) li.append(el('em', ' (not delivered yet)'));
  return li;
}

async function open(id) {
  current = id;
  const { ok, data } = await api('GET', conv(id));
  if (!ok) { $('conversation').hidden = true; return; }
  $('conversation').hidden = false;
  $('conv-title').textContent = `${data.labels.channel} conversation · ${data.labels.lang} · ${data.labels.reason} · step: ${data.labels.step} · ${data.state}${data.claimedBy ? ` (${data.claimedBy})` : ''}`;
  $('resumes').textContent = `When handed back, the dialog resumes at: ${data.labels.resumesAt}`;
  $('goto-step').replaceChildren(...data.moveBackTo.map((o) => { const opt = el('option', o.label); opt.value = o.step; opt.selected = o.step === data.resumesAt; return opt; }));
  $('summary').replaceChildren(...data.summary.flatMap((row) => [el('dt', row.label), el('dd', row.value)]));
  $('transcript').replaceChildren(...data.transcript.map(line));
  $('claim').hidden = data.claimedById === me; // by id: a Slack agent may share my display name
}

function report(result) {
  const error = result.data.error;
  notice(result.ok ? '' : error ? `${error.message}${error.detail ? ` (${error.detail})` : ''}` : `failed (${result.status})`);
  if (current) void open(current);
}

function listen() {
  const events = new EventSource('/agent/api/events');
  events.addEventListener('queue', () => void showQueue());
  events.addEventListener('case', (e) => { const d = JSON.parse(e.data); if (d.id === current) void open(current); void showQueue(); });
  events.addEventListener('entry', (e) => { if (JSON.parse(e.data).id === current) void open(current); });
}

async function enter(agent, token) {
  me = agent; csrf = token;
  $('sign-in').hidden = true; $('desk').hidden = false;
  $('who').textContent = `Signed in as ${agent}`;
  await showQueue();
  listen();
}

$('sign-in').addEventListener('submit', async (e) => {
  e.preventDefault();
  const { ok, data } = await api('POST', 'session', { token: $('token').value });
  if (!ok) { $('sign-in-error').textContent = data.error?.message ?? 'Sign-in failed.'; return; }
  $('token').value = '';
  await enter(data.agent, data.csrf);
});
$('sign-out').addEventListener('click', async () => { await api('DELETE', 'session'); location.reload(); });
$('claim').addEventListener('click', async () => report(await api('POST', `${conv(current)}/claim`)));
$('release').addEventListener('click', async () => {
  const note = $('note').value.trim();
  const result = await api('POST', `${conv(current)}/release`, note ? { note } : {});
  $('note').value = '';
  report(result);
});
$('goto').addEventListener('click', async () => report(await api('POST', `${conv(current)}/goto`, { step: $('goto-step').value })));
$('compose').addEventListener('submit', async (e) => {
  e.preventDefault();
  const result = await api('POST', `${conv(current)}/messages`, { text: $('text').value });
  if (result.ok || result.status === 502) $('text').value = '';
  report(result);
});

const session = await api('GET', 'session');
if (session.ok) await enter(session.data.agent, session.data.csrf);
else $('sign-in').hidden = false;
