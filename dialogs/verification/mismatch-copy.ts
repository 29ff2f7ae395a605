import type { Localized } from '../../src/i18n/localized.ts';

/** What the bot says about the text it read on a document photo. */
export const mismatchCopy = {
  matches: { en: 'The card matches what you typed.', zh: '证件上的信息与您填写的一致。' },
  couldNotRead: { en: 'I could not read the text on the document; that is fine, the registry will compare it.', zh: '我没能读出证件上的文字；没关系，注册局会进行核对。' },
  notADocument: { en: 'This does not look like the document: I cannot find any printed text on it. Please photograph the document itself.', zh: '这看起来不是证件：照片上找不到任何印刷文字。请拍摄证件本身。' },
  differs: { en: 'The document says something else than you typed:', zh: '证件上的信息与您填写的不一致：' },
  side: { en: '{field}: you typed {typed} · the document says {read}', zh: '{field}：您填写的是 {typed} · 证件上是 {read}' },
  askWhich: { en: 'The registry compares them and refuses a difference. Which is right?', zh: '注册局会比对两者，不一致将无法通过。哪个是正确的？' },
  useCard: { en: "Use the card's", zh: '使用证件上的' },
  newPhoto: { en: 'Send another photo', zh: '重新发送照片' },
  askPerson: { en: 'The card is right as it is: ask a person', zh: '证件没问题：转人工' },
  updated: { en: "Updated with the document's value. Your profile now reads:", zh: '已更新为证件上的信息。您的资料现在是：' },
} satisfies Record<string, Localized>;

/** Field names as the comparison shows them. */
export const mismatchFieldLabels: Readonly<Record<'name' | 'orgName' | 'idNumber', Localized>> = {
  name: { en: 'Name', zh: '姓名' },
  orgName: { en: 'Organization name', zh: '单位名称' },
  idNumber: { en: 'Document number', zh: '证件号码' },
};
