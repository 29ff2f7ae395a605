import { assign, emit, enqueueActions, raise, setup } from 'xstate';
import { fill, t, type Localized } from '../../src/i18n/localized.ts';
import type { OutboundMessage } from '../../src/conversation/messages.ts';
import { parseDomainList } from '../../src/domain/suffixes.ts';
import type { EmailCodeCheck } from '../../src/domain/email-code.ts';
import { maskValue } from '../../src/domain/profile-summary.ts';
import { initialContext, type DialogContext } from './context.ts';
import type { Command, DialogEvent } from './events.ts';
import { copy, whyByStep } from './copy.ts';
import { actorStubs, type EmailSendOutcome } from './actors.ts';
import type { MergeOutcome, PhotoOutcome } from '../../src/documents/types.ts';
import { checkFieldAnswer, mentionedField, parseEnglishEdit } from './interpret.ts';
import { withProblem } from './problems.ts';
import { openQuestion, pickKind, understand, type Step } from './understand.ts';
import { applyKindChange, applyValues, whyNotStored, type Applied } from './apply-meaning.ts';
import { leadsToNextField, savedAnswers } from './save-answers.ts';
import { interpret } from '../../src/understanding/interpret.ts';
import { understandingCopy } from './understanding-copy.ts';
import { firstConflict, nextMissingField, prefilledProfile, previousField, withAnswer, withPhotos } from './form.ts';
import * as prompts from './prompts.ts';
import { answerIntent } from '../../src/faq/answers.ts';
import { pickedClarification, replyToClarification, replyToQuestion, unsureCandidates } from './clarify.ts';
import type { IntentId } from '../../src/faq/intents.ts';
import { KIND_LABELS, REGISTRANT_KINDS } from '../../src/domain/registrant-kinds.ts';
import { associationProgress, domainProgress, failureMessage } from './review-messages.ts';
import { DOCUMENTS } from '../../src/domain/documents.ts';
import type { AssociationResult, DomainState } from '../../src/registrar/types.ts';

/** Questions answered from the registrar's live data rather than from the guide alone. */
const STATUS_INTENTS: ReadonlySet<IntentId> = new Set(['why_unverified', 'still_inaccessible', 'failure_reason', 'domain_status_meaning']);

const faqContext = (context: DialogContext) => ({ lang: context.lang, ...(context.kind ? { kind: context.kind } : {}), domains: context.domains });

/** The only thing the dialog emits: a message for the user. */
export type SayEvent = { type: 'say'; message: OutboundMessage };

const isCommand = (event: DialogEvent, command: Command) =>
  event.type === 'user.command' && JSON.stringify(event.command) === JSON.stringify(command);
const textOf = (event: DialogEvent) => (event.type === 'user.text' ? event.text : '');
const local = (context: DialogContext, text: Localized, values?: Record<string, string | number>) => prompts.say(context, text, values);
/** The field a "why do you need my …?" names, whether it came as text, a question or the "why" command. */
const whyField = (context: DialogContext, event: DialogEvent) => {
  const text = event.type === 'user.text' || event.type === 'user.question' || event.type === 'user.command' ? event.text : '';
  return context.kind && text ? interpret(text, openQuestion(context, 'field')).why : undefined;
};
/** The domain list a typed text gives. The guards and actions of one transition ask about the same text: parse it once. */
let lastList: ({ text: string } & ReturnType<typeof parseDomainList>) | undefined;
const domainList = (text: string) => (lastList?.text === text ? lastList : (lastList = { text, ...parseDomainList(text) }));
const foundDomains = (context: DialogContext, event: DialogEvent) => understand(context, event, 'kind')?.domains ?? [];
const bullets = (context: DialogContext, items: Localized[]) => items.map((i) => `• ${t(i, context.lang)}`).join('\n');

type Enqueue = { assign(patch: Partial<DialogContext>): void; emit(event: SayEvent): void };
const applied = (enqueue: Enqueue, result: { patch: Partial<DialogContext>; messages: Applied['messages'] }) => {
  enqueue.assign(result.patch);
  for (const message of result.messages) enqueue.emit({ type: 'say', message });
};

/** The verification dialog's vocabulary: typed context and events, named guards, actions and actors. */
export const verificationSetup = setup({
  types: { context: {} as DialogContext, events: {} as DialogEvent, emitted: {} as SayEvent },
  actors: actorStubs,
  guards: {
    isCommand: ({ event }, params: { command: Command }) => isCommand(event, params.command),
    isChoice: ({ event }, params: { id: string }) => event.type === 'user.choice' && event.id === params.id,
    asksForHuman: ({ event }) => event.type === 'user.question' && event.intent === 'human_agent',
    picksOwnDomainStatus: ({ context, event }) => event.type === 'user.choice' && event.id.startsWith('status:') && context.domains.includes(event.id.slice('status:'.length)),
    picksKindForDocuments: ({ event }) => event.type === 'user.choice' && event.id.startsWith('kind:'),
    backToBot: ({ event }) => event.type === 'user.text' && /^(bot|机器人|back to bot|继续)$/i.test(event.text.trim()),
    isResend: ({ event }) => event.type === 'user.text' && /^(resend|send again|重发|重新发送)/i.test(event.text.trim()),
    isTooLarge: ({ event }) => event.type === 'user.upload_failed' && event.reason === 'too_large',
    pickedKind: ({ event }) => pickKind(event) !== undefined,
    gaveDomains: ({ event }) => {
      if (event.type !== 'user.text') return false;
      const parsed = domainList(event.text);
      return parsed.domains.length > 0 && parsed.errors.length === 0;
    },
    domainsFromUrl: ({ event }) => event.type === 'user.text' && domainList(event.text).fromUrls.length > 0,
    mentionsDomains: ({ context, event }) => foundDomains(context, event).length > 0,
    typedChoice: ({ context, event }, params: { step: Step }) => understand(context, event, params.step)?.choice !== undefined,
    gaveValues: ({ context, event }, params: { step: Step }) => understand(context, event, params.step)?.values.some((v) => v.verdict.valid) === true,
    answersAndGoesOn: ({ context, event }, params: { step: Step }) => leadsToNextField(context, event, params.step),
    changesKind: ({ context, event }) => understand(context, event, 'field')?.kindChange === true,
    complains: ({ context, event }) => understand(context, event, 'field')?.complaint === true,
    asksWhyField: ({ context, event }) => whyField(context, event) !== undefined,
    validFieldAnswer: ({ context, event }) => checkFieldAnswer(context, event)?.valid === true,
    profileIncomplete: ({ context }) => nextMissingField(context) !== undefined,
    nextFieldRequested: ({ context }) => context.requested !== undefined && nextMissingField(context) === context.requested,
    hasConflict: ({ context }) => firstConflict(context) !== undefined,
    hasPreviousField: ({ context }) => previousField(context, context.requested) !== undefined,
    mentionsField: ({ context, event }) => mentionedField(context, textOf(event)) !== undefined,
    englishEdit: ({ event }) => event.type === 'user.text' && parseEnglishEdit(event.text) !== undefined,
    emailVerified: ({ context }) => context.email.verifiedAddress !== undefined && context.email.verifiedAddress === context.profile.email,
    codeStillValid: ({ context }) => context.email.record !== undefined && context.email.sentTo === context.profile.email,
    wantsBothSides: ({ context }) => context.photos.bothSides && !!context.photos.front && !context.photos.back,
    hasPhoto: ({ context }) => !!(context.photos.merged ?? context.photos.front),
    hasBothSides: ({ context }) => !!context.photos.front && !!context.photos.back,
    allDomainsVerified: ({ context }) => context.association.pending.length === 0 && context.association.verified.length > 0,
    isStatusQuestion: ({ context, event }) =>
      event.type === 'user.question' && STATUS_INTENTS.has(event.intent) && context.domains.length > 0,
    // While a review is pending, "how long does it take?" is best answered by where this review is now.
    isWaitingQuestion: ({ context, event }) =>
      event.type === 'user.question' && (STATUS_INTENTS.has(event.intent) || event.intent === 'review_time') && context.domains.length > 0,
    tooManyFailures: ({ context }) => context.failures >= 3,
    isUnsureQuestion: ({ context, event }) => unsureCandidates(context, event) !== undefined,
    picksClarification: ({ event }) => pickedClarification(event) !== undefined && pickedClarification(event) !== 'human_agent',
    picksHumanInClarification: ({ event }) => pickedClarification(event) === 'human_agent',
  },
  actions: {
    say: emit(({ context }, params: { text: Localized; values?: Record<string, string | number> }) => ({
      type: 'say' as const, message: local(context, params.text, params.values),
    })),
    sayTyping: emit(({ context }) => ({ type: 'say' as const, message: { text: t(copy.submitting, context.lang), typing: true } })),
    sayWhy: emit(({ context, event, self }) => {
      const step = (self.getSnapshot() as { value?: { flow?: string } }).value?.flow ?? '';
      const field = prompts.fieldSpec(context, whyField(context, event)) ?? (step === 'collectingProfile' ? prompts.requestedField(context) : undefined);
      return { type: 'say' as const, message: local(context, field?.why ?? whyByStep[step as keyof typeof whyByStep] ?? whyByStep.other) };
    }),
    raiseTypedChoice: raise(({ context, event }, params: { step: Step }) => ({ type: 'user.choice' as const, id: understand(context, event, params.step)?.choice ?? '' })),
    // Most messages keep the language: assigning anyway would copy the context and the snapshot for nothing.
    followLanguage: enqueueActions(({ context, event, enqueue }, params: { step: Step }) => {
      const lang = understand(context, event, params.step)?.lang;
      if (lang && lang !== context.lang) enqueue.assign({ lang });
    }),
    saveValues: enqueueActions(({ context, event, enqueue }, params: { step: Step }) => {
      const meaning = understand(context, event, params.step);
      if (meaning) applied(enqueue, applyValues(context, meaning));
    }),
    // What saveValues does, with the field asked next set in the same assignment: on the way to answerSaved that step
    // usually goes on without copying the context again (nextFieldRequested); on the direct way back to
    // collectingProfile (answersAndGoesOn) it is the question asked next.
    saveAnswers: enqueueActions(({ context, event, enqueue }, params: { step: Step }) => {
      const saved = savedAnswers(context, event, params.step);
      if (saved) applied(enqueue, saved);
    }),
    changeKind: enqueueActions(({ context, event, enqueue }) => {
      const kind = understand(context, event, 'field')?.kind;
      if (kind) applied(enqueue, applyKindChange(context, kind));
    }),
    sayWhyField: emit(({ context, event }) => {
      const field = whyField(context, event);
      const spec = prompts.fieldSpec(context, field);
      return { type: 'say' as const, message: local(context, spec?.why ?? whyByStep.other) };
    }),
    sayComplaintHelp: emit(({ context }) => ({
      type: 'say' as const,
      message: { text: t(understandingCopy.complaint, context.lang), choices: prompts.choices(context.lang, [{ id: 'human.request', label: copy.talkToHuman }]) },
    })),
    confirmDomainsFromUrl: emit(({ context }) => ({
      type: 'say' as const,
      message: {
        text: t(fill(understandingCopy.domainsFromUrl, { domains: context.domains.join(', ') }), context.lang),
        choices: prompts.choices(context.lang, [
          { id: 'domains.url_yes', label: understandingCopy.domainsFromUrlYes }, { id: 'domains.url_no', label: understandingCopy.domainsFromUrlNo },
        ]),
      },
    })),
    askKind: emit(({ context }) => ({ type: 'say' as const, message: prompts.askKind(context) })),
    showChecklist: emit(({ context }) => ({ type: 'say' as const, message: prompts.showChecklist(context) })),
    askField: emit(({ context }) => ({ type: 'say' as const, message: prompts.askField(context) })),
    showEnglish: emit(({ context }) => ({ type: 'say' as const, message: prompts.showEnglish(context) })),
    showSummary: emit(({ context }) => ({ type: 'say' as const, message: prompts.showSummary(context) })),
    askPhoto: emit(({ context }) => ({ type: 'say' as const, message: prompts.askPhoto(context) })),
    askSubmit: emit(({ context }) => ({ type: 'say' as const, message: prompts.askSubmit(context) })),
    confirmRestart: emit(({ context }) => ({ type: 'say' as const, message: prompts.confirmRestart(context) })),
    rememberConversation: assign({ conversationId: ({ context, event }) => event.conversationId ?? context.conversationId }),
    detectLanguage: assign({ lang: ({ context, event }) => (isCommand(event, { lang: 'zh' }) ? 'zh' : isCommand(event, { lang: 'en' }) ? 'en' : event.lang ?? context.lang) }),
    setLanguage: assign({ lang: ({ context, event }) => (event.type === 'user.command' && typeof event.command === 'object' ? event.command.lang : context.lang) }),
    saveKind: enqueueActions(({ context, event, enqueue }) => {
      const kind = pickKind(event)!;
      enqueue.assign({ kind, profile: prefilledProfile(kind), englishEdits: {}, failures: 0 });
      if (event.type === 'user.text') enqueue.emit({ type: 'say', message: local(context, copy.kindSaved, { kind: t(KIND_LABELS[kind], context.lang) }) });
    }),
    saveDomains: assign({ domains: ({ event }) => domainList(textOf(event)).domains, failures: 0 }),
    forgetDomains: assign({ domains: [] }),
    saveFoundDomains: assign({ domains: ({ context, event }) => foundDomains(context, event), failures: 0 }),
    addDomains: assign({ domains: ({ context, event }) => [...new Set([...context.domains, ...domainList(textOf(event)).domains])] }),
    sayDomainErrors: emit(({ context, event }) => {
      const { errors } = domainList(textOf(event));
      const lines = errors.map((e) => `• ${e.input}: ${t(e.error.message, context.lang)}`).join('\n');
      return { type: 'say' as const, message: { text: `${t(copy.domainsInvalid, context.lang)}\n${lines}\n${t(copy.domainsAgain, context.lang)}`.replace(/\n\n/g, '\n') } };
    }),
    requestNextField: assign({ requested: ({ context }) => nextMissingField(context) }),
    requestPreviousField: assign({ requested: ({ context }) => previousField(context, context.requested), editing: false }),
    requestMentionedField: assign({ requested: ({ context, event }) => mentionedField(context, textOf(event)), editing: true }),
    saveField: enqueueActions(({ context, event, enqueue }) => {
      const verdict = checkFieldAnswer(context, event);
      if (!verdict?.valid || !context.requested) return;
      enqueue.assign({ ...withAnswer(context, context.requested, verdict.normalized), failures: 0 });
      for (const warning of verdict.warnings) enqueue.emit({ type: 'say', message: local(context, warning.message) });
    }),
    sayFieldError: emit(({ context, event }) => {
      const verdict = event.type === 'user.choice' ? checkFieldAnswer(context, event) : undefined;
      const message = verdict && !verdict.valid ? verdict.error.message : whyNotStored(context, understand(context, event, 'field'));
      return { type: 'say' as const, message: local(context, message) };
    }),
    resolveConflict: enqueueActions(({ context, enqueue }) => {
      const conflict = firstConflict(context);
      if (!conflict) return;
      const profile = { ...context.profile };
      delete profile[conflict.field];
      enqueue.assign({ profile, requested: conflict.field, editing: true });
      enqueue.emit({ type: 'say', message: local(context, { en: `${copy.crossFieldProblem.en} ${conflict.issue.message.en}`, zh: `${copy.crossFieldProblem.zh}${conflict.issue.message.zh}` }) });
    }),
    requestEmailField: assign({ requested: 'email' as const, editing: true }),
    stopEditing: assign({ editing: false, requested: undefined }),
    editEnglish: assign({
      englishEdits: ({ context, event }) => {
        const edit = parseEnglishEdit(textOf(event));
        return edit ? { ...context.englishEdits, [edit.key]: edit.value } : context.englishEdits;
      },
    }),
    countFailure: assign({ failures: ({ context }) => context.failures + 1, problems: ({ context, event }) => withProblem(context, event) }),
    resetFailures: assign({ failures: 0 }),
    offerHelp: emit(({ context }) => ({ type: 'say' as const, message: prompts.offerHelp(context) })),
    // The registrar refused the submission: retrying is the user's first move, a person the second (queued as "registrar").
    offerHumanAfterRegistrarFailure: emit(({ context }) => ({ type: 'say' as const, message: {
      text: t(copy.submitFailed, context.lang), choices: prompts.choices(context.lang, [{ id: 'human.registrar', label: copy.talkToHuman }]),
    } })),
    saveEmailSent: enqueueActions(({ context, enqueue }, params: { outcome: EmailSendOutcome }) => {
      const { outcome } = params;
      if (outcome.ok) {
        enqueue.assign({ email: { ...context.email, record: outcome.record, sentTo: context.profile.email } });
        enqueue.emit({ type: 'say', message: local(context, copy.emailSent, { email: maskValue('email', context.profile.email ?? '') }) });
      } else {
        const text = outcome.reason === 'too_soon' ? fill(copy.emailTooSoon, { seconds: outcome.retryInSeconds }) : copy.emailResendLimit;
        enqueue.emit({ type: 'say', message: local(context, text) });
      }
    }),
    markEmailVerified: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ email: { verifiedAddress: context.profile.email }, failures: 0 });
      enqueue.emit({ type: 'say', message: local(context, copy.emailVerified) });
    }),
    sayEmailCodeProblem: enqueueActions(({ context, enqueue }, params: { check: EmailCodeCheck }) => {
      const { check } = params;
      if (check.ok) return;
      enqueue.assign({ email: { ...context.email, record: check.record }, failures: context.failures + 1 });
      const text = check.reason === 'wrong' ? fill(copy.emailWrong, { left: check.attemptsLeft })
        : check.reason === 'expired' ? copy.emailExpired : check.reason === 'locked' ? copy.emailLocked : copy.emailMalformed;
      const resend = check.reason === 'expired' || check.reason === 'locked' ? [{ id: 'email.resend', label: copy.emailResend }] : [];
      enqueue.emit({ type: 'say', message: { text: t(text, context.lang), choices: prompts.choices(context.lang, [...resend, { id: 'email.change', label: copy.emailChange }]) } });
    }),
    savePhotos: enqueueActions(({ context, enqueue }, params: { outcomes: PhotoOutcome[] }) => {
      enqueue.assign({ photos: withPhotos(context.photos, params.outcomes.flatMap((o) => (o.ok ? [o.photo] : []))), failures: 0 });
      for (const outcome of params.outcomes) {
        if (!outcome.ok) continue;
        const notes = [...outcome.fixed, ...outcome.warnings];
        enqueue.emit({ type: 'say', message: { text: [t(copy.photoAccepted, context.lang), bullets(context, notes)].filter(Boolean).join('\n') } });
      }
    }),
    sayPhotoProblems: emit(({ context }, params: { outcomes: PhotoOutcome[] }) => {
      const problems = params.outcomes.flatMap((o) => (o.ok ? [] : o.problems));
      return { type: 'say' as const, message: { text: `${t(copy.photoRejected, context.lang)}\n${bullets(context, problems)}\n${t(copy.photoRetake, context.lang)}` } };
    }),
    saveMerged: enqueueActions(({ context, enqueue }, params: { outcome: MergeOutcome }) => {
      if (!params.outcome.ok) return;
      enqueue.assign({ photos: { ...context.photos, merged: params.outcome.photo } });
      enqueue.emit({ type: 'say', message: { text: t(copy.mergedPreview, context.lang), image: { ...params.outcome.preview, name: 'id-card-merged.jpg' } } });
    }),
    dropBackSide: assign({ photos: ({ context }) => ({ front: context.photos.front, bothSides: true }) }),
    wantBothSides: assign({ photos: ({ context }) => ({ ...context.photos, bothSides: true }) }),
    clearPhotos: assign({ photos: { bothSides: false } }),
    markUserCheck: assign({ quietCheck: false }),
    markQuietCheck: assign({ quietCheck: true }),
    saveSubmission: enqueueActions(({ context, enqueue }, params: { profileId: string }) => {
      enqueue.assign({ submission: { ...context.submission, profileId: params.profileId, status: 'AUDITING', failReasons: [], attempts: context.submission.attempts + 1 }, quietCheck: true });
      enqueue.emit({ type: 'say', message: { text: t(copy.submitted, context.lang), choices: prompts.choices(context.lang, [{ id: 'status.check', label: copy.checkStatus }]) } });
    }),
    sayReviewState: enqueueActions(({ context, enqueue }) => {
      if (context.quietCheck) return;
      enqueue.emit({ type: 'say', message: { text: t(copy.stillInReview, context.lang), choices: prompts.choices(context.lang, [{ id: 'status.check', label: copy.checkStatus }]) } });
    }),
    markProfileVerified: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ submission: { ...context.submission, status: 'SUCCEED' } });
      enqueue.emit({ type: 'say', message: local(context, copy.profileVerified, { domains: context.domains.join(', ') }) });
    }),
    saveFailure: assign({
      submission: ({ context }, params: { reasons: string[] }) => ({ ...context.submission, status: 'FAILED', failReasons: params.reasons }),
      photos: ({ context }) => ({ ...context.photos, bothSides: DOCUMENTS[prompts.chosenDocument(context)].sides === 'photo_side' }),
    }),
    explainFailure: emit(({ context }) => ({ type: 'say' as const, message: failureMessage(context) })),
    sayRegistrarUnavailable: emit(({ context }) => ({ type: 'say' as const, message: local(context, copy.registrarUnavailable) })),
    saveAssociation: enqueueActions(({ context, enqueue }, params: { result: { taskNo: string; results: AssociationResult[] } }) => {
      const progress = associationProgress(context, params.result.results);
      enqueue.assign({ association: { taskNo: params.result.taskNo, pending: progress.pending, verified: progress.verified }, quietCheck: true });
      for (const message of progress.messages) enqueue.emit({ type: 'say', message });
    }),
    saveDomainStates: enqueueActions(({ context, enqueue }, params: { states: (DomainState | undefined)[] }) => {
      const progress = domainProgress(context, params.states);
      enqueue.assign({ association: { ...context.association, pending: progress.pending, verified: progress.verified } });
      for (const message of progress.messages) enqueue.emit({ type: 'say', message });
    }),
    sayAllVerified: emit(({ context }) => ({ type: 'say' as const, message: local(context, copy.allVerified, { domains: context.association.verified.join(', ') }) })),
    answerQuestion: enqueueActions(({ context, event, enqueue }) => {
      const reply = replyToQuestion(context, event);
      if (reply.remember) enqueue.assign(reply.remember);
      enqueue.emit({ type: 'say', message: reply.message });
    }),
    answerClarification: enqueueActions(({ context, event, enqueue }) => {
      const reply = replyToClarification(context, event);
      if (reply.remember) enqueue.assign(reply.remember);
      enqueue.emit({ type: 'say', message: reply.message });
    }),
    answerDocumentsFor: emit(({ context, event }) => {
      const kind = REGISTRANT_KINDS.find((k) => event.type === 'user.choice' && event.id === `kind:${k}`);
      return { type: 'say' as const, message: answerIntent('required_documents', { ...faqContext(context), ...(kind ? { kind } : {}) }) };
    }),
    sayLines: enqueueActions(({ enqueue }, params: { lines: string[] }) => {
      for (const text of params.lines) enqueue.emit({ type: 'say', message: { text } });
    }),
    reset: assign(({ context }) => ({ ...initialContext(context.lang), conversationId: context.conversationId })),
  },
});
