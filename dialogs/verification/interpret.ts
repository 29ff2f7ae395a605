import { REGISTRANT_KINDS, isEnterprise, type RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import { fieldMentioned, profileFields, type FieldId } from '../../src/domain/profile-fields.ts';
import type { Verdict } from '../../src/domain/verdict.ts';
import type { EnglishProfile } from '../../src/domain/english-profile.ts';
import type { DialogEvent } from './events.ts';
import type { DialogContext } from './context.ts';
import { MAX_BUTTONS, requestedField } from './prompts.ts';

const ORGANIZATION = /(企业|公司|组织|单位|机构|\b(enterprise|company|corporation|organi[sz]ation|business|firm|ltd|limited|inc|llc|gmbh)\b)/i;
const OUTSIDE = /(境外|海外|国外|外国|香港|澳门|台湾|港澳|\b(outside|overseas|abroad|foreign|hong ?kong|macao|macau|taiwan)\b)/i;

const KIND_WORDS: readonly [(text: string) => boolean, RegistrantKind][] = [
  [(s) => ORGANIZATION.test(s) && OUTSIDE.test(s) && !/(内地|大陆|\bmainland\b)/i.test(s), 'enterprise_outside'],
  [(s) => ORGANIZATION.test(s), 'enterprise_mainland'],
  [(s) => /(香港|澳门|港澳|\b(hong ?kong|macao|macau)\b)/i.test(s), 'individual_hk_macao'],
  [(s) => /(台湾|\btaiwan\b)/i.test(s), 'individual_taiwan'],
  [(s) => /(外国|外籍|护照|\b(foreign|foreigner|passport)\b)/i.test(s), 'individual_foreign'],
  [(s) => /(个人|内地|大陆|居民|身份证|自己|\b(individual|person|myself|mainland|resident|id card|personal)\b)/i.test(s), 'individual_mainland'],
];

/**
 * Reads the registrant kind from a button, a number ("3") or words ("个人", "a company in Hong Kong").
 * @example pickKind({ type: 'user.text', text: 'a company in Hong Kong' }) // 'enterprise_outside'
 */
export function pickKind(event: DialogEvent): RegistrantKind | undefined {
  if (event.type === 'user.choice') {
    const id = event.id.replace(/^kind\./, '');
    return REGISTRANT_KINDS.find((k) => k === id);
  }
  if (event.type !== 'user.text') return undefined;
  const text = event.text.trim();
  const number = Number.parseInt(text, 10);
  if (/^\d+[.)]?$/.test(text) && number >= 1 && number <= REGISTRANT_KINDS.length) return REGISTRANT_KINDS[number - 1];
  return KIND_WORDS.find(([matches]) => matches(text))?.[1];
}

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
  // The guard and then the action of one transition ask with the same objects: validate (e.g. parse a phone) once.
  if (lastCheck?.context === context && lastCheck.event === event) return lastCheck.verdict;
  const field = requestedField(context);
  const input = fieldInput(context, event);
  const verdict = !field || input === undefined ? undefined : field.validate(input, context.profile);
  lastCheck = { context, event, verdict };
  return verdict;
}

let lastCheck: { context: DialogContext; event: DialogEvent; verdict: Verdict | undefined } | undefined;

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
  if (!key || value.length > 200 || /[\u3400-\u9fff]/.test(value) || /[·《》]/.test(value)) return undefined;
  return { key, value };
}
