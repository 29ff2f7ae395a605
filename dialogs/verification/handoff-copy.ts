import type { Localized } from '../../src/i18n/localized.ts';

/** What the dialog says while a person is asked for, or serving the user. */
export const handoffCopy = {
  requested: {
    en: 'I have asked a person from the support team to join, with a summary of where we are (your ID numbers, phone and email are masked). You are number {position} in the queue. Everything you send meanwhile is kept for them; type "bot" to go on with me — nothing you entered is lost.',
    zh: '已请客服人员接入，并附上当前进度摘要（证件号、电话和邮箱已脱敏）。您目前排在第 {position} 位。在此期间您发送的内容都会转给客服；输入“机器人”可继续由我为您服务，已填写的内容不会丢失。',
  },
  closedNow: {
    en: 'Support hours are {hours}; the next person is available from {opensAt}.',
    zh: '客服服务时间为 {hours}；最早可在 {opensAt} 为您服务。',
  },
  stillWaiting: {
    en: 'Kept for the support team: you are number {position} in the queue. Type "bot" to go on with me.',
    zh: '已转给客服团队：您目前排在第 {position} 位。输入“机器人”可继续由我为您服务。',
  },
  relayFailed: {
    en: 'Your request is with the support team, but I could not pass this message on just now; please send it again. Type "bot" to go on with me.',
    zh: '您的请求已转给客服团队，但这条消息暂时未能转达，请再发一次。输入“机器人”可继续由我为您服务。',
  },
  unavailable: {
    en: 'I could not reach the support team just now. Let us go on; type "human" again in a moment.',
    zh: '暂时无法联系客服团队。我们先继续；稍后可再次输入“人工”。',
  },
  requestClosed: { en: 'The support team closed your request. I am back; let us continue where we were.', zh: '客服已结束本次服务。我回来了，我们从刚才的地方继续。' },
  backFromAgent: { en: 'The support agent handed you back to me. Let us continue where we were.', zh: '客服已将对话交还给我，我们从刚才的地方继续。' },
  agentNote: { en: 'Note from the support agent: {note}', zh: '客服留言：{note}' },
  photoSeen: { en: 'The support agent can see this photo too.', zh: '客服也能看到这张照片。' },
  photoAcceptedByAgent: { en: 'The support agent accepted your document photo.', zh: '客服已接受您的证件照片。' },
  photoNotAccepted: { en: 'That photo is no longer available; please send it again.', zh: '该照片已失效，请重新发送。' },
  fieldCorrected: { en: 'The support agent updated your {field}.', zh: '客服已为您更新“{field}”。' },
  waitExpired: {
    en: 'No one from the support team has been free yet. Would you like to keep waiting, leave a message for them, or go on with me?',
    zh: '暂时还没有客服接入。您想继续等待、给客服留言，还是继续由我为您服务？',
  },
  keepWaiting: { en: 'Keep waiting', zh: '继续等待' },
  leaveMessage: { en: 'Leave a message', zh: '留言' },
  goOnWithBot: { en: 'Go on with the bot', zh: '继续和机器人聊' },
  waiting: { en: 'OK, you stay in the queue.', zh: '好的，您仍在排队中。' },
  writeMessage: {
    en: 'Write your message here; the support team reads it when they pick up your request. Type "bot" to go on with me.',
    zh: '请在这里留言，客服接手时会看到。输入“机器人”可继续由我为您服务。',
  },
} satisfies Record<string, Localized>;
