import { fill, t, type Localized } from '../../../src/i18n/localized.ts';
import { profileFields } from '../../../src/domain/profile-fields.ts';
import { GOTO_STEPS, type GotoStep, type HandoffReason } from '../../../src/handoff/types.ts';
import { verificationSetup } from '../setup.ts';
import { copy } from '../copy.ts';
import { handoffCopy } from '../handoff-copy.ts';
import { handoffSummary } from '../handoff-summary.ts';
import { emailCodeInput, nextMissingField, withAnswer } from '../form.ts';
import { chosenDocument, choices } from '../prompts.ts';
import type { DialogContext } from '../context.ts';
import type { DialogEvent } from '../events.ts';

const { createStateConfig, assign, emit, enqueueActions } = verificationSetup;

const CANCEL = /^(bot|机器人|back to bot|继续|never ?mind|cancel|算了|取消|不用了|继续和机器人聊|go on with the bot)[.!。！]?$/i;
const sayText = (context: DialogContext, text: Localized, values?: Record<string, string | number>) =>
  ({ type: 'say' as const, message: { text: t(values ? fill(text, values) : text, context.lang) } });
const idOf = (context: DialogContext, event: DialogEvent) => context.conversationId ?? event.conversationId ?? '';
const textOfAny = (event: DialogEvent) =>
  'text' in event && typeof event.text === 'string' ? event.text : event.type === 'user.choice' ? `[${event.id}]` : '';

/** The field an agent's correction names, validated by the form's own validator; undefined when it does not fit. */
function agentCorrection(context: DialogContext, event: DialogEvent) {
  if (event.type !== 'agent.field.set' || !context.kind) return undefined;
  const spec = profileFields(context.kind, context.profile).find((f) => f.id === event.field);
  const verdict = spec?.validate(event.value, context.profile);
  return spec && verdict?.valid ? { spec, normalized: verdict.normalized } : undefined;
}

/** Remembers why and from which step a person was asked for (read before the flow is left). */
export const rememberHandoff = (reason: HandoffReason) => assign({
  handoff: ({ self }) => ({ reason, step: (self.getSnapshot() as { value?: { flow?: string } }).value?.flow ?? 'unknown' }),
});

/** A global transition that asks for a person. */
export const toHuman = (reason: HandoffReason) => ({ actions: rememberHandoff(reason), target: '.handingOff' }) as const;

const clearHandoff = assign({ handoff: undefined, failures: 0, requested: ({ context }) =>
  context.handoff?.resumeAt === 'collectingProfile' ? nextMissingField(context) ?? context.requested : context.requested });

/**
 * Handoff to a person: the request (queue place, support hours), messages and photos relayed while waiting or with an
 * agent (photos still checked at once), the agent's actions, and the way back — the agent's release or the user's
 * "bot" — resuming where the dialog was (or where the agent moved it) and re-asking its question.
 */
export const handoffStates = {
  handingOff: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'requestHuman',
      input: ({ context }) => ({ ...handoffSummary(context), reason: context.handoff?.reason ?? 'asked', step: context.handoff?.step ?? 'unknown' }),
      onDone: [
        {
          guard: ({ event }) => event.output.opensAt !== undefined,
          actions: [
            { type: 'say', params: ({ event }) => ({ text: handoffCopy.requested, values: { position: event.output.position } }) },
            { type: 'say', params: ({ event }) => ({ text: handoffCopy.closedNow, values: { hours: event.output.hours ?? '', opensAt: event.output.opensAt ?? '' } }) },
          ],
          target: 'withAgent',
        },
        { actions: { type: 'say', params: ({ event }) => ({ text: handoffCopy.requested, values: { position: event.output.position } }) }, target: 'withAgent' },
      ],
      onError: { actions: { type: 'say', params: { text: handoffCopy.unavailable } }, target: 'flow.hist', reenter: true },
    },
  }),
  withAgent: createStateConfig({
    on: {
      'user.text': [{ guard: ({ event }) => CANCEL.test(event.text.trim()), target: 'leavingAgent' }, { target: 'relayingToAgent' }],
      'user.command': { target: 'relayingToAgent' },
      'user.question': { target: 'relayingToAgent' },
      'user.choice': [
        { guard: { type: 'isChoice', params: { id: 'handoff.bot' } }, target: 'leavingAgent' },
        { guard: { type: 'isChoice', params: { id: 'handoff.keep' } }, actions: { type: 'say', params: { text: handoffCopy.waiting } } },
        { guard: { type: 'isChoice', params: { id: 'handoff.leave' } }, actions: { type: 'say', params: { text: handoffCopy.writeMessage } } },
        { target: 'relayingToAgent' },
      ],
      'user.upload': { target: 'checkingAgentPhoto' },
      'user.upload_failed': { actions: { type: 'say', params: { text: copy.uploadUnreachable } } },
      'agent.release': [
        {
          guard: ({ event }) => !!event.note,
          actions: [{ type: 'say', params: { text: handoffCopy.backFromAgent } }, { type: 'say', params: ({ event }) => ({ text: handoffCopy.agentNote, values: { note: event.note ?? '' } }) }],
          target: 'returningToBot',
        },
        { actions: { type: 'say', params: { text: handoffCopy.backFromAgent } }, target: 'returningToBot' },
      ],
      'agent.photo.accept': { target: 'acceptingAgentPhoto' },
      'agent.field.set': {
        guard: ({ context, event }) => agentCorrection(context, event) !== undefined,
        actions: enqueueActions(({ context, event, enqueue }) => {
          const { spec, normalized } = agentCorrection(context, event)!;
          enqueue.assign({ ...withAnswer(context, spec.id, normalized), ...(context.requested === spec.id && context.handoff ? { handoff: { ...context.handoff, resumeAt: 'answerSaved' as const } } : {}) });
          enqueue.emit(sayText(context, handoffCopy.fieldCorrected, { field: t(spec.label, context.lang) }));
        }),
      },
      'agent.email.resend': { guard: ({ context }) => !!context.profile.email, target: 'resendingEmailForAgent' },
      'agent.goto': {
        guard: ({ event }) => (GOTO_STEPS as readonly string[]).includes(event.step),
        actions: assign({ handoff: ({ context, event }) => ({ ...context.handoff ?? { reason: 'asked' as const, step: 'unknown' }, resumeAt: (event.type === 'agent.goto' ? event.step : undefined) as GotoStep }) }),
      },
      'agent.cancelled': { actions: { type: 'say', params: { text: handoffCopy.requestClosed } }, target: 'returningToBot' },
      'handoff.wait_expired': {
        actions: emit(({ context }) => ({ type: 'say' as const, message: { text: t(handoffCopy.waitExpired, context.lang), choices: choices(context.lang, [
          { id: 'handoff.keep', label: handoffCopy.keepWaiting }, { id: 'handoff.leave', label: handoffCopy.leaveMessage }, { id: 'handoff.bot', label: handoffCopy.goOnWithBot },
        ]) } })),
      },
      'system.poll': {},
    },
  }),
  relayingToAgent: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'relayToAgent',
      input: ({ context, event }) => ({ conversationId: idOf(context, event), text: textOfAny(event) }),
      onDone: [
        { guard: ({ event }) => event.output.state === 'gone', actions: { type: 'say', params: { text: handoffCopy.requestClosed } }, target: 'returningToBot' },
        { guard: ({ event }) => event.output.state === 'waiting', actions: { type: 'say', params: ({ event }) => ({ text: handoffCopy.stillWaiting, values: { position: event.output.position ?? 1 } }) }, target: 'withAgent' },
        { target: 'withAgent' },
      ],
      onError: { actions: { type: 'say', params: { text: handoffCopy.relayFailed } }, target: 'withAgent' },
    },
  }),
  checkingAgentPhoto: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'checkPhotoForAgent',
      input: ({ context, event }) => ({ conversationId: idOf(context, event), uploads: event.type === 'user.upload' ? event.uploads.slice(0, 2) : [], document: chosenDocument(context) }),
      onDone: [
        {
          guard: ({ event }) => event.output.length > 0 && event.output.every((o) => o.ok),
          actions: [{ type: 'savePhotos', params: ({ event }) => ({ outcomes: event.output }) }, { type: 'say', params: { text: handoffCopy.photoSeen } }],
          target: 'withAgent',
        },
        { actions: [{ type: 'sayPhotoProblems', params: ({ event }) => ({ outcomes: event.output }) }, { type: 'say', params: { text: handoffCopy.photoSeen } }], target: 'withAgent' },
      ],
      onError: { actions: { type: 'say', params: { text: copy.photoUnreadable } }, target: 'withAgent' },
    },
  }),
  acceptingAgentPhoto: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'acceptHeldPhoto',
      input: ({ event }) => (event.type === 'agent.photo.accept' ? { blobId: event.blobId, reason: event.reason } : { blobId: '', reason: '' }),
      onDone: [
        {
          guard: ({ event }) => event.output !== undefined,
          actions: [{ type: 'savePhotos', params: ({ event }) => ({ outcomes: [{ ok: true as const, photo: event.output!, warnings: [], fixed: [] }] }) }, { type: 'say', params: { text: handoffCopy.photoAcceptedByAgent } }],
          target: 'withAgent',
        },
        { actions: { type: 'say', params: { text: handoffCopy.photoNotAccepted } }, target: 'withAgent' },
      ],
      onError: { actions: { type: 'say', params: { text: handoffCopy.photoNotAccepted } }, target: 'withAgent' },
    },
  }),
  resendingEmailForAgent: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'sendEmailCode',
      input: ({ context }) => emailCodeInput(context),
      onDone: { actions: { type: 'saveEmailSent', params: ({ event }) => ({ outcome: event.output }) }, target: 'withAgent' },
      onError: { actions: { type: 'say', params: { text: copy.emailFailed } }, target: 'withAgent' },
    },
  }),
  leavingAgent: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'leaveHandoff',
      input: ({ context, event }) => ({ conversationId: idOf(context, event) }),
      onDone: { actions: { type: 'say', params: { text: copy.backToBot } }, target: 'returningToBot' },
      onError: { actions: { type: 'say', params: { text: copy.backToBot } }, target: 'returningToBot' },
    },
  }),
  returningToBot: createStateConfig({
    always: [
      ...GOTO_STEPS.map((step) => ({ guard: ({ context }: { context: DialogContext }) => context.handoff?.resumeAt === step, actions: clearHandoff, target: `#verification.flow.${step}` })),
      { guard: ({ context }) => context.handoff?.resumeAt === 'answerSaved', actions: clearHandoff, target: '#verification.flow.answerSaved' },
      { actions: clearHandoff, target: '#verification.flow.hist', reenter: true },
    ],
  }),
};
