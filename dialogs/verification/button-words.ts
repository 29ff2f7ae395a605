import type { OnScreen } from '../../src/understanding/typed-choice.ts';
import type { Step } from './understand.ts';
import { copy } from './copy.ts';
import { mismatchCopy } from './mismatch-copy.ts';

// Besides their labels, the words people type for the buttons after the summary, in both languages.
const PHOTO_WORDS = [
  'new photo', 'another photo', 'different photo', 'retake', 'send another', 'take another',
  '换照片', '换一张', '重拍', '重新拍', '重新上传', '换张照片', '再拍一张',
];
const SUBMIT = {
  id: 'submit.now', label: copy.submitNow,
  also: ['submit', 'send', 'send it', 'submit it', 'go ahead and submit', '提交', '确认提交', '提交吧', '发送', '可以提交', '马上提交', '现在提交'],
};
const ADD_BACK = {
  id: 'submit.add_back', label: copy.addBackSide,
  also: ['add the back', 'add back side', 'add the other side', 'back side', 'other side', '补充反面', '加反面', '反面', '另一面', '补充另一面', '国徽面'],
};
const REPLACE_PHOTO = { id: 'submit.replace_photo', label: copy.replacePhoto, also: PHOTO_WORDS };
const EDIT_PROFILE = {
  id: 'submit.edit', label: copy.editProfile,
  also: ['change profile', 'edit profile', 'edit the profile', 'change my profile', 'fix the profile', 'change my details', '修改', '改信息', '修改资料', '改一下信息', '修改个人信息'],
};
const RESEND = {
  id: 'email.resend', label: copy.emailResend,
  also: [
    'resend', 'resend code', 'new code', 'send a new code', 'send again', 'send the code again', "didn't get it", 'did not get it',
    '重发', '重新发送', '再发一次', '重发验证码', '没收到', '没有收到', '还没收到',
  ],
};
const CHANGE_EMAIL = {
  id: 'email.change', label: copy.emailChange,
  also: ['change email', 'change my email', 'different email', 'another email', 'wrong email', '换邮箱', '改邮箱', '修改邮箱', '换个邮箱', '邮箱错了'],
};
const USE_CARD = {
  id: 'mismatch.use_card', label: mismatchCopy.useCard,
  also: ['use the card', "use the card's", 'use the card value', 'use the card values', 'card is right', '用证件上的', '按证件', '以证件为准', '用证件的', '证件上的对'],
};

/** "Try again" after a photo check was cut short by its time limit: the kept upload is checked again. */
export const RETRY_CHECK = {
  id: 'photo.retry', label: { en: 'Try again', zh: '再试一次' },
  also: ['retry', 'try again', 'try it again', 'check again', 'check it again', 'again', '重试', '再试', '再试试', '重新检查', '再检查一次', '再查一次'],
};

/** The buttons of the steps after the summary (email code, submission, failed review, card mismatch) with their typed words. */
export const AFTER_SUMMARY: Partial<Record<Step, OnScreen>> = {
  emailCode: { choices: [RESEND, CHANGE_EMAIL] },
  documents: { choices: [RETRY_CHECK] },
  submit: { choices: [SUBMIT, ADD_BACK, REPLACE_PHOTO, EDIT_PROFILE], yes: 'submit.now' },
  reviewFailed: { choices: [EDIT_PROFILE, REPLACE_PHOTO] },
  mismatch: { choices: [USE_CARD, { id: 'mismatch.new_photo', label: mismatchCopy.newPhoto, also: PHOTO_WORDS }] },
};
