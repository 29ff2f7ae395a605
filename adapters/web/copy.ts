import { fill, type Localized } from '../../src/i18n/localized.ts';
import { uploadRefusals } from '../../src/i18n/upload-refusals.ts';

/** Error replies of the web chat's own endpoints (the page shows the one for its language). */
export const copy = {
  badRequest: {
    en: "The page sent something the server didn't understand. Please reload the page and try again.",
    zh: '页面发送的内容服务器无法识别。请刷新页面后重试。',
  },
  tooLarge: (limitBytes: number): Localized => fill({
    en: 'That file is larger than {mb} MB, so it was not sent. Please send a smaller photo (a normal phone photo is fine) or a PDF under {mb} MB.',
    zh: '文件超过 {mb} MB，未能发送。请发送更小的照片（手机正常拍摄的照片即可）或小于 {mb} MB 的 PDF。',
  }, { mb: Math.floor(limitBytes / (1024 * 1024)) }),
  emptyUpload: { en: 'That file was empty. Please choose the photo again.', zh: '文件是空的，请重新选择照片。' },
  slowDown: {
    en: "You're sending messages very quickly. Please wait a few seconds and try again.",
    zh: '您发送消息过于频繁，请稍等几秒再试。',
  },
  unavailable: {
    en: "We can't reach our storage right now. Nothing you sent before is lost; please try again in a minute.",
    zh: '暂时无法连接存储服务。您之前提交的内容不会丢失，请一分钟后重试。',
  },
  timeout: {
    en: 'This is taking longer than usual. Please try again in a moment.',
    zh: '处理时间比平时长，请稍后重试。',
  },
  diskLow: uploadRefusals.disk_low,
  uploadBudget: uploadRefusals.conversation_budget,
  addressUploadBudget: {
    en: 'Too many files were sent from your network in the last hour. Please wait a while and send only the document photos asked for.',
    zh: '过去一小时内从您的网络上传的文件过多。请稍后再试，并只发送要求的证件照片。',
  },
  tooManyStreams: {
    en: 'Too many chat windows are open right now. Please close other tabs of this chat; new messages will still arrive when you reload.',
    zh: '当前打开的聊天窗口过多。请关闭此聊天的其他标签页；刷新后仍会收到新消息。',
  },
  failed: {
    en: 'Something went wrong on our side. What you sent before is kept; please try again.',
    zh: '我们这边出了点问题。您之前提交的内容已保留，请重试。',
  },
} as const;
