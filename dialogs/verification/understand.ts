import { interpret, type Meaning, type OpenQuestion } from '../../src/understanding/interpret.ts';
import { foldText } from '../../src/understanding/fold.ts';
import { readKind } from '../../src/understanding/kinds.ts';
import { profileFields } from '../../src/domain/profile-fields.ts';
import { REGISTRANT_KINDS, type RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import type { OnScreen } from '../../src/understanding/typed-choice.ts';
import type { DialogContext } from './context.ts';
import type { DialogEvent } from './events.ts';
import { copy } from './copy.ts';
import { understandingCopy } from './understanding-copy.ts';
import { mismatchCopy } from './mismatch-copy.ts';

/** The steps whose typed answers the interpreter reads. */
export type Step = OpenQuestion['step'];

// The words people type for the buttons after the summary, besides their labels.
const PHOTO_WORDS = ['new photo', 'another photo', 'different photo', 'retake', 'send another', 'take another', '换照片', '换一张', '重拍', '重新拍', '重新上传', '换张照片', '再拍一张'];
const SUBMIT = { id: 'submit.now', label: copy.submitNow, also: ['submit', 'send', 'send it', 'submit it', 'go ahead and submit', '提交', '确认提交', '提交吧', '发送', '可以提交', '马上提交', '现在提交'] };
const ADD_BACK = { id: 'submit.add_back', label: copy.addBackSide, also: ['add the back', 'add back side', 'add the other side', 'back side', 'other side', '补充反面', '加反面', '反面', '另一面', '补充另一面', '国徽面'] };
const REPLACE_PHOTO = { id: 'submit.replace_photo', label: copy.replacePhoto, also: PHOTO_WORDS };
const EDIT_PROFILE = { id: 'submit.edit', label: copy.editProfile, also: ['change profile', 'edit profile', 'edit the profile', 'change my profile', 'fix the profile', 'change my details', '修改', '改信息', '修改资料', '改一下信息', '修改个人信息'] };
const RESEND = { id: 'email.resend', label: copy.emailResend, also: ['resend', 'resend code', 'resend the code', 'new code', 'send a new code', 'send again', 'send the code again', "didn't get it", 'did not get it', '重发', '重新发送', '再发一次', '重发验证码', '没收到', '没有收到'] };
const CHANGE_EMAIL = { id: 'email.change', label: copy.emailChange, also: ['change email', 'change my email', 'different email', 'another email', 'wrong email', '换邮箱', '改邮箱', '修改邮箱', '换个邮箱', '邮箱错了'] };

/** The buttons each step shows, and which of them a typed "yes" or "no" means. */
const SCREENS: Partial<Record<Step, OnScreen>> = {
  domainsFromUrl: {
    choices: [{ id: 'domains.url_yes', label: understandingCopy.domainsFromUrlYes }, { id: 'domains.url_no', label: understandingCopy.domainsFromUrlNo }],
    yes: 'domains.url_yes', no: 'domains.url_no',
  },
  checklist: { choices: [{ id: 'checklist.ready', label: copy.checklistReady }], yes: 'checklist.ready' },
  english: { choices: [{ id: 'english.accept', label: copy.englishAccept }], yes: 'english.accept' },
  summary: { choices: [{ id: 'summary.confirm', label: copy.summaryConfirm }, { id: 'summary.edit', label: copy.summaryEdit }], yes: 'summary.confirm', no: 'summary.edit' },
  restart: { choices: [{ id: 'restart.yes', label: copy.restartYes }, { id: 'restart.no', label: copy.restartNo }], yes: 'restart.yes', no: 'restart.no' },
  emailCode: { choices: [RESEND, CHANGE_EMAIL] },
  submit: { choices: [SUBMIT, ADD_BACK, REPLACE_PHOTO, EDIT_PROFILE], yes: 'submit.now' },
  reviewFailed: { choices: [EDIT_PROFILE, REPLACE_PHOTO] },
  mismatch: {
    choices: [
      { id: 'mismatch.use_card', label: mismatchCopy.useCard, also: ['use the card', "use the card's", 'use the card value', 'use the card values', 'card is right', '用证件上的', '按证件', '以证件为准', '用证件的', '证件上的对'] },
      { id: 'mismatch.new_photo', label: mismatchCopy.newPhoto, also: PHOTO_WORDS },
    ],
  },
};

/** The open question at `step`, as the interpreter needs it. */
export function openQuestion(context: DialogContext, step: Step): OpenQuestion {
  const fields = context.kind ? profileFields(context.kind, context.profile) : [];
  const screen = SCREENS[step];
  return {
    step, fields, profile: context.profile, ...(context.kind ? { kind: context.kind } : {}),
    ...(step === 'field' && context.requested ? { field: context.requested } : {}), ...(screen ? { screen } : {}),
  };
}

const READ = new WeakMap<DialogEvent, Map<Step, { context: DialogContext; meaning: Meaning }>>();

/** What a typed message means at `step`; undefined for anything but typed text. */
export function understand(context: DialogContext, event: DialogEvent, step: Step): Meaning | undefined {
  if (event.type !== 'user.text') return undefined;
  // Every guard of a transition asks about the same event and context: read the message once per step.
  const cached = READ.get(event)?.get(step);
  if (cached?.context === context) return cached.meaning;
  const meaning = interpret(event.text, openQuestion(context, step));
  READ.set(event, (READ.get(event) ?? new Map()).set(step, { context, meaning }));
  return meaning;
}

/**
 * Reads the registrant kind from a button, a number ("3") or words ("个人", "臺灣居民", "a company in Hong Kong").
 * @example pickKind({ type: 'user.text', text: 'a company in Hong Kong' }) // 'enterprise_outside'
 */
export function pickKind(event: DialogEvent): RegistrantKind | undefined {
  if (event.type === 'user.choice') {
    const id = event.id.replace(/^kind\./, '');
    return REGISTRANT_KINDS.find((k) => k === id);
  }
  return event.type === 'user.text' ? readKind(foldText(event.text)) : undefined;
}
