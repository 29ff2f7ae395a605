import { REGISTRANT_KINDS, type RegistrantKind } from '../domain/registrant-kinds.ts';

// Patterns over the folded text (lower case, simplified Chinese): 臺灣 is read as 台湾.
const ORGANIZATION = /企业|公司|组织|单位|机构|\b(?:enterprise|company|corporation|organi[sz]ation|business|firm|ltd|limited|inc|llc|gmbh)\b/;
const OUTSIDE = /境外|海外|国外|外国|香港|澳门|台湾|港澳|\b(?:outside|overseas|abroad|foreign|hong ?kong|macao|macau|taiwan)\b/;

const KIND_WORDS: readonly [(text: string) => boolean, RegistrantKind][] = [
  [(s) => ORGANIZATION.test(s) && OUTSIDE.test(s) && !/内地|大陆|\bmainland\b/.test(s), 'enterprise_outside'],
  [(s) => ORGANIZATION.test(s), 'enterprise_mainland'],
  [(s) => /香港|澳门|港澳|\b(?:hong ?kong|macao|macau)\b/.test(s), 'individual_hk_macao'],
  [(s) => /台湾|台胞|\btaiwan\b/.test(s), 'individual_taiwan'],
  [(s) => /外国|外籍|护照|老外|\b(?:foreign|foreigner|passport)\b/.test(s), 'individual_foreign'],
  [(s) => /个人|内地|大陆|居民|身份证|自己|\b(?:individual|person|myself|mainland|resident|id card|personal)\b/.test(s), 'individual_mainland'],
];

// Words that turn a kind into a change of mind mid-form ("it's actually for my company", "其实是单位的").
const CHANGE = /\b(?:actually|wait|in fact|turns out|instead|not (?:for )?me|for (?:my|our|the|a) (?:company|business|organi[sz]ation|firm))\b|其实|实际上|不是个人|是(?:公司|单位|企业|组织|机构)的|换成|改成|改为|搞错/;

/**
 * The registrant kind a message names: a button's number ("3") or words ("个人", "a company in Hong Kong").
 * @example readKind('我是台湾居民') // 'individual_taiwan'
 */
export function readKind(folded: string): RegistrantKind | undefined {
  const text = folded.trim();
  const number = /^(\d)[.)]?$/.exec(text);
  if (number) return REGISTRANT_KINDS[Number(number[1]) - 1];
  return KIND_WORDS.find(([matches]) => matches(text))?.[1];
}

/** True when the message says the registrant is of another kind than the one being filled in. */
export function saysKindChanged(folded: string): boolean {
  return CHANGE.test(folded);
}
