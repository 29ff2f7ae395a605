import { describe, expect, it } from 'vitest';
import { openQuestion, type Step } from '../../../dialogs/verification/understand.ts';
import { initialContext } from '../../../dialogs/verification/context.ts';
import { typedChoice } from '../../../src/understanding/typed-choice.ts';

const typed = (text: string, step: Step) => typedChoice(text, openQuestion(initialContext(), step).screen!);

describe('typed labels of the buttons after the summary', () => {
  it('takes the submit button typed in either language, with small variations', () => {
    for (const text of ['submit', 'Submit!', 'yes send it', 'ok submit it', '提交吧', '确认提交', '提交', '好的，提交', '確認提交', 'yes']) {
      expect(typed(text, 'submit'), text).toBe('submit.now');
    }
    expect(typed('add the other side', 'submit')).toBe('submit.add_back');
    expect(typed('补充反面', 'submit')).toBe('submit.add_back');
    expect(typed('换一张照片', 'submit')).toBe('submit.replace_photo');
    expect(typed('change the profile', 'submit')).toBe('submit.edit');
    for (const text of ['please', '吧', 'what happens after I submit?', 'submit but the name is wrong', '杭州市']) expect(typed(text, 'submit'), text).toBeUndefined();
  });

  it('takes resend / change email at the code step, and never reads a code or a plain yes as a button', () => {
    for (const text of ['resend', 'send the code again', 'resend the code please', '重新发送验证码', '没收到', '再发一次吧', '验证码没收到，再发一次']) expect(typed(text, 'emailCode'), text).toBe('email.resend');
    for (const text of ['change the email', '换个邮箱', 'wrong email']) expect(typed(text, 'emailCode'), text).toBe('email.change');
    for (const text of ['123456', 'ok', '好的', 'yes', '验证码', 'the code']) expect(typed(text, 'emailCode'), text).toBeUndefined();
  });

  it('takes the review-failed and mismatch choices', () => {
    expect(typed('修改信息', 'reviewFailed')).toBe('submit.edit');
    expect(typed('send a different photo', 'reviewFailed')).toBe('submit.replace_photo');
    expect(typed('yes', 'reviewFailed')).toBeUndefined();
    expect(typed('use the card', 'mismatch')).toBe('mismatch.use_card');
    expect(typed('以证件为准', 'mismatch')).toBe('mismatch.use_card');
    expect(typed('重拍', 'mismatch')).toBe('mismatch.new_photo');
    expect(typed('ok', 'mismatch')).toBeUndefined();
  });
});
