import type { UploadRefusal } from '../store/upload-budget.ts';
import type { Localized } from './localized.ts';

/**
 * What every channel tells a user whose upload was not stored, by reason (the web chat, Slack and Teams say the same).
 * @example bilingual(uploadRefusals[error.reason])
 */
export const uploadRefusals: Readonly<Record<UploadRefusal, Localized>> = {
  disk_low: {
    en: "We can't store photos right now because our storage is nearly full. What you sent before is kept; please try again later.",
    zh: '存储空间即将用尽，暂时无法保存照片。您之前提交的内容已保留，请稍后重试。',
  },
  conversation_budget: {
    en: 'This conversation has sent more files than we can keep today. Please send only the document photos asked for, or try again tomorrow.',
    zh: '本次对话今天上传的文件已超过可保存的上限。请只发送要求的证件照片，或明天再试。',
  },
};
