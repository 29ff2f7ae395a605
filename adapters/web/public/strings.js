// Every text of the page itself, in both languages side by side. Bot messages come translated from the server.
export const STRINGS = {
  en: {
    title: 'Domain name verification', placeholder: 'Type a message', messageLabel: 'Message', send: 'Send',
    camera: 'Take a photo', file: 'Send a photo or PDF file', skip: 'Skip to message box', conversation: 'Conversation',
    langButton: '中文', langLabel: '切换到中文', langText: '中文', choices: 'Choices',
    checking: 'Checking your photo…', uploading: 'Uploading {name}…', thinking: 'Typing…',
    offline: "Couldn't reach the server. Check your connection and try again.",
    tooLarge: 'That file is larger than {mb} MB, so it was not sent. Please send a smaller photo (a normal phone photo is fine) or a PDF under {mb} MB.',
    sentFile: 'Sent: {name}', imageNotKept: 'Image "{name}" (not kept on this device)',
    checklist: 'Your checklist', summary: 'Your profile',
    groups: { document: 'Documents', qualification: 'Special qualifications', photo_rule: 'Photo rules' },
  },
  zh: {
    title: '域名实名认证', placeholder: '输入消息', messageLabel: '消息', send: '发送',
    camera: '拍照', file: '发送照片或 PDF 文件', skip: '跳到输入框', conversation: '对话',
    langButton: 'English', langLabel: 'Switch to English', langText: 'English', choices: '选项',
    checking: '正在检查照片…', uploading: '正在上传 {name}…', thinking: '正在输入…',
    offline: '无法连接服务器。请检查网络后重试。',
    tooLarge: '文件超过 {mb} MB，未能发送。请发送更小的照片（手机正常拍摄的照片即可）或小于 {mb} MB 的 PDF。',
    sentFile: '已发送：{name}', imageNotKept: '图片“{name}”（未保存在本设备上）',
    checklist: '您的材料清单', summary: '您的资料',
    groups: { document: '证件材料', qualification: '特殊资质', photo_rule: '照片要求' },
  },
};

/** The text for `key` in `lang`, with `{name}` placeholders filled. */
export function say(lang, key, values) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, k) => (values && k in values ? String(values[k]) : whole));
}

/** The same text in both languages, for error entries that must follow a later language switch. */
export function both(key, values) {
  return { en: say('en', key, values), zh: say('zh', key, values) };
}

/**
 * The language the bot answered in, so the page's own labels can follow the conversation: Chinese characters against
 * English words over the reply's texts (an English reply may quote a Chinese example, e.g. 张三). Undefined when unclear.
 */
export function replyLanguage(messages) {
  const text = messages.map((m) => m.text ?? '').join(' ');
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = (text.match(/[A-Za-z]{2,}/g) ?? []).length;
  if (han >= 4 && han > words * 2) return 'zh';
  if (words >= 4 && words > han * 2) return 'en';
  return undefined;
}
