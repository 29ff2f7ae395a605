import type { Lang } from '../i18n/localized.ts';
import { formatPhone } from './contact/phone.ts';
import type { RegistrantKind } from './registrant-kinds.ts';
import type { FieldId, Profile } from './profile-fields.ts';
import { t } from '../i18n/localized.ts';
import { DOCUMENTS } from './documents.ts';
import { REGIONS } from './regions.ts';
import { profileFields } from './profile-fields.ts';
import { toEnglishProfile, type EnglishProfile } from './english-profile.ts';

function starMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(value);
  if (chars.length <= keepStart + keepEnd) return '*'.repeat(chars.length);
  return chars.slice(0, keepStart).join('') + '*'.repeat(chars.length - keepStart - keepEnd) + chars.slice(chars.length - keepEnd).join('');
}

function maskNumber(value: string): string {
  if (value === '0') return value;
  const length = Array.from(value).length;
  return length >= 10 ? starMiddle(value, 4, 4) : starMiddle(value, Math.min(2, length >> 2), Math.min(2, length >> 2));
}

function maskPhone(value: string): string {
  const match = /^(\+\d+\.)?(\d+)(;ext=\d+)?$/.exec(value);
  if (!match) return starMiddle(value, 0, 2);
  const national = match[2] ?? '';
  const masked = national.length >= 8 ? starMiddle(national, 3, 4) : starMiddle(national, 0, 2);
  return `${match[1] ?? ''}${masked}${match[3] ?? ''}`;
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 1) return starMiddle(value, 1, 0);
  return `${Array.from(value)[0] ?? ''}***${value.slice(at)}`;
}

/** Keeps the first letter of every word: 张三 → 张*, John Smith → J*** S****. */
function maskName(value: string): string {
  return value.split(/(\s+|·)/).map((part) => (/^(\s+|·)$/.test(part) ? part : starMiddle(part, 1, 0))).join('');
}

function maskAddress(value: string): string {
  const chars = Array.from(value);
  return `${chars.slice(0, Math.min(6, chars.length >> 1)).join('')}****`;
}

/**
 * A value as support agents see it: ID numbers 1101**********002X, phones +86.138****5678,
 * emails a***@example.com, names 张*, addresses cut after their start. Fields without personal data are unchanged.
 */
export function maskValue(field: FieldId, value: string): string {
  switch (field) {
    case 'idNumber': return maskNumber(value);
    case 'phone': return maskPhone(value);
    case 'email': return maskEmail(value);
    case 'name':
    case 'contactName': return maskName(value);
    case 'address': return maskAddress(value);
    default: return value;
  }
}

function displayValue(field: FieldId, value: string, lang: Lang): string {
  if (field === 'documentType') {
    const doc = Object.values(DOCUMENTS).find((d) => d.id === value);
    return doc ? t(doc.label, lang) : value;
  }
  if (field === 'region') {
    const region = REGIONS.find((r) => r.id === value);
    return region ? t(region.label, lang) : value;
  }
  if (field === 'phone') return /^\+\d/.test(value) ? formatPhone(value) : value;
  return value;
}

type Row = { field: string; label: string; value: string };

/** The English profile as rows ("Name (English)", …), e.g. for the user to check or edit. */
export function summarizeEnglish(english: EnglishProfile, lang: Lang, opts: { mask?: boolean } = {}): Row[] {
  const mask = opts.mask ?? true;
  const rows: [string, string | undefined, { en: string; zh: string }, FieldId | undefined][] = [
    ['english.name', english.name, { en: 'Name (English)', zh: '英文姓名' }, 'name'],
    ['english.orgName', english.orgName, { en: 'Organization name (English)', zh: '英文单位名称' }, undefined],
    ['english.province', english.province, { en: 'Province (English)', zh: '英文省份' }, undefined],
    ['english.city', english.city, { en: 'City (English)', zh: '英文城市' }, undefined],
    ['english.address', english.address, { en: 'Address (English)', zh: '英文地址' }, 'address'],
  ];
  return rows.flatMap(([field, value, label, maskAs]) => (value
    ? [{ field, label: t(label, lang), value: mask && maskAs ? maskValue(maskAs, value) : value }]
    : []));
}

function englishRows(kind: RegistrantKind, profile: Profile, lang: Lang, mask: boolean, english?: EnglishProfile): Row[] {
  if (english) return summarizeEnglish(english, lang, { mask });
  if (!profile.address || !profile.region) return [];
  return summarizeEnglish(toEnglishProfile(kind, profile), lang, { mask });
}

/**
 * The profile as rows to show for confirmation, in asking order, followed by the English profile derived from
 * it (or the given one, as the user edited it). Personal data is masked unless `mask: false` (for the registrant's own confirmation).
 */
export function summarize(kind: RegistrantKind, profile: Profile, lang: Lang, opts: { mask?: boolean; english?: EnglishProfile } = {}): { field: string; label: string; value: string }[] {
  const mask = opts.mask ?? true;
  const rows = profileFields(kind, profile).flatMap((spec): Row[] => {
    const value = profile[spec.id];
    if (value === undefined || value === '') return [];
    const shown = displayValue(spec.id, value, lang);
    return [{ field: spec.id, label: t(spec.label, lang), value: mask && spec.pii ? maskValue(spec.id, value) : shown }];
  });
  return [...rows, ...englishRows(kind, profile, lang, mask, opts.english)];
}
