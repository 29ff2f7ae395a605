import { t, type Localized, type Lang } from '../i18n/localized.ts';
import type { FaqAnswer } from './answers.ts';
import { isIntentId, type IntentId } from './intents.ts';

type InScopeIntent = Exclude<IntentId, 'out_of_scope'>;

/** Short names of the intents, as the buttons of a "Did you mean …?" question show them. */
export const INTENT_LABELS: Readonly<Record<InScopeIntent, Localized>> = {
  why_unverified: { en: 'Why my domain is still unverified', zh: '域名为什么还未实名' },
  review_time: { en: 'How long the review takes', zh: '审核要多久' },
  failure_reason: { en: 'Why the verification failed', zh: '认证失败的原因' },
  fix_profile_info: { en: 'Correcting my registrant profile', zh: '修改信息模板' },
  still_inaccessible: { en: 'Verified, but the website does not open', zh: '已实名但网站打不开' },
  domain_status_meaning: { en: 'What a domain status means', zh: '域名状态的含义' },
  required_documents: { en: 'Which documents I need', zh: '需要哪些证件材料' },
  photo_requirements: { en: 'Photo and file requirements', zh: '照片和文件要求' },
  merge_id_card: { en: 'Both sides of the ID card in one image', zh: '身份证正反面合成一张' },
  special_suffix: { en: 'Extra documents for special suffixes', zh: '特殊后缀的额外资质' },
  enhanced_verification: { en: 'Enhanced verification for .cn', zh: '.cn 强化实名认证' },
  cost: { en: 'Whether verification costs anything', zh: '实名认证是否收费' },
  account_verification: { en: 'Account verification vs domain verification', zh: '账号实名与域名实名的区别' },
  contact_verification: { en: 'Whether contacts need verifying', zh: '联系人是否需要实名' },
  email_suffix: { en: 'Which email address to use', zh: '邮箱可以用哪种' },
  profile_reuse: { en: 'One profile for several domains', zh: '一个模板用于多个域名' },
  no_certificate_number: { en: 'A certificate without a number', zh: '证件上没有号码' },
  next_steps: { en: 'What to do after verification', zh: '实名认证后下一步' },
  human_agent: { en: 'Talking to a person', zh: '转人工客服' },
};

const PREFIX = 'clarify:';
/** The choice id of "something else / a person". */
export const CLARIFY_OTHER = `${PREFIX}other`;

const DID_YOU_MEAN: Localized = { en: 'I am not sure I understood. Did you mean:', zh: '我不太确定您的意思，您是想问：' };
const SOMETHING_ELSE: Localized = { en: 'Something else / a person', zh: '都不是 / 转人工' };

/**
 * The "Did you mean …?" question for an unsure classification: one button per candidate intent and one for anything
 * else; choice ids are `clarify:<intent>` and `clarify:other`.
 * @example clarifyingQuestion(['review_time', 'why_unverified'], 'en').choices?.map((c) => c.id) // ['clarify:review_time', 'clarify:why_unverified', 'clarify:other']
 */
export function clarifyingQuestion(candidates: readonly IntentId[], lang: Lang): FaqAnswer {
  const shown = candidates.filter((c): c is InScopeIntent => c !== 'out_of_scope').slice(0, 3);
  return {
    text: t(DID_YOU_MEAN, lang),
    choices: [...shown.map((c) => ({ id: `${PREFIX}${c}`, label: t(INTENT_LABELS[c], lang) })), { id: CLARIFY_OTHER, label: t(SOMETHING_ELSE, lang) }],
  };
}

/** The intent a `clarify:<intent>` choice id picks, `other` for "something else", undefined for any other id. */
export function clarifiedIntent(choiceId: string): IntentId | 'other' | undefined {
  if (!choiceId.startsWith(PREFIX)) return undefined;
  const rest = choiceId.slice(PREFIX.length);
  return rest === 'other' ? 'other' : isIntentId(rest) && rest !== 'out_of_scope' ? rest : undefined;
}
