import type { Lang } from '../i18n/localized.ts';
import type { RegistrantKind } from '../domain/registrant-kinds.ts';
import { isEnterprise } from '../domain/registrant-kinds.ts';
import type { FieldId, FieldSpec, Profile } from '../domain/profile-fields.ts';
import { writesChinese } from '../domain/profile-fields.ts';
import { fieldsMentioned } from '../domain/profile/field-mentions.ts';
import type { Verdict } from '../domain/verdict.ts';
import { foldText } from './fold.ts';
import { blank, overlaps, type Span } from './spans.ts';
import { findDomains, findEmails, findPhones, type Found } from './find-contacts.ts';
import { findFieldValue, type MessageText } from './find-field-value.ts';
import { isPlaceField, namedPlace } from './named-places.ts';
import { readKind, saysKindChanged } from './kinds.ts';
import { typedChoice, type OnScreen } from './typed-choice.ts';
import { asksWhy, isComplaint } from './intents.ts';
import { messageLanguage } from './language.ts';

/** What the message answers: the step, the registrant's form so far, the field asked and the buttons on screen. */
export type OpenQuestion = {
  step: 'kind' | 'domains' | 'domainsFromUrl' | 'checklist' | 'field' | 'english' | 'summary' | 'restart'
    | 'emailCode' | 'documents' | 'submit' | 'review' | 'reviewFailed' | 'mismatch';
  kind?: RegistrantKind;
  /** The form of this kind (empty before the kind is known); each field's own validator checks what is found. */
  fields: readonly FieldSpec[];
  profile: Profile;
  field?: FieldId;
  screen?: OnScreen;
};

/** A value found for a field: where it is, what was typed there, and the field's verdict on it. */
export type FoundValue = Span & { field: FieldId; text: string; verdict: Verdict };

/** What a message means in the context of the open question. */
export type Meaning = {
  /** A button the message names ("looks right", "全部正确"). */
  choice?: string;
  /** The registrant kind the message names, and whether it is a change of mind about the one being filled in. */
  kind?: RegistrantKind;
  kindChange: boolean;
  /** Values for fields of this form, the open question's first; invalid ones carry their reason. */
  values: FoundValue[];
  domains: string[];
  /** Things of a known shape that fit no field here ("email", "phone", "domain"), for "this question needs …". */
  recognized: ('email' | 'phone' | 'domain')[];
  /** The field a "why do you need …?" names. */
  why?: FieldId;
  complaint: boolean;
  lang?: Lang;
};

const NUMBER_FIELDS: ReadonlySet<FieldId> = new Set(['idNumber', 'postalCode']);

function valueOf(spec: FieldSpec, message: MessageText, candidates: readonly Span[], profile: Profile): FoundValue | undefined {
  let first: FoundValue | undefined;
  for (const span of candidates) {
    // Choice fields (region, document) read the folded text, so 廣東 is 广东; typed values are kept as typed.
    const typed = message.text.slice(span.start, span.end);
    const read = spec.choices ? message.folded.slice(span.start, span.end) : typed;
    const found = { start: span.start, end: span.end, field: spec.id, text: typed, verdict: spec.validate(read, profile) };
    if (found.verdict.valid) return found;
    first ??= found;
  }
  return first;
}

/** The emails or phones found, checked by their field; none when the exact answer is already that field's value. */
function shapedValues(spec: FieldSpec | undefined, found: readonly Found[], profile: Profile, exact: FoundValue | undefined): FoundValue[] {
  if (!spec || exact?.field === spec.id) return [];
  return found.map((f) => ({ start: f.start, end: f.end, field: spec.id, text: f.text, verdict: spec.validate(f.text, profile) }));
}

// Module-level helpers rather than closures inside `interpret`: a named closure is re-created (and, under tsx's
// keepNames, re-named through defineProperty) on every message.
const specOf = (question: OpenQuestion, id: FieldId) => question.fields.find((f) => f.id === id);

/** The field a mention means for this form: "name" is the organization's name for an organization. */
function ownField(field: FieldId, question: OpenQuestion): FieldId | undefined {
  const mapped = field === 'name' && question.kind && isEnterprise(question.kind) ? 'orgName' : field;
  return question.fields.some((f) => f.id === mapped) ? mapped : undefined;
}

function fieldValues(question: OpenQuestion, message: MessageText, mentioned: readonly FieldId[]): FoundValue[] {
  const chinese = question.kind ? writesChinese(question.kind) : true;
  const asked = question.step === 'field' && question.field ? [question.field] : [];
  const places = placeValues(question, message, mentioned);
  // What the places said ("地址是…") is not part of the open question's answer.
  const rest = { ...message, blanked: blank(message.blanked, places.map((p) => p.said)) };
  // Besides the open question, a field the message names is read too when its shape can be found in a sentence.
  const named = mentioned.filter((f) => NUMBER_FIELDS.has(f) || f === 'name' || f === 'contactName' || f === 'orgName');
  const wanted = [...new Set([...asked, ...named])].filter((f) => f !== 'email' && f !== 'phone' && !places.some((p) => p.found.field === f));
  const values: FoundValue[] = [];
  for (const field of wanted) {
    const spec = question.fields.find((f) => f.id === field);
    const candidates = spec ? findFieldValue(field, rest, { chinese }) : [];
    const value = spec && candidates.length ? valueOf(spec, rest, candidates, question.profile) : undefined;
    if (value && value.end > value.start && (value.verdict.valid || field === question.field)) values.push(value);
  }
  return [...values, ...places.map((p) => p.found)];
}

/** Region, city and address given by name at another question ("my address is …", "城市：深圳"), each checked by its field. */
function placeValues(question: OpenQuestion, message: MessageText, mentioned: readonly FieldId[]): { found: FoundValue; said: Span }[] {
  const places: { found: FoundValue; said: Span }[] = [];
  for (const field of mentioned.filter(isPlaceField)) {
    const spec = question.fields.find((f) => f.id === field);
    const named = spec && field !== question.field ? namedPlace(field, message.blanked) : undefined;
    const found = named && valueOf(spec!, message, [named.value], question.profile);
    if (found) places.push({ found, said: named.said });
  }
  return places;
}

/** The whole answer to a phone or email question when it is valid as typed (an extension such as "转 123" included). */
function exactAnswer(question: OpenQuestion, message: MessageText): FoundValue | undefined {
  const field = question.step === 'field' ? question.field : undefined;
  const spec = question.fields.find((f) => f.id === field);
  if (!spec || (field !== 'phone' && field !== 'email')) return undefined;
  const whole = { ...message, blanked: message.folded }; // nothing blanked: the finders' matches are what is checked here
  const found = valueOf(spec, whole, findFieldValue(spec.id, whole, { chinese: false }), question.profile);
  return found?.verdict.valid ? found : undefined;
}

/**
 * Reads one message in the context of the open question: the values in it (with spans, checked by their fields),
 * a typed button, a registrant kind or a change of it, a "why …?" about a field, a complaint, and its language.
 * Pure; no I/O.
 * @example interpret('I’m 陈静', question).values // [{ field: 'name', text: '陈静', … }]
 */
export function interpret(text: string, question: OpenQuestion): Meaning {
  const folded = foldText(text);
  const choice = question.screen ? typedChoice(text, question.screen) : undefined;
  if (choice) return withLang({ choice, kindChange: false, values: [], domains: [], recognized: [], complaint: false }, folded);
  // A phone question answered with a valid number as typed: that number is the message's phone, and libphonenumber's
  // finder (the costliest part of reading a message) need not look for it again.
  const exact = exactAnswer(question, { text, folded, blanked: folded });
  const { emails, phones, all, bare } = contactsIn(folded, question, exact?.field === 'phone' ? exact : undefined);
  const domains = findDomains(folded, all);
  const blanked = blank(folded, [...emails, ...phones, ...domains]);
  const message: MessageText = { text, folded, blanked };
  const mentioned = fieldsMentioned(blanked).flatMap((f) => ownField(f, question) ?? []);
  const kind = readKind(blanked);
  const kindChange = question.step !== 'kind' && kind !== undefined && kind !== question.kind && saysKindChanged(folded);
  if (kindChange) return withLang({ kind, kindChange, values: [], domains: domains.map((d) => d.text), recognized: [], complaint: false }, blanked);
  const emailSpec = specOf(question, 'email');
  const phoneSpec = specOf(question, 'phone');
  const values = shapedValues(emailSpec, emails, question.profile, exact);
  if (exact) values.unshift(exact);
  values.push(...shapedValues(phoneSpec, phones, question.profile, exact), ...fieldValues(question, message, mentioned));
  values.sort((a, b) => Number(b.field === question.field) - Number(a.field === question.field));
  const recognized: Meaning['recognized'] = [];
  if (emails.length && !emailSpec) recognized.push('email');
  if (phones.length && !phoneSpec) recognized.push('phone');
  if (!(question.field && NUMBER_FIELDS.has(question.field))) recognized.push(...bare);
  if (domains.length) recognized.push('domain');
  // Built field by field: spreading optional parts into the result cost more than the rest of assembling it.
  const meaning: Meaning = { kindChange: false, values, domains: domains.map((d) => d.text), recognized, complaint: isComplaint(folded) };
  if (kind && question.step === 'kind') meaning.kind = kind;
  const why = asksWhy(folded) ? mentioned[0] : undefined;
  if (why) meaning.why = why;
  return withLang(meaning, blank(folded, [...all, ...domains, ...values]));
}

/**
 * The emails and phones the message holds. At another field's question a bare one (all the message says) is an
 * attempt at that field, not a second answer: it is kept out of `emails` / `phones` and named in `bare`. `phone`, when
 * given, is the valid answer to a phone question: the one phone that counts, taken instead of searching the message.
 */
function contactsIn(folded: string, question: OpenQuestion, phone?: Span): { emails: Found[]; phones: Found[]; all: Found[]; bare: ('email' | 'phone')[] } {
  const allEmails = findEmails(folded);
  const allPhones = phone
    ? [{ start: phone.start, end: phone.end, text: folded.slice(phone.start, phone.end) }].filter((p) => !allEmails.some((e) => overlaps(e, p)))
    : findPhones(folded, allEmails);
  const asked = question.step === 'field' ? question.field : undefined;
  const emails = notBare(folded, asked, 'email', allEmails);
  const phones = notBare(folded, asked, 'phone', allPhones);
  const bare = [...(emails.length < allEmails.length ? ['email' as const] : []), ...(phones.length < allPhones.length ? ['phone' as const] : [])];
  return { emails, phones, all: [...allEmails, ...allPhones], bare };
}

/** The finds that are not a bare attempt at another field's question (all finds when that field or nothing is asked). */
function notBare(folded: string, asked: FieldId | undefined, shape: 'email' | 'phone', found: Found[]): Found[] {
  return !asked || asked === shape ? found : found.filter((f) => !isWholeAnswer(folded, f));
}

/** True when the find is all the message says (nothing but spaces and punctuation around it). */
function isWholeAnswer(folded: string, found: Found): boolean {
  return !/[\p{L}\p{N}]/u.test(blank(folded, [found]));
}

/** The meaning with the language of what is left of the message once its values are taken out (none when it is all values). */
function withLang(meaning: Meaning, rest: string): Meaning {
  const lang = messageLanguage(rest);
  if (lang) meaning.lang = lang;
  return meaning;
}
