import { and, not } from 'xstate';
import { verificationSetup } from '../setup.ts';
import { copy } from '../copy.ts';
import { back, offerHelpAfterFailures, typedButton, understood } from '../transitions.ts';
import { emailCodeInput } from '../form.ts';

const { createStateConfig } = verificationSetup;

/** Email verification: a 6-digit code, 10 minutes, 5 tries, resend. Skipped when this address is already verified. */
export const emailStates = {
  verifyingEmail: createStateConfig({
    always: [
      { guard: and(['emailVerified', 'hasPhoto', not('wantsBothSides')]), target: 'confirmingSubmission' },
      { guard: 'emailVerified', target: 'collectingDocuments' },
      { guard: 'codeStillValid', target: 'awaitingEmailCode' },
      { target: 'sendingEmailCode' },
    ],
  }),
  sendingEmailCode: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'sendEmailCode',
      input: ({ context }) => emailCodeInput(context),
      onDone: { actions: { type: 'saveEmailSent', params: ({ event }) => ({ outcome: event.output }) }, target: 'awaitingEmailCode' },
      onError: { actions: { type: 'say', params: { text: copy.emailFailed } }, target: 'confirmingProfile' },
    },
  }),
  awaitingEmailCode: createStateConfig({
    on: {
      'user.command': back('confirmingProfile'),
      'user.text': [
        typedButton('emailCode'),
        { guard: 'isResend', actions: understood('emailCode'), target: 'sendingEmailCode' },
        { actions: understood('emailCode'), target: 'checkingEmailCode' },
      ],
      'user.choice': [
        { guard: { type: 'isChoice', params: { id: 'email.resend' } }, target: 'sendingEmailCode' },
        { guard: { type: 'isChoice', params: { id: 'email.change' } }, actions: 'requestEmailField', target: 'collectingProfile' },
      ],
    },
  }),
  checkingEmailCode: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'verifyEmailCode',
      input: ({ context, event }) => ({ record: context.email.record!, input: event.type === 'user.text' ? event.text : '' }),
      onDone: [
        { guard: ({ event }) => event.output.ok, actions: 'markEmailVerified', target: 'collectingDocuments' },
        { actions: { type: 'sayEmailCodeProblem', params: ({ event }) => ({ check: event.output }) }, target: 'emailCodeRejected' },
      ],
      onError: { actions: { type: 'say', params: { text: copy.emailFailed } }, target: 'awaitingEmailCode' },
    },
  }),
  emailCodeRejected: createStateConfig({
    always: [{ ...offerHelpAfterFailures, target: 'awaitingEmailCode' }, { target: 'awaitingEmailCode' }],
  }),
};
