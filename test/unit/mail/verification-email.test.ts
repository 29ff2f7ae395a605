import { describe, expect, it } from 'vitest';
import { verificationEmail } from '../../../src/mail/verification-email.ts';

describe('verificationEmail', () => {
  it('puts English first for an English speaker, Chinese below', () => {
    const mail = verificationEmail('012345', 'en');
    expect(mail.subject).toBe('Your dvbot verification code · dvbot 邮箱验证码');
    expect(mail.text).toMatchInlineSnapshot(`
      "Your verification code is 012345

      Type it in the chat to confirm this email address. It expires in 10 minutes.
      If you did not ask for it, you can ignore this email.

      ——

      您的验证码是 012345

      请在聊天中输入该验证码以验证此邮箱，10 分钟内有效。
      如非本人操作，请忽略此邮件。
      "
    `);
  });

  it('puts Chinese first for a Chinese speaker', () => {
    const mail = verificationEmail('987654', 'zh');
    expect(mail.subject).toBe('dvbot 邮箱验证码 · Your dvbot verification code');
    expect(mail.text.indexOf('您的验证码是')).toBeLessThan(mail.text.indexOf('Your verification code'));
  });

  it('shows the code in the HTML part of both languages, with language tags', () => {
    const { html } = verificationEmail('555111', 'en');
    expect(html.match(/555111/g)).toHaveLength(2);
    expect(html).toContain('<div lang="en">');
    expect(html).toContain('<div lang="zh-CN">');
  });

  it('escapes whatever it is given as a code', () => {
    expect(verificationEmail('<b>', 'en').html).toContain('&#60;b&#62;');
  });
});
