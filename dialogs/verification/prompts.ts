import { fill, t, type Lang, type Localized } from '../../src/i18n/localized.ts';
import type { Choice, OutboundMessage } from '../../src/conversation/messages.ts';
import { KIND_LABELS, REGISTRANT_KINDS } from '../../src/domain/registrant-kinds.ts';
import { checklist } from '../../src/domain/checklist.ts';
import { DOCUMENTS, type DocumentKind } from '../../src/domain/documents.ts';
import { chosenDocument as domainChosenDocument, profileFields, type FieldId, type FieldSpec } from '../../src/domain/profile-fields.ts';
import { summarize, summarizeEnglish } from '../../src/domain/profile-summary.ts';
import { copy } from './copy.ts';
import type { DialogContext } from './context.ts';
import { englishOf } from './form.ts';

/** More options than this are typed, not tapped: a wall of 35 province buttons helps nobody on a phone. */
export const MAX_BUTTONS = 8;

/** A plain message in the conversation's language. */
export function say(context: Pick<DialogContext, 'lang'>, text: Localized, values?: Record<string, string | number>): OutboundMessage {
  return { text: t(values ? fill(text, values) : text, context.lang) };
}

/** Turns localized choices into the message model's choices. */
export function choices(lang: Lang, options: readonly { id: string; label: Localized }[]): Choice[] {
  return options.map((o) => ({ id: o.id, label: t(o.label, lang) }));
}

/** "Who is the registrant?" with one button per kind. */
export function askKind(context: DialogContext): OutboundMessage {
  const options = REGISTRANT_KINDS.map((kind) => ({ id: `kind.${kind}`, label: KIND_LABELS[kind] }));
  return { text: t(copy.askKind, context.lang), choices: choices(context.lang, options) };
}

/** The tailored checklist as a card, with the button that starts the profile. */
export function showChecklist(context: DialogContext): OutboundMessage {
  const items = checklist(context.kind!, context.domains).map((entry) => ({
    id: entry.id,
    group: entry.group,
    title: t(entry.title, context.lang),
    ...(entry.detail ? { detail: t(entry.detail, context.lang) } : {}),
  }));
  return {
    text: t(fill(copy.checklistIntro, { domains: context.domains.join(', ') }), context.lang),
    checklist: items,
    choices: choices(context.lang, [{ id: 'checklist.ready', label: copy.checklistReady }]),
  };
}

/** The spec of the field being asked, if any. */
export function requestedField(context: DialogContext): FieldSpec | undefined {
  return fieldSpec(context, context.requested);
}

/** The spec of one field of this registrant's form, if the form has it. */
export function fieldSpec(context: DialogContext, field: FieldId | undefined): FieldSpec | undefined {
  if (!context.kind || !field) return undefined;
  return profileFields(context.kind, context.profile).find((f) => f.id === field);
}

/** The question for the requested field, with its choices when the answer is a pick. */
export function askField(context: DialogContext): OutboundMessage {
  const field = requestedField(context);
  if (!field) return say(context, copy.summaryWhichField);
  const options = field.choices?.(context.profile);
  return {
    text: t(field.prompt, context.lang),
    ...(options?.length && options.length <= MAX_BUTTONS ? { choices: choices(context.lang, options.map((o) => ({ id: `field.${o.id}`, label: o.label }))) } : {}),
  };
}

/** The English profile, generated from the Chinese one, for the user to accept or edit. */
export function showEnglish(context: DialogContext): OutboundMessage {
  const rows = summarizeEnglish(englishOf(context), context.lang, { mask: false });
  return { text: t(copy.englishIntro, context.lang), summary: rows, choices: choices(context.lang, [{ id: 'english.accept', label: copy.englishAccept }]) };
}

/** The whole profile as a card, with confirm / change buttons. */
export function showSummary(context: DialogContext): OutboundMessage {
  return {
    text: t(copy.summaryIntro, context.lang),
    summary: summarize(context.kind!, context.profile, context.lang, { mask: false, english: englishOf(context) }),
    choices: choices(context.lang, [
      { id: 'summary.confirm', label: copy.summaryConfirm },
      { id: 'summary.edit', label: copy.summaryEdit },
    ]),
  };
}

/** The document the user chose for the profile (the kind's preferred one when unknown). */
export function chosenDocument(context: DialogContext): DocumentKind {
  return domainChosenDocument(context.kind!, context.profile);
}

/** Asks for the next document photo: the front, or the back when both sides are wanted. */
export function askPhoto(context: DialogContext): OutboundMessage {
  const spec = DOCUMENTS[chosenDocument(context)];
  const wantsBack = context.photos.bothSides && context.photos.front && !context.photos.back;
  const side = wantsBack ? copy.sideBack : { en: '', zh: '' }; // the photo side is already named in the document's label
  return say(context, copy.askPhoto, { document: t(spec.label, context.lang), side: t(side, context.lang) });
}

/** The last question before submitting. */
export function askSubmit(context: DialogContext): OutboundMessage {
  const options = [{ id: 'submit.now', label: copy.submitNow }];
  const isIdCard = DOCUMENTS[chosenDocument(context)].sides === 'photo_side';
  if (isIdCard && !context.photos.back) options.push({ id: 'submit.add_back', label: copy.addBackSide });
  options.push({ id: 'submit.replace_photo', label: copy.replacePhoto }, { id: 'submit.edit', label: copy.editProfile });
  return { text: t(copy.readyToSubmit, context.lang), choices: choices(context.lang, options) };
}

/** The offer made after three failed answers at one step. */
export function offerHelp(context: DialogContext): OutboundMessage {
  return { text: t(copy.offerHelp, context.lang), choices: choices(context.lang, [{ id: 'human.request', label: copy.talkToHuman }]) };
}

/** Confirms "start over" before clearing anything. */
export function confirmRestart(context: DialogContext): OutboundMessage {
  return {
    text: t(copy.restartConfirm, context.lang),
    choices: choices(context.lang, [
      { id: 'restart.yes', label: copy.restartYes },
      { id: 'restart.no', label: copy.restartNo },
    ]),
  };
}
