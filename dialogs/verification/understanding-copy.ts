import type { Localized } from '../../src/i18n/localized.ts';

/** What the dialog says about how it read a message: values taken from a sentence, corrections, a change of kind. */
export const understandingCopy = {
  valuesTaken: { en: 'Noted: {items}.', zh: '已记下：{items}。' },
  valueUpdated: { en: 'Updated: {items}.', zh: '已更新：{items}。' },
  valueRefused: {
    en: 'I did not take the {field} "{value}": {reason} I will ask for it in its turn.',
    zh: '{field}“{value}”未记下：{reason}稍后会再请您填写。',
  },
  noValue: { en: 'I could not find the {field} in that message.', zh: '没有在您的消息中找到{field}。' },
  wrongShape: { en: 'That looks like {what}, but this question needs the {field}.', zh: '这看起来是{what}，但这里需要填写{field}。' },
  email: { en: 'an email address', zh: '电子邮箱' },
  phone: { en: 'a phone number', zh: '电话号码' },
  domain: { en: 'a domain name', zh: '域名' },
  kindChanged: {
    en: 'OK, the registrant is now: {kind}. I kept {kept}; the rest of the profile follows the new kind.',
    zh: '好的，注册人类型已改为：{kind}。已保留{kept}；其余信息按新的类型填写。',
  },
  keptNothing: { en: 'the domain names', zh: '域名' },
  complaint: {
    en: 'Sorry this is giving you trouble. Nothing you entered is lost. You can answer in your own words, type "why" to know what it is for, or a support agent can take over.',
    zh: '抱歉给您带来麻烦，已填写的内容都不会丢失。您可以用自己的话回答，输入“为什么”了解用途，或转人工客服协助。',
  },
  domainsFromUrl: {
    en: 'I read the web address you sent as the domain name {domains}. Is that the domain to verify?',
    zh: '您发送的是网址，我读取到的域名是 {domains}。要认证的是这个域名吗？',
  },
  domainsFromUrlYes: { en: 'Yes, that domain', zh: '是，就是这个域名' },
  domainsFromUrlNo: { en: 'No, I will type it', zh: '不是，我重新输入' },
  restartKept: { en: 'Nothing was cleared; let us continue.', zh: '没有清除任何内容，我们继续。' },
} satisfies Record<string, Localized>;
