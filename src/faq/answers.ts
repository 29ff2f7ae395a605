import { t, type Lang, type Localized } from '../i18n/localized.ts';
import { checklist, type ChecklistEntry } from '../domain/checklist.ts';
import { KIND_LABELS, REGISTRANT_KINDS, isEnterprise, type RegistrantKind } from '../domain/registrant-kinds.ts';
import { specialSuffixOf } from '../domain/suffixes.ts';
import { ANSWER_TEXTS as A } from './answer-texts.ts';
import type { IntentId } from './intents.ts';
import type { OffTopic } from './off-topic.ts';
import { OFF_TOPIC_POINTERS, WHAT_I_CAN_DO } from './off-topic-answers.ts';

/**
 * What the bot knows about the user when it answers: language, and, once asked, the registrant kind and domains;
 * for an out-of-scope question, the nearby topic it is about, when known.
 */
export type FaqContext = { lang: Lang; kind?: RegistrantKind; domains?: string[]; topic?: OffTopic };

/** A choice offered with an answer; ids: `handoff`, `kind:<RegistrantKind>`, `status:<domain>`. */
export type FaqChoice = { id: string; label: string };

/** An answer ready to send: plain text plus optional choices. */
export type FaqAnswer = { text: string; choices?: FaqChoice[] };

const HANDOFF: Localized = { en: 'Talk to a person', zh: '转人工客服' };
const CHECK_STATUS: Localized = { en: 'Check {domain}', zh: '查询 {domain}' };

const entryLine = (e: ChecklistEntry, lang: Lang) => `• ${t(e.title, lang)}${e.detail ? `\n  ${t(e.detail, lang).replace(/\n/g, '\n  ')}` : ''}`;

function handoffChoice(lang: Lang): FaqChoice[] {
  return [{ id: 'handoff', label: t(HANDOFF, lang) }];
}

function statusChoices(ctx: FaqContext): FaqChoice[] | undefined {
  if (!ctx.domains?.length) return undefined;
  return ctx.domains.slice(0, 5).map((domain) => ({ id: `status:${domain}`, label: t(CHECK_STATUS, ctx.lang).replace('{domain}', domain) }));
}

function requiredDocuments(ctx: FaqContext): FaqAnswer {
  const { lang, kind } = ctx;
  if (!kind) {
    return { text: t(A.documentsGeneral, lang), choices: REGISTRANT_KINDS.map((k) => ({ id: `kind:${k}`, label: t(KIND_LABELS[k], lang) })) };
  }
  const entries = checklist(kind, ctx.domains ?? []).filter((e) => e.group !== 'photo_rule');
  const head = lang === 'en' ? `For ${KIND_LABELS[kind].en}, prepare:` : `${KIND_LABELS[kind].zh}，请准备：`;
  return { text: [head, ...entries.map((e) => entryLine(e, lang))].join('\n') };
}

function photoRequirements(ctx: FaqContext): FaqAnswer {
  // Any kind yields the same photo rules; the ID-card merge rule is added only for kinds whose document is an ID card.
  const entries = checklist(ctx.kind ?? 'enterprise_outside', []).filter((e) => e.group === 'photo_rule');
  const head = ctx.lang === 'en' ? 'Photo and file requirements:' : '照片和文件要求：';
  const tail = ctx.lang === 'en'
    ? 'Send the photo here and I will check it right away (and convert HEIC or shrink large files for you).'
    : '把照片发到这里，我会立即检查（HEIC 格式或过大的文件我会帮您转换、压缩）。';
  return { text: [head, ...entries.map((e) => entryLine(e, ctx.lang)), tail].join('\n') };
}

function specialDomains(ctx: FaqContext, wanted: (suffix: string) => boolean): string[] {
  return (ctx.domains ?? []).filter((d) => {
    const suffix = specialSuffixOf(d);
    return suffix !== undefined && wanted(suffix);
  });
}

function specialSuffix(ctx: FaqContext): FaqAnswer {
  const { lang } = ctx;
  const mine = specialDomains(ctx, (s) => s !== 'cn');
  if (mine.length === 0) {
    const none = ctx.domains?.length
      ? (lang === 'en' ? `\n\nNone of your domains (${ctx.domains.join(', ')}) has one of these suffixes, so the basic documents are enough.` : `\n\n您的域名（${ctx.domains.join('、')}）都不属于这些后缀，只需基本证件即可。`)
      : '';
    return { text: t(A.specialSuffixGeneral, lang) + none };
  }
  const entries = checklist(ctx.kind ?? 'enterprise_mainland', mine).filter((e) => e.group === 'qualification' && !e.id.startsWith('qualification.cn.'));
  const head = lang === 'en' ? `Besides the basic documents, ${mine.join(', ')} need:` : `除基本证件外，${mine.join('、')} 还需要：`;
  return { text: [head, ...entries.map((e) => entryLine(e, lang))].join('\n') };
}

function enhancedVerification(ctx: FaqContext): FaqAnswer {
  const mine = specialDomains(ctx, (s) => s === 'cn');
  if (mine.length === 0) return { text: t(A.enhanced, ctx.lang) };
  const note = ctx.lang === 'en'
    ? `\n\nThis may apply to ${mine.join(', ')}; if no notice has arrived, the normal verification is enough.`
    : `\n\n这可能涉及您的 ${mine.join('、')}；如果没有收到通知，完成普通实名认证即可。`;
  return { text: t(A.enhanced, ctx.lang) + note };
}

function noCertificateNumber(ctx: FaqContext): FaqAnswer {
  const rule: Localized = {
    en: 'For an organization outside the Chinese mainland: if the certificate has a number, enter that number in the Unified Social Credit Code field; if it has none, enter the digit "0".',
    zh: '中国内地以外的组织：证件上有号码的，将该号码填入"统一社会信用代码"一栏；没有号码的，填写数字"0"。',
  };
  const aside: Partial<Record<RegistrantKind, Localized>> = {
    enterprise_mainland: {
      en: 'Your mainland Business License always carries the 18-character Unified Social Credit Code: enter it exactly as printed.',
      zh: '内地营业执照上一定有 18 位统一社会信用代码，请按执照原样填写。',
    },
  };
  const extra = ctx.kind && ctx.kind !== 'enterprise_outside'
    ? aside[ctx.kind] ?? { en: 'As an individual, enter the number printed on your identity document.', zh: '个人请填写证件上印的号码。' }
    : undefined;
  return { text: extra ? `${t(rule, ctx.lang)}\n${t(extra, ctx.lang)}` : t(rule, ctx.lang) };
}

function withStatusOffer(text: Localized, ctx: FaqContext): FaqAnswer {
  const choices = statusChoices(ctx);
  if (!choices) return { text: t(text, ctx.lang) };
  const offer = ctx.lang === 'en' ? '\n\nI can check the live status of your domain:' : '\n\n我可以实时查询您域名的状态：';
  return { text: t(text, ctx.lang) + offer, choices };
}

// Out of scope, but helpful: where the question belongs, what the bot can do instead, and a person.
function outOfScope(ctx: FaqContext): FaqAnswer {
  const text = ctx.topic ? `${t(OFF_TOPIC_POINTERS[ctx.topic], ctx.lang)}\n\n${t(WHAT_I_CAN_DO, ctx.lang)}` : t(A.outOfScope, ctx.lang);
  return { text, choices: handoffChoice(ctx.lang) };
}

/** Answers an intent from the registrar's guide, in the user's language, tailored to what the bot knows about them. */
export function answerIntent(intent: IntentId, ctx: FaqContext): FaqAnswer {
  const { lang } = ctx;
  switch (intent) {
    case 'why_unverified': return withStatusOffer(A.whyUnverified, ctx);
    case 'review_time': return { text: t(A.reviewTime, lang) };
    case 'failure_reason': return withStatusOffer(A.failureReason, ctx);
    case 'fix_profile_info': return { text: t(ctx.kind && isEnterprise(ctx.kind) ? A.fixProfileEnterprise : A.fixProfileIndividual, lang) };
    case 'still_inaccessible': return withStatusOffer(A.stillInaccessible, ctx);
    case 'domain_status_meaning': return withStatusOffer(A.statusMeaning, ctx);
    case 'required_documents': return requiredDocuments(ctx);
    case 'photo_requirements': return photoRequirements(ctx);
    case 'merge_id_card': return { text: t(A.mergeIdCard, lang) };
    case 'special_suffix': return specialSuffix(ctx);
    case 'enhanced_verification': return enhancedVerification(ctx);
    case 'cost': return { text: t(A.cost, lang) };
    case 'account_verification': return { text: t(A.account, lang) };
    case 'contact_verification': return { text: t(A.contact, lang) };
    case 'email_suffix': return { text: t(A.emailSuffix, lang) };
    case 'profile_reuse': return { text: t(A.profileReuse, lang) };
    case 'no_certificate_number': return noCertificateNumber(ctx);
    case 'next_steps': return { text: t(A.nextSteps, lang) };
    case 'human_agent': return { text: t(A.human, lang), choices: handoffChoice(lang) };
    case 'out_of_scope': return outOfScope(ctx);
  }
}
