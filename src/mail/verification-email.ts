import { EMAIL_CODE_RULES } from '../domain/email-code.ts';
import { fill, t, type Lang, type Localized } from '../i18n/localized.ts';

/** A composed email. */
export type ComposedEmail = { subject: string; text: string; html: string };

const minutes = EMAIL_CODE_RULES.ttlMs / 60_000;

const SUBJECT: Localized = { en: 'Your dvbot verification code', zh: 'dvbot 邮箱验证码' };
const INTRO: Localized = { en: 'Your verification code is', zh: '您的验证码是' };
const LINES: Localized = fill({
  en: 'Type it in the chat to confirm this email address. It expires in {minutes} minutes.\nIf you did not ask for it, you can ignore this email.',
  zh: '请在聊天中输入该验证码以验证此邮箱，{minutes} 分钟内有效。\n如非本人操作，请忽略此邮件。',
}, { minutes });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function textPart(code: string, lang: Lang): string {
  return `${t(INTRO, lang)} ${code}\n\n${t(LINES, lang)}`;
}

function htmlPart(code: string, lang: Lang): string {
  const lines = t(LINES, lang).split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return `<div lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><p>${escapeHtml(t(INTRO, lang))}</p>`
    + `<p style="font-size:28px;font-weight:bold;letter-spacing:4px">${escapeHtml(code)}</p>${lines}</div>`;
}

/** The email with a one-time code: the user's language first, the other one below, so a shared mailbox can read it too. */
export function verificationEmail(code: string, lang: Lang): ComposedEmail {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return {
    subject: `${t(SUBJECT, lang)} · ${t(SUBJECT, other)}`,
    text: `${textPart(code, lang)}\n\n——\n\n${textPart(code, other)}\n`,
    html: `<!doctype html><html><body>${htmlPart(code, lang)}<hr>${htmlPart(code, other)}</body></html>`,
  };
}
