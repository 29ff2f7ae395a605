import { pinyin } from 'pinyin-pro';
import type { RegistrantKind } from './registrant-kinds.ts';
import type { Profile } from './profile-fields.ts';
import { isEnterprise } from './registrant-kinds.ts';
import { REGIONS, provincePinyin } from './regions.ts';
import { collapseSpaces, toHalfWidth } from './text.ts';

/** The English registrant profile, filled in from the Chinese one (the user may still edit it). */
export type EnglishProfile = { name?: string; orgName?: string; province: string; city?: string; address: string };

const HAN = /[\u3400-\u9fff]/;
const HAN_RUNS = /[\u3400-\u9fff]+/g;
/** Kept in the Chinese profile but removed from the English one (the registrar's rule for names). */
const DROPPED_MARKS = /[《》〈〉·•‧・]/g;
const COMPOUND_SURNAMES = new Set([
  '欧阳', '太史', '端木', '上官', '司马', '东方', '独孤', '南宫', '万俟', '闻人', '夏侯', '诸葛', '尉迟', '公羊', '赫连',
  '澹台', '皇甫', '宗政', '濮阳', '公冶', '太叔', '申屠', '公孙', '慕容', '仲孙', '钟离', '长孙', '宇文', '司徒', '鲜于',
  '司空', '闾丘', '子车', '亓官', '司寇', '巫马', '公西', '颛孙', '壤驷', '公良', '漆雕', '乐正', '宰父', '谷梁', '拓跋',
  '夹谷', '轩辕', '令狐', '段干', '百里', '呼延', '东郭', '南门', '羊舌', '微生', '梁丘', '左丘', '西门', '第五', '单于',
]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Syllables of a run of Chinese characters, surnames read as surnames (单 → shan), ü written "yu" as on passports. */
function nameSyllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', mode: 'surname', surname: 'head', v: 'yu', nonZh: 'removed' });
}

/**
 * A Chinese personal name in pinyin: surname and given name each written as one capitalized word
 * (欧阳娜娜 → "Ouyang Nana"). Names with a middle dot become one word per part. Latin names stay as they are.
 */
export function nameToPinyin(name: string): string {
  if (!HAN.test(name)) return collapseSpaces(name.replace(DROPPED_MARKS, ' '));
  const parts = name.split(DROPPED_MARKS).map((p) => p.replace(/\s+/g, '')).filter((p) => p !== '');
  if (parts.length > 1) return parts.map((p) => capitalize(nameSyllables(p).join(''))).join(' ');
  const whole = parts[0] ?? '';
  const chars = Array.from(whole);
  if (chars.length < 2) return capitalize(nameSyllables(whole).join(''));
  const surnameLength = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const syllables = nameSyllables(whole);
  if (syllables.length !== chars.length) return capitalize(syllables.join(''));
  return `${capitalize(syllables.slice(0, surnameLength).join(''))} ${capitalize(syllables.slice(surnameLength).join(''))}`;
}

/**
 * Chinese text in lower-case pinyin, one syllable per word as the registrar writes places ("hang zhou shi");
 * digits, Latin letters and punctuation are kept (half-width), "《》" and "·" dropped.
 */
export function textToPinyin(text: string): string {
  const cleaned = toHalfWidth(text.replace(DROPPED_MARKS, ' ')).replace(/、/g, ',').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  if (!HAN.test(cleaned)) return collapseSpaces(cleaned);
  // Converting whole runs of Chinese keeps the context that picks a polyphone's reading (重庆 → chong qing).
  const spelled = cleaned.replace(HAN_RUNS, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array', v: true }).join(' ')} `);
  return collapseSpaces(spelled)
    .replace(/\s+([),.;:!?])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/,(?=\S)/g, ', ')
    .toLowerCase();
}

/** Only the characters an English organization name may hold survive (letters, digits, space, . , & ' ( ) - /). */
function orgNameToEnglish(orgName: string): string {
  return collapseSpaces(textToPinyin(orgName).replace(/[^\p{L}\p{N} .,&'()\-/]/gu, ' '));
}

function englishProvince(profile: Profile): string {
  const region = REGIONS.find((r) => r.id === profile.region);
  if (!region) return '';
  if (region.mainland) return provincePinyin(region.id);
  if (region.id === 'outside') return profile.city ? textToPinyin(profile.city) : '';
  // Outside the mainland the English name is the usual one ("hong kong"), not the pinyin of 香港.
  return region.label.en.replace(/\s*\(China\)$/, '').toLowerCase();
}

/**
 * Fills in the English profile from the Chinese one: names in pinyin ("Zhang San"), places and addresses in
 * lower-case pinyin, the province from the region ("zhe jiang", without "sheng").
 * @example toEnglishProfile('individual_mainland', { name: '欧阳娜娜', region: 'zhejiang', city: '杭州市', address: '文三路 90 号' })
 *   // { name: 'Ouyang Nana', province: 'zhe jiang', city: 'hang zhou shi', address: 'wen san lu 90 hao' }
 */
export function toEnglishProfile(kind: RegistrantKind, profile: Profile): EnglishProfile {
  const english: EnglishProfile = { province: englishProvince(profile), address: profile.address ? textToPinyin(profile.address) : '' };
  if (isEnterprise(kind) && profile.orgName) english.orgName = orgNameToEnglish(profile.orgName);
  if (!isEnterprise(kind) && profile.name) english.name = nameToPinyin(profile.name);
  if (profile.city) english.city = textToPinyin(profile.city);
  return english;
}
