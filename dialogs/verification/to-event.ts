import type { InboundMessage } from '../../src/conversation/messages.ts';
import { AttachmentTooLargeError } from '../../src/errors.ts';
import { detectLang, type Lang } from '../../src/i18n/localized.ts';
import { messageLanguage } from '../../src/understanding/language.ts';
import type { DialogEvent } from './events.ts';
import type { UploadRef } from '../../src/documents/types.ts';
import { toCommand } from './utterances.ts';
import { toSimplified } from '../../src/domain/chinese-script.ts';
import { looksLikeQuestion, type IntentClassifier } from '../../src/faq/classifier.ts';

/** Saves an upload's bytes (encrypted) and returns the blob id the dialog will refer to. */
export type SaveUpload = (bytes: Buffer, meta: { name?: string; contentType?: string }) => Promise<string>;

/**
 * What the event mapper needs: where uploads go, and how to tell a question from an answer. `takesUploads: false`
 * (a step that wants no photo) leaves attachments unread and unstored; the dialog still answers "not now".
 */
export type EventDeps = { saveUpload: SaveUpload; classifier?: IntentClassifier; takesUploads?: boolean };

/**
 * Turns a normalized message into the dialog's event. Attachments are read here, once, and stored, so the
 * photo check works from a blob id that survives a restart (an invoked check re-runs when a snapshot is restored).
 */
export async function toDialogEvent(msg: InboundMessage, deps: EventDeps): Promise<DialogEvent> {
  const localeLang = msg.locale?.toLowerCase().startsWith('zh') ? 'zh' : msg.locale ? 'en' : undefined;
  // The words of the message decide; a bare "hi" or "ok" says nothing, so the page's locale does.
  const lang = msg.text ? messageLanguage(msg.text) ?? localeLang ?? detectLang(msg.text) : localeLang;
  // Set on the body (a fresh object) rather than spread into a copy of it: the same keys in the same order.
  const event = await toEventBody(msg, deps, lang ?? 'en');
  event.conversationId = msg.conversationId;
  if (lang) event.lang = lang;
  return event;
}

async function toEventBody(msg: InboundMessage, deps: EventDeps, lang: Lang): Promise<DialogEvent> {
  if (msg.action?.id === 'system.poll') return { type: 'system.poll' };
  if (msg.attachments?.length) return deps.takesUploads === false ? { type: 'user.upload', uploads: [] } : readUploads(msg, deps.saveUpload);
  if (msg.action) return { type: 'user.choice', id: msg.action.id };
  const text = msg.text ?? '';
  const command = toCommand(text);
  if (command) return { type: 'user.command', command, text };
  // A question mid-form is answered and the form resumes; an out-of-scope "question" may still be an answer, so it stays
  // text, unless it names a nearby topic (ICP filing, SSL …) whose answer says where it belongs. The classifier folds
  // traditional characters itself; the question shape is read on the simplified text.
  if (deps.classifier && looksLikeQuestion(toSimplified(text))) {
    const { intent, candidates, topic } = deps.classifier.classify(text, lang);
    if (intent !== 'out_of_scope' || topic) return { type: 'user.question', intent, text, ...(candidates ? { candidates } : {}), ...(topic ? { topic } : {}) };
  }
  return { type: 'user.text', text };
}

async function readUploads(msg: InboundMessage, saveUpload: SaveUpload): Promise<DialogEvent> {
  const uploads: UploadRef[] = [];
  for (const attachment of msg.attachments ?? []) {
    let bytes: Buffer;
    try {
      bytes = await attachment.read();
    } catch (error) {
      if (error instanceof AttachmentTooLargeError) return { type: 'user.upload_failed', reason: 'too_large', limitBytes: error.limitBytes };
      return { type: 'user.upload_failed', reason: 'unreachable' };
    }
    const blobId = await saveUpload(bytes, { name: attachment.name, contentType: attachment.contentType });
    uploads.push({ blobId, size: bytes.length, ...(attachment.name ? { name: attachment.name } : {}), ...(attachment.contentType ? { contentType: attachment.contentType } : {}) });
  }
  return { type: 'user.upload', uploads, ...(msg.text ? { text: msg.text } : {}) };
}
