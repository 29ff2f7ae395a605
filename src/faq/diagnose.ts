import { fill, t, type Lang, type Localized } from '../i18n/localized.ts';
import { explainFailure } from '../registrar/failure-reasons.ts';
import type { DomainState, FailReason, Registrar } from '../registrar/types.ts';
import { specialSuffixOf } from '../domain/suffixes.ts';
import type { DnsLookup } from './dns.ts';
import { DIAGNOSIS_TEXTS as D } from './diagnosis-texts.ts';

/** Why a domain is (or is not) working, from the first step of the verification chain that is not done. */
export type DiagnosisCause =
  | 'not_registered' | 'profile_missing' | 'profile_nonaudit' | 'profile_auditing' | 'profile_failed' | 'not_associated'
  | 'association_auditing' | 'association_failed' | 'server_hold' | 'client_hold' | 'enhanced_verification' | 'normal';

/** What the user should do next; absent when nothing is needed. */
export type DiagnosisNextStep = 'associate' | 'fix_profile' | 'wait' | 'human';

/** A diagnosis: the cause, the explanation in the user's language, and the next step. */
export type Diagnosis = { cause: DiagnosisCause; text: string; nextStep?: DiagnosisNextStep };

/** Inputs beyond the domain: language, the user's profile (when the bot created one), and an optional DNS lookup. */
export type DiagnoseContext = { lang: Lang; profileId?: string; resolveDns?: (domain: string) => Promise<DnsLookup> };

type Found = { cause: DiagnosisCause; text: Localized; nextStep?: DiagnosisNextStep };

function reasonsText(reasons: readonly FailReason[], lang: Lang): string {
  if (reasons.length === 0) return t({ en: '(no reason given)', zh: '（未给出原因）' }, lang);
  return reasons.map(({ reason }) => {
    const known = explainFailure(reason);
    if (!known) return `• ${reason}`;
    return lang === 'en' ? `• ${known.en} (${known.zh}): ${known.fix.en}` : `• ${known.zh}：${known.fix.zh}`;
  }).join('\n');
}

function fromHolds(state: DomainState): Found | undefined {
  const domain = state.domain;
  const verified = state.realNameStatus === 'SUCCEED';
  if (state.eppStatuses.includes('clientHold')) {
    const text = verified ? D.clientHold : { en: `${D.clientHold.en} ${D.alsoUnverified.en}`, zh: `${D.clientHold.zh}${D.alsoUnverified.zh}` };
    return { cause: 'client_hold', text: fill(text, { domain }), nextStep: 'human' };
  }
  if (!verified || !state.eppStatuses.includes('serverHold')) return undefined;
  if (specialSuffixOf(domain) === 'cn') return { cause: 'enhanced_verification', text: fill(D.enhanced, { domain }), nextStep: 'human' };
  return { cause: 'server_hold', text: fill(D.serverHoldVerified, { domain }), nextStep: 'human' };
}

function fromAssociation(state: DomainState, lang: Lang): Found | undefined {
  const domain = state.domain;
  const status = state.associationStatus === 'none' ? state.realNameStatus : state.associationStatus;
  if (status === 'AUDITING') return { cause: 'association_auditing', text: fill(D.associationAuditing, { domain }), nextStep: 'wait' };
  if (status === 'FAILED') {
    const reasons = reasonsText(state.failReasons, lang);
    return { cause: 'association_failed', text: fill(D.associationFailed, { domain, reasons }), nextStep: 'fix_profile' };
  }
  return undefined;
}

async function fromProfile(registrar: Registrar, state: DomainState, ctx: DiagnoseContext): Promise<Found> {
  const domain = state.domain;
  const profileId = state.profileId ?? ctx.profileId;
  const profile = profileId === undefined ? undefined : await registrar.getProfile(profileId);
  if (!profile) return { cause: 'profile_missing', text: fill(D.profileMissing, { domain }), nextStep: 'fix_profile' };
  const values = { domain, profileId: profile.profileId };
  switch (profile.status) {
    case 'NONAUDIT': return { cause: 'profile_nonaudit', text: fill(D.profileNonaudit, values), nextStep: 'fix_profile' };
    case 'AUDITING': return { cause: 'profile_auditing', text: fill(D.profileAuditing, values), nextStep: 'wait' };
    case 'FAILED': {
      const reasons = reasonsText(profile.failReasons, ctx.lang);
      return { cause: 'profile_failed', text: fill(D.profileFailed, { ...values, reasons }), nextStep: 'fix_profile' };
    }
    case 'SUCCEED': return { cause: 'not_associated', text: fill(D.notAssociated, values), nextStep: 'associate' };
  }
}

async function dnsNote(domain: string, ctx: DiagnoseContext): Promise<Localized> {
  if (!ctx.resolveDns) return D.nextSteps;
  const dns = await ctx.resolveDns(domain);
  if (dns.error) return fill(D.dnsFailed, { domain, error: dns.error });
  if (dns.ns.length === 0) return fill(D.dnsNoNameServers, { domain });
  if (dns.a.length === 0) return fill(D.dnsNoAddress, { domain, ns: dns.ns.join(', ') });
  return fill(D.dnsResolves, { domain, a: dns.a.join(', ') });
}

/**
 * Diagnoses why a domain is unverified or unreachable from the registrar's live data, walking the chain: registered?
 * registrar or registry hold? association reviewed? profile verified? When all is well, checks DNS (if a resolver
 * is given) and points to ICP filing. Registrar outages propagate as RegistrarError.
 */
export async function diagnoseDomain(registrar: Registrar, domain: string, ctx: DiagnoseContext): Promise<Diagnosis> {
  const state = await registrar.getDomain(domain);
  if (!state) return { cause: 'not_registered', text: t(fill(D.notRegistered, { domain }), ctx.lang), nextStep: 'human' };
  const found = fromHolds(state) ?? fromAssociation(state, ctx.lang)
    ?? (state.realNameStatus === 'SUCCEED' ? undefined : await fromProfile(registrar, state, ctx));
  if (found) {
    const hold = state.eppStatuses.includes('serverHold') && found.cause !== 'enhanced_verification' && found.cause !== 'server_hold' && found.cause !== 'client_hold';
    const text = hold ? `${t(found.text, ctx.lang)}\n${t(D.serverHoldUntilVerified, ctx.lang)}` : t(found.text, ctx.lang);
    return { cause: found.cause, text, ...(found.nextStep ? { nextStep: found.nextStep } : {}) };
  }
  const normal = `${t(fill(D.normal, { domain }), ctx.lang)}\n${t(await dnsNote(state.domain, ctx), ctx.lang)}`;
  return { cause: 'normal', text: normal };
}
