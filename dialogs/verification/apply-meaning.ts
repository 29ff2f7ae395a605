import { fill, t, type Lang, type Localized } from '../../src/i18n/localized.ts';
import type { OutboundMessage } from '../../src/conversation/messages.ts';
import type { Meaning } from '../../src/understanding/interpret.ts';
import { profileFields, type FieldId, type Profile } from '../../src/domain/profile-fields.ts';
import { KIND_LABELS, type RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import type { DialogContext } from './context.ts';
import { prefilledProfile, withAnswer } from './form.ts';
import { understandingCopy as said } from './understanding-copy.ts';

type Patch = Partial<Pick<DialogContext, 'profile' | 'photos' | 'englishEdits' | 'failures' | 'kind'>>;
/** What applying a meaning changes, and what the dialog says about it. */
export type Applied = { patch: Patch; messages: OutboundMessage[] };

const labelOf = (context: DialogContext, field: FieldId) =>
  profileFields(context.kind!, context.profile).find((f) => f.id === field)?.label ?? { en: field, zh: field };
const text = (context: DialogContext, message: Localized, values: Record<string, string>) => ({ text: t(fill(message, values), context.lang) });
const item = (context: DialogContext, field: FieldId, value: string) => `${t(labelOf(context, field), context.lang)} ${value}`;

/**
 * Stores every valid value of the message (the open question's and any other field's), saying in one line what was
 * taken besides the answer and what was changed; a value that fails its check is refused with its reason.
 */
export function applyValues(context: DialogContext, meaning: Meaning): Applied {
  // The answers so far, not a copy of the whole context per value.
  let current = { profile: context.profile, photos: context.photos, englishEdits: context.englishEdits };
  const taken: string[] = [];
  const updated: string[] = [];
  const messages: OutboundMessage[] = [];
  for (const value of meaning.values) {
    if (!value.verdict.valid) {
      if (value.field !== context.requested) {
        messages.push(text(context, said.valueRefused, { field: t(labelOf(context, value.field), context.lang), value: value.text, reason: t(value.verdict.error.message, context.lang) }));
      }
      continue;
    }
    const before = current.profile[value.field];
    if (before === value.verdict.normalized) continue;
    if (before !== undefined) updated.push(item(context, value.field, value.text));
    else if (value.field !== context.requested) taken.push(item(context, value.field, value.text));
    current = withAnswer(current, value.field, value.verdict.normalized);
    messages.push(...value.verdict.warnings.map((w) => ({ text: t(w.message, context.lang) })));
  }
  const separator = context.lang === 'zh' ? '；' : '; ';
  if (updated.length) messages.unshift(text(context, said.valueUpdated, { items: updated.join(separator) }));
  if (taken.length) messages.unshift(text(context, said.valuesTaken, { items: taken.join(separator) }));
  return { patch: { profile: current.profile, photos: current.photos, englishEdits: current.englishEdits, failures: 0 }, messages };
}

/** Why nothing was stored: the answer's own problem, something of another shape, or no value of the field at all. */
export function whyNotStored(context: DialogContext, meaning: Meaning | undefined): Localized {
  const field = context.requested;
  const own = meaning?.values.find((v) => v.field === field);
  const shape = meaning?.recognized[0];
  if (own && !own.verdict.valid && !shape) return own.verdict.error.message;
  const label = field ? labelOf(context, field) : { en: 'answer', zh: '答案' };
  const each = (message: Localized, values: (lang: Lang) => Record<string, string>): Localized =>
    ({ en: fill(message, values('en')).en, zh: fill(message, values('zh')).zh });
  const fieldName = (lang: Lang) => (lang === 'en' ? label.en.toLowerCase() : label.zh);
  if (shape) return each(said.wrongShape, (lang) => ({ what: said[shape][lang], field: fieldName(lang) }));
  return each(said.noValue, (lang) => ({ field: fieldName(lang) }));
}

// What still applies after a change of registrant kind: where the registrant lives and how to reach them.
const KEPT: readonly FieldId[] = ['region', 'city', 'address', 'postalCode', 'phone', 'email'];

/** Switches to another registrant kind mid-form, keeping the domains and the answers that are still valid for it. */
export function applyKindChange(context: DialogContext, kind: RegistrantKind): Applied {
  let profile: Profile = prefilledProfile(kind);
  const kept: string[] = [];
  for (const field of profileFields(kind, profile).filter((f) => KEPT.includes(f.id))) {
    const value = context.profile[field.id];
    if (value === undefined || !field.validate(value, { ...context.profile, ...profile }).valid) continue;
    profile = { ...profile, [field.id]: value };
    kept.push(t(field.label, context.lang));
  }
  const keptText = [t(said.keptNothing, context.lang), ...kept].join(context.lang === 'zh' ? '、' : ', ');
  return {
    patch: { kind, profile, photos: { bothSides: false }, englishEdits: {}, failures: 0 },
    messages: [text(context, said.kindChanged, { kind: t(KIND_LABELS[kind], context.lang), kept: keptText })],
  };
}
