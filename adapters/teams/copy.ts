import type { Localized } from '../../src/i18n/localized.ts';

/** Teams-only texts. */
export const copy = {
  personalOnly: {
    en: 'I help with domain name verification in a personal chat: open a chat with me and say hi.',
    zh: '请在与我的私聊中办理域名实名认证：打开与我的聊天并打个招呼。',
  } satisfies Localized,
  sendAsFile: {
    en: "I couldn't open the pasted image. Please send it as a file instead: paperclip → Upload from this device.",
    zh: '无法打开您粘贴的图片。请改为以文件方式发送：点击回形针 → 从此设备上传。',
  } satisfies Localized,
  failed: {
    en: 'Sorry, something went wrong on our side. Please try again in a minute; what you already gave is kept.',
    zh: '抱歉，我们这边出了问题。请稍后重试，您已提供的信息不会丢失。',
  } satisfies Localized,
};
