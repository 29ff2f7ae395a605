import { fill, t, type Localized } from '../../src/i18n/localized.ts';
import type { OutboundMessage } from '../../src/conversation/messages.ts';
import { explainFailure } from '../../src/registrar/failure-reasons.ts';
import type { AssociationResult, DomainState } from '../../src/registrar/types.ts';
import { copy } from './copy.ts';
import { choices } from './prompts.ts';
import type { DialogContext } from './context.ts';

/** The registrar's failure reasons, each with what to do about it, and the ways to fix and resubmit. */
export function failureMessage(context: DialogContext): OutboundMessage {
  const lines = context.submission.failReasons.map((reason) => {
    const known = explainFailure(reason);
    return known ? `• ${context.lang === 'zh' ? known.zh : known.en}\n  ${t(known.fix, context.lang)}` : `• ${reason}`;
  });
  return {
    text: [t(copy.profileFailed, context.lang), ...lines, t(copy.profileFailedFix, context.lang)].join('\n'),
    choices: choices(context.lang, [
      { id: 'submit.edit', label: copy.editProfile },
      { id: 'submit.replace_photo', label: copy.replacePhoto },
    ]),
  };
}

type AssociationProgress = { pending: string[]; verified: string[]; messages: OutboundMessage[] };

/** What the association request started: domains now in review, domains already done, refusals explained. */
export function associationProgress(context: DialogContext, results: AssociationResult[]): AssociationProgress {
  const pending: string[] = [];
  const verified: string[] = [];
  const messages: OutboundMessage[] = [];
  for (const result of results) {
    if (result.accepted) pending.push(result.domain);
    else if (result.refusal === 'already_verified') verified.push(result.domain);
    else messages.push({ text: t(fill(copy.associationRejected, { domain: result.domain, reason: result.reason ?? '' }), context.lang) });
  }
  if (pending.length) messages.push({ text: t(fill(copy.associated, { domains: pending.join(', ') }), context.lang) });
  return { pending, verified: [...context.association.verified, ...verified], messages };
}

/** Which pending domains finished, which failed (with the reason) and which are still in review. */
export function domainProgress(context: DialogContext, states: (DomainState | undefined)[]): AssociationProgress {
  const pending: string[] = [];
  const verified = [...context.association.verified];
  const messages: OutboundMessage[] = [];
  context.association.pending.forEach((domain, index) => {
    const state = states[index];
    if (state?.associationStatus === 'SUCCEED' || state?.domainStatus === 'Normal') verified.push(domain);
    else if (state?.associationStatus === 'FAILED') {
      const reason = state.failReasons.at(-1)?.reason ?? '';
      const known = explainFailure(reason);
      const text: Localized = fill(copy.domainFailed, { domain, reason: known ? `${context.lang === 'zh' ? known.zh : known.en}. ${t(known.fix, context.lang)}` : reason });
      messages.push({ text: t(text, context.lang) });
    } else pending.push(domain);
  });
  if (pending.length && !context.quietCheck) messages.push({ text: t(copy.associationInReview, context.lang), choices: choices(context.lang, [{ id: 'status.check', label: copy.checkStatus }]) });
  return { pending, verified, messages };
}
