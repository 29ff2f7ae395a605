import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { GOTO_STEPS, type AgentDialogEvent, type HandoffCase, type TranscriptEntry } from '../../../src/handoff/types.ts';
import { holderName, type Desk } from '../../../src/handoff/desk.ts';
import { caseLabels, stepLabel } from '../../../src/handoff/labels.ts';
import { maskText } from '../../../src/handoff/mask-text.ts';
import { readBody } from '../../../src/http/body.ts';
import { sendJson } from '../../../src/http/respond.ts';
import type { Store } from '../../../src/store/types.ts';
import { BASE_HEADERS } from '../../../src/http/respond.ts';
import { apiError, deskAnswer } from './respond.ts';

const BODY_LIMIT_BYTES = 16 * 1024;
const Text = z.string().trim().min(1).max(4000);
const Bodies = {
  messages: z.object({ text: Text }),
  release: z.object({ note: Text.optional() }),
  reveal: z.object({ field: z.string().min(1).max(40) }),
  'accept-photo': z.object({ blobId: z.string().min(1).max(200), reason: Text }),
  'set-field': z.object({ field: z.string().min(1).max(40), value: z.string().trim().min(1).max(500) }),
  'resend-email': z.object({}),
  goto: z.object({ step: z.enum(GOTO_STEPS) }),
} as const;

/** A verb of `POST /agent/api/conversations/{id}/{verb}`. */
export type ConversationVerb = 'claim' | keyof typeof Bodies;

/** The queue entry as the contract has it. */
export const toQueueItem = (c: HandoffCase) => ({
  id: c.id, channel: c.channel, lang: c.lang, state: c.state, ...(c.claimedBy ? { claimedBy: holderName(c), claimedById: c.claimedBy } : {}),
  waitingSince: c.waitingSince, reason: c.reason, summary: c.summary, labels: caseLabels(c),
});

/** A transcript line for agents: free text masked (ID numbers, phones, emails), photos by reference. */
export const toTranscriptItem = (e: TranscriptEntry) => ({
  from: e.from, at: e.at, ...(e.text !== undefined ? { text: e.from === 'agent' ? e.text : maskText(e.text) } : {}),
  ...(e.photo ? { photo: e.photo } : {}), ...(e.agent ? { agent: e.agent } : {}), ...(e.undelivered ? { undelivered: true } : {}),
});

/** Reads and validates a JSON body; answers 400/413 itself and returns undefined then. */
export async function readJsonBody<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>): Promise<T | undefined> {
  const body = await readBody(req, BODY_LIMIT_BYTES);
  if (!body.ok) return body.reason === 'too_large' ? apiError(res, 'too_large') : undefined;
  let json: unknown = {};
  try {
    if (body.bytes.length) json = JSON.parse(body.bytes.toString('utf8'));
  } catch {
    return apiError(res, 'bad_request', 'body is not JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
    return tooLong ? apiError(res, 'too_large') : apiError(res, 'bad_request', z.prettifyError(parsed.error));
  }
  return parsed.data;
}

/** GET /agent/api/conversations/{id}: the case, its summary and the masked transcript. */
export async function getConversation(desk: Desk, res: ServerResponse, id: string): Promise<void> {
  const c = await desk.get(id);
  if (!c) return apiError(res, 'not_found');
  const transcript = (await desk.transcript(id)).map(toTranscriptItem);
  const moveBackTo = GOTO_STEPS.map((step) => ({ step, label: stepLabel(step) }));
  sendJson(res, 200, { ...toQueueItem(c), step: c.step, resumesAt: c.resumeAt ?? c.step, moveBackTo, transcript });
}

/** GET /agent/api/conversations/{id}/photos/{blobId}: a photo from this conversation's transcript, for its agent. */
export async function getPhoto(deps: { desk: Desk; store: Store }, res: ServerResponse, id: string, blobId: string, agent: string): Promise<void> {
  const c = await deps.desk.get(id);
  const listed = (await deps.desk.transcript(id)).some((e) => e.photo?.blobId === blobId);
  if (!c || !listed) return apiError(res, 'not_found');
  if (c.claimedBy !== agent) return deskAnswer(res, { ok: false, code: c.claimedBy ? 'claimed_by_other' : 'not_claimed' }, () => ({}));
  const blob = await deps.store.blobs.get(blobId);
  if (!blob) return apiError(res, 'not_found');
  const type = /^image\/(jpeg|png|bmp|webp|heic)$/.test(blob.meta.contentType) ? blob.meta.contentType : 'application/octet-stream';
  res.writeHead(200, { ...BASE_HEADERS, 'content-type': type, 'content-length': blob.bytes.length, 'cache-control': 'no-store', 'content-disposition': 'inline' });
  res.end(blob.bytes);
}

/** POST /agent/api/conversations/{id}/{verb}. */
export async function postVerb(desk: Desk, req: IncomingMessage, res: ServerResponse, id: string, verb: ConversationVerb, agent: string): Promise<void> {
  if (verb === 'claim') return deskAnswer(res, await desk.claim(id, agent), (r) => ({ claimedBy: r.claimedBy }), true);
  const body = await readJsonBody(req, res, Bodies[verb] as z.ZodType<Record<string, string | undefined>>);
  if (!body) return;
  switch (verb) {
    case 'messages': return deskAnswer(res, await desk.say(id, agent, body.text!), () => ({ ok: true }));
    case 'release': return deskAnswer(res, await desk.release(id, agent, body.note), () => ({ ok: true }));
    case 'reveal': return deskAnswer(res, await desk.reveal(id, agent, body.field!), (r) => ({ field: body.field, value: r.value }));
    default: return deskAnswer(res, await desk.act(id, agent, toAgentEvent(verb, body)), () => ({ ok: true }));
  }
}

function toAgentEvent(verb: Exclude<ConversationVerb, 'claim' | 'messages' | 'release' | 'reveal'>, body: Record<string, string | undefined>): AgentDialogEvent {
  if (verb === 'accept-photo') return { type: 'agent.photo.accept', blobId: body.blobId!, reason: body.reason! };
  if (verb === 'set-field') return { type: 'agent.field.set', field: body.field!, value: body.value! };
  if (verb === 'goto') return { type: 'agent.goto', step: body.step! };
  return { type: 'agent.email.resend' };
}

/** Whether a path segment names a verb. */
export const isVerb = (verb: string): verb is ConversationVerb => verb === 'claim' || verb in Bodies;
