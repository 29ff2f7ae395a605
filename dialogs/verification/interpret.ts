import { isEnterprise } from '../../src/domain/registrant-kinds.ts';
import { fieldMentioned, profileFields, type FieldId } from '../../src/domain/profile-fields.ts';
import type { Verdict } from '../../src/domain/verdict.ts';
import { hasMarkup } from '../../src/domain/text.ts';
import type { EnglishProfile } from '../../src/domain/english-profile.ts';
import type { DialogEvent } from './events.ts';
import { sameQuestion, type DialogContext, type QuestionInputs } from './context.ts';
import { MAX_BUTTONS, requestedField } from './prompts.ts';

/** The raw answer to the requested field: typed text, a tapped option, or an option typed as its number. */
export function fieldInput(context: DialogContext, event: DialogEvent): string | undefined {
  if (event.type === 'user.choice') return event.id.startsWith('field.') ? event.id.slice('field.'.length) : undefined;
  if (event.type !== 'user.text') return undefined;
  const options = requestedField(context)?.choices?.(context.profile);
  const text = event.text.trim();
  const numbered = options && options.length <= MAX_BUTTONS; // numbers refer to buttons the user could see
  if (numbered && /^\d+$/.test(text)) return options[Number(text) - 1]?.id ?? text;
  return text;
}

/** Validates the answer to the requested field; undefined when the event is not an answer at all. */
export function checkFieldAnswer(context: DialogContext, event: DialogEvent): Verdict | undefined {
  // The guard and then the actions of one transition ask with the same event, and the context only changes identity
  // in between (a failure counted): validate (e.g. parse a phone) once while the field and the profile are the same.
  if (lastCheck?.event === event && sameQuestion(lastCheck, context)) return lastCheck.verdict;
  const field = requestedField(context);
  const input = fieldInput(context, event);
  const verdict = !field || input === undefined ? undefined : field.validate(input, context.profile);
  lastCheck = { event, kind: context.kind, profile: context.profile, requested: context.requested, verdict };
  return verdict;
}

let lastCheck: (QuestionInputs & { event: DialogEvent; verdict: Verdict | undefined }) | undefined;

/** The profile field a correction names ("change the name"), mapped to this kind's own field. */
export function mentionedField(context: DialogContext, text: string): FieldId | undefined {
  const field = fieldMentioned(text);
  if (!field || !context.kind) return undefined;
  const mapped = field === 'name' && isEnterprise(context.kind) ? 'orgName' : field;
  return profileFields(context.kind, context.profile).some((f) => f.id === mapped) ? mapped : undefined;
}

const ENGLISH_KEYS: Readonly<Record<string, keyof EnglishProfile>> = {
  name: 'name', 姓名: 'name', organization: 'orgName', organisation: 'orgName', org: 'orgName', company: 'orgName', 单位: 'orgName',
  province: 'province', region: 'province', 省份: 'province', city: 'city', 城市: 'city', address: 'address', 地址: 'address',
};

/**
 * Reads an edit of the English profile such as "address: No. 1 Wensan Road".
 * @example parseEnglishEdit('city: Hangzhou') // { key: 'city', value: 'Hangzhou' }
 */
export function parseEnglishEdit(text: string): { key: keyof EnglishProfile; value: string } | undefined {
  const match = /^\s*([^:：]{1,20})[:：]\s*(.+)$/s.exec(text);
  if (!match) return undefined;
  const key = ENGLISH_KEYS[match[1]!.trim().toLowerCase()];
  const value = match[2]!.trim();
  if (!key || value.length > 200 || /[\u3400-\u9fff]/.test(value) || /[·《》]/.test(value) || hasMarkup(value)) return undefined;
  return { key, value };
}
