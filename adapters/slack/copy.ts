import type { Localized } from '../../src/i18n/localized.ts';

/** Slack-only texts; the language is not known at the edge, so messages carry both. */
export const copy = {
  dmOnly: { en: 'I help with domain name verification in a direct message:', zh: '请在私信中与我对话，办理域名实名认证：' } satisfies Localized,
  dmLinkLabel: { en: 'open a chat with me', zh: '打开私信' } satisfies Localized,
  checkingPhoto: { en: 'Checking your photo…', zh: '正在检查您的照片……' } satisfies Localized,
  failed: {
    en: 'Sorry, something went wrong on our side. Please try again in a minute; what you already gave is kept.',
    zh: '抱歉，我们这边出了问题。请稍后重试，您已提供的信息不会丢失。',
  } satisfies Localized,
};

/** Both languages in one message, English first. */
export const bilingual = (text: Localized): string => `${text.en}\n${text.zh}`;
