import { findCues, type Cue } from './cues.ts';
import { normalizeText } from './features.ts';
import { canonicalize } from './synonyms.ts';
import { toSimplified } from '../domain/chinese-script.ts';

// English questions open with a wh-word, or with an auxiliary followed by a subject ("can I", "is it");
// a bare auxiliary is not enough, because "Will Smith" and "May Chen" are names.
const EN_WH_START = /^(why|how|what|what's|whats|when|where|which|who|whom|whose)\b/;
const EN_AUX_START = /^(can|could|will|would|should|shall|do|does|did|is|are|am|was|were|may|must|have|has)\s+(i|you|we|they|he|she|it|my|your|the|this|that|these|those|there|a|an|someone|anyone|one)\b/;
const EN_HELP = /\b(i don'?t understand|what do you mean|explain|help me|need help|talk to (a )?(human|person|agent)|real person|customer (service|support))\b/;
// Chinese question words and sentence-final particles. Single characters that are also common in names
// (何, 几) only count inside a compound.
const ZH_QUESTION = /(为什么|为啥|为何|怎么|怎样|如何|什么|啥|咋|多久|多长时间|多少|哪里|哪儿|哪些|哪个|几天|几个|是否|能不能|可不可以|可以吗|行不行|要不要|是不是|有没有|吗|么|呢|谁)/;
const ZH_HELP = /(转人工|人工客服|找客服|看不懂|不明白|不懂)/;
const PLAIN_ANSWER = /^[\s\d+()\-.@a-z_]*$/; // phone numbers, emails, codes
// A problem told without a question word asks all the same ("verified but the site still won't open", "我的证件上没有号码",
// "my profile didn't go through"). Only situations no name, address or number looks like: not "a person" (人工智能 is in
// company names) nor money.
const PROBLEM_CUES: ReadonlySet<Cue> = new Set(['verified_but_broken', 'passed_but_domain', 'negated_success', 'waiting', 'no_number']);

/**
 * True when a free-text message sent in the middle of a form step is a question, a plea for help or a problem told
 * rather than an answer, e.g. "why do you need my phone?", "多久能审核完？" or "my certificate has no number"; false for
 * names, addresses, numbers and emails.
 */
export function looksLikeQuestion(text: string): boolean {
  const s = toSimplified(normalizeText(text)).trim(); // traditional 嗎, 麼, 為什麼 ask the same
  if (s.length === 0) return false;
  if (/[?？]/.test(s)) return true;
  if (PLAIN_ANSWER.test(s) && !/[a-z]{2,}\s+[a-z]{2,}/.test(s)) return false;
  if (EN_WH_START.test(s) || EN_AUX_START.test(s) || EN_HELP.test(s)) return true;
  return ZH_QUESTION.test(s) || ZH_HELP.test(s) || findCues(canonicalize(s)).some((cue) => PROBLEM_CUES.has(cue));
}
