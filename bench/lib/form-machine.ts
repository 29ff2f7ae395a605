import { assign, emit, not, setup } from 'xstate';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';

/** The one event the benchmark form understands. */
export type FormEvent = { type: 'user.text'; text: string };

type Field = { key: string; ask: string; valid: RegExp; problem: string };

/** Eight registrant-profile-like text steps, each validated by its guard and re-asked with a specific message. */
export const FIELDS: readonly Field[] = [
  { key: 'fullName', ask: 'What is the registrant’s full name? 注册人姓名？', valid: /^\S.{1,63}$/u, problem: 'Please give the full name.' },
  { key: 'email', ask: 'Your email address? 电子邮箱？', valid: /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, problem: 'That is not an email, e.g. ana@example.com.' },
  { key: 'phone', ask: 'Your mobile number? 手机号码？', valid: /^\+?\d[\d -]{6,18}$/, problem: 'Please use digits, e.g. +86 138 0013 8000.' },
  { key: 'idNumber', ask: 'Your ID number? 证件号码？', valid: /^\d{17}[\dX]$/, problem: 'An ID number has 18 characters.' },
  { key: 'province', ask: 'Province? 省份？', valid: /^\S.{1,31}$/u, problem: 'Please name the province.' },
  { key: 'city', ask: 'City? 城市？', valid: /^\S.{1,31}$/u, problem: 'Please name the city.' },
  { key: 'address', ask: 'Street address? 通讯地址？', valid: /^\S.{3,127}$/u, problem: 'Please give the street address.' },
  { key: 'postcode', ask: 'Postcode? 邮编？', valid: /^\d{6}$/, problem: 'A postcode has 6 digits.' },
];

type Context = { step: number; answers: Record<string, string>; failures: number };

/** A form dialog shaped like the real one: greets, asks eight fields, re-prompts on a bad answer, then summarises. */
export const formMachine = setup({
  types: { context: {} as Context, events: {} as FormEvent, emitted: {} as { type: 'say'; message: OutboundMessage } },
  guards: {
    isValidAnswer: ({ context, event }) => FIELDS[context.step]?.valid.test(event.text.trim()) ?? false,
    isLastField: ({ context }) => context.step === FIELDS.length - 1,
  },
  actions: {
    askCurrent: emit(({ context }) => ({ type: 'say' as const, message: { text: FIELDS[context.step]?.ask ?? '' } })),
    sayProblem: emit(({ context }) => ({ type: 'say' as const, message: { text: FIELDS[context.step]?.problem ?? '' } })),
    saveAnswer: assign(({ context, event }) => ({
      answers: { ...context.answers, [FIELDS[context.step]?.key ?? '']: event.text.trim() },
      step: context.step + 1,
    })),
    countFailure: assign({ failures: ({ context }) => context.failures + 1 }),
    saySummary: emit(({ context }) => ({
      type: 'say' as const,
      message: { text: 'Please check your details.', summary: FIELDS.map((f) => ({ field: f.key, label: f.key, value: context.answers[f.key] ?? '' })) },
    })),
  },
}).createMachine({
  id: 'bench-form',
  initial: 'greeting',
  context: { step: 0, answers: {}, failures: 0 },
  states: {
    greeting: { on: { 'user.text': { target: 'askingField', actions: 'askCurrent' } } },
    askingField: {
      on: {
        'user.text': [
          { guard: not('isValidAnswer'), actions: ['countFailure', 'sayProblem'] },
          { guard: 'isLastField', actions: 'saveAnswer', target: 'confirming' },
          { actions: ['saveAnswer', 'askCurrent'] },
        ],
      },
    },
    confirming: { entry: 'saySummary', on: { 'user.text': { target: 'greeting' } } },
  },
});

/** The ten texts of conversation `n`: a greeting, eight answers, and one bad answer before the email. */
export function formScript(n: number): string[] {
  const answers = [`Wang Xiaoming ${n}`, 'not-an-email', `user${n}@example.cn`, '+86 138 0013 8000', `11010519491231${String(n % 1000).padStart(3, '0')}X`,
    '北京市', '北京', `朝阳区建国路 ${n} 号`, '100020'];
  return ['hello', ...answers];
}

/** Wraps a text as the inbound message a channel adapter would produce. */
export const toMessage = (conversationId: string, id: string, text: string): InboundMessage =>
  ({ id, channel: 'terminal', conversationId, userId: conversationId, text });
