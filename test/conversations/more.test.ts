import { describeConversations, type Conversation } from './play.ts';

// After the summary: the email code, the photo, the submission; typed buttons and the user's language there; and
// address, city and region named inside a message at another question.
const IND = 'tap kind.individual_mainland';
const READY = 'tap checklist.ready';
const ID = ['tap field.resident_id', '11010519491231002X'];
const PLACE = ['浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678'];
const ZH = /[\u4e00-\u9fff]/;
const NO_ZH = /^[^\u4e00-\u9fff]+$/;

const LANGUAGE: Conversation[] = [
  {
    title: 'en page, Chinese at the code step: answered in Chinese; "ok" and the code do not switch back',
    locale: 'en',
    turns: [IND, 'zw.cn', READY, ...ID, '张伟', ...PLACE, 'zw@example.com', 'looks right', 'tap summary.confirm', '我等一下再输入验证码', 'ok', '<code>'],
    stored: { name: '张伟', email: 'zw@example.com' },
    answers: [{ turn: '我等一下再输入验证码', says: /验证码为 6 位数字/ }, { turn: 'ok', says: /验证码为 6 位数字/ }, { turn: '<code>', says: /^邮箱验证成功。/ }],
  },
  {
    title: 'zh page, English at the photo step: answered in English, and the submission too',
    locale: 'zh-CN',
    turns: [IND, 'li-en.cn', READY, ...ID, '李娜', ...PLACE, 'ln@example.com', '没问题', '对的', '<code>', 'I will send the photo in a minute', '<photo>', 'yes send it'],
    stored: { name: '李娜', email: 'ln@example.com' },
    answers: [
      { turn: 'I will send the photo in a minute', says: /^I need a photo here/ },
      { turn: '<photo>', says: NO_ZH },
      { turn: 'yes send it', says: /^Submitted\. The registrant profile is now in review/m },
    ],
  },
  {
    title: 'en page, 提交吧 at the submission: submitted, said in Chinese',
    locale: 'en',
    turns: [IND, 'wang-sub.cn', READY, ...ID, '王芳', ...PLACE, 'wf@example.com', 'looks right', 'all correct', '<code>', '<photo>', '提交吧'],
    stored: { name: '王芳' },
    answers: [{ turn: '<photo>', says: NO_ZH }, { turn: '提交吧', says: /已提交，注册人信息模板正在审核/ }],
  },
  {
    title: 'en page, Chinese at the code step, then an explicit "English" wins',
    locale: 'en',
    turns: [IND, 'zhao-en.cn', READY, ...ID, '赵敏', ...PLACE, 'zm@example.com', 'looks right', 'all correct', '验证码在哪里输入呢', 'English', '<code>'],
    stored: { name: '赵敏' },
    answers: [{ turn: 'English', says: /^Switched to English\./ }, { turn: '<code>', says: /^Email verified\./ }],
  },
  {
    title: 'zh page, "ok" and digits at the submission do not switch to English',
    locale: 'zh-CN',
    turns: [IND, 'sun-ok.cn', READY, ...ID, '孙丽', ...PLACE, 'sl@example.com', '好的', '好的', '<code>', '<photo>', '123', 'ok'],
    stored: { name: '孙丽' },
    answers: [{ turn: '123', says: /^一切就绪/ }, { turn: 'ok', says: /已提交/ }],
  },
];

const TYPED_BUTTONS: Conversation[] = [
  {
    title: 'zh traditional: 確認提交 is the submit button',
    locale: 'zh-CN',
    turns: [IND, 'chen-tw.cn', READY, ...ID, '陳靜', ...PLACE, 'cj@example.com', '沒問題', '全部正確', '<code>', '<photo>', '確認提交'],
    stored: { name: '陳靜' },
    answers: [{ turn: '確認提交', says: /已提交/ }],
  },
  {
    title: 'en: "change the email" at the code step, then the new address is checked',
    locale: 'en',
    turns: [IND, 'ma-mail.cn', READY, ...ID, '马丽', ...PLACE, 'mali@exmaple.com', 'looks right', 'all correct', 'change the email', 'mali@example.com', 'looks right', 'all correct', '<code>'],
    stored: { name: '马丽', email: 'mali@example.com' },
    answers: [{ turn: 'change the email', says: /email address/i }, { turn: '<code>', says: /^Email verified\./ }],
  },
  {
    title: 'zh: 重新发送验证码 at the code step is the resend button, not a wrong code',
    locale: 'zh-CN',
    turns: [IND, 'he-code.cn', READY, ...ID, '何静', ...PLACE, 'hj@example.com', '好的', '好的', '重新发送验证码', '<code>'],
    stored: { name: '何静' },
    answers: [{ turn: '重新发送验证码', says: /^(?!验证码为 6 位数字)[\s\S]*(?:验证码已发送|秒)/ }, { turn: '<code>', says: /^邮箱验证成功。/ }],
  },
  {
    title: 'en: "send a different photo" at the submission, then "submit"',
    locale: 'en',
    turns: [IND, 'gao-photo.cn', READY, ...ID, '高峰', ...PLACE, 'gf@example.com', 'looks right', 'all correct', '<code>', '<photo>', 'send a different photo', '<photo>', 'submit'],
    stored: { name: '高峰' },
    answers: [{ turn: 'send a different photo', says: /^Now send a photo or scan/ }, { turn: 'submit', says: /^Submitted\./m }],
  },
  {
    title: 'zh: 补充反面 at the submission asks for the other side',
    locale: 'zh-CN',
    turns: [IND, 'lin-back.cn', READY, ...ID, '林芳', ...PLACE, 'lf@example.com', '好的', '好的', '<code>', '<photo>', '补充反面'],
    stored: { name: '林芳' },
    answers: [{ turn: '补充反面', says: /照片或扫描件/ }],
  },
];

const NAMED_PLACES: Conversation[] = [
  {
    title: 'zh: 地址 and 电话 given with the name',
    locale: 'zh-CN',
    turns: [IND, 'ad1.cn', READY, ...ID, '张伟，地址是浙江省杭州市西湖区文三路90号，电话13812345678', '浙江', '杭州市', '310012', 'zw1@example.com', '好的'],
    stored: { name: '张伟', address: '浙江省杭州市西湖区文三路90号', phone: '+86 138 1234 5678', region: 'zhejiang', city: '杭州市' },
    answers: [{ turn: '张伟，地址是浙江省杭州市西湖区文三路90号，电话13812345678', says: /已记下：.*地址 浙江省杭州市西湖区文三路90号/ }],
  },
  {
    title: 'zh traditional: 省份：廣東，城市：深圳市 at the ID number question',
    locale: 'zh-CN',
    turns: [IND, 'ad2.cn', READY, 'tap field.resident_id', '省份：廣東，城市：深圳市', '11010519491231002X', '刘洋', '广东省深圳市南山区科技园1号', '518057', '13812345678', 'ly2@example.com', '没问题'],
    stored: { region: 'guangdong', city: '深圳市', name: '刘洋', address: '广东省深圳市南山区科技园1号' },
  },
  {
    title: 'en: "my address is …" and the city in one message at the region question',
    locale: 'en',
    turns: [IND, 'ad3.cn', READY, ...ID, '周杰', 'zhejiang, city is 杭州市 and my address is 浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'zj3@example.com', 'looks right'],
    stored: { region: 'zhejiang', city: '杭州市', address: '浙江省杭州市西湖区文三路90号', postalCode: '310012' },
  },
  {
    title: 'en: an invalid named province is refused with its reason and asked in its turn',
    locale: 'en',
    turns: [IND, 'ad4.cn', READY, ...ID, '吴磊, province: Atlantis', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'wl4@example.com', 'looks right'],
    stored: { name: '吴磊', region: 'zhejiang' },
    answers: [{ turn: '吴磊, province: Atlantis', says: /I did not take the Region "Atlantis"/ }],
  },
];

// The simulated registrar refuses an ID card whose sequence code is 999 (see src/registrar/simulated.ts).
const FAILING_ID = ['tap field.resident_id', '110105194912319999'];
const REVIEW_FAILED: Conversation[] = [
  {
    title: 'zh: 修改资料 after a failed review opens the profile again',
    locale: 'zh-CN',
    turns: [IND, 'rf1.cn', READY, ...FAILING_ID, '郑爽', ...PLACE, 'zs@example.com', '好的', '好的', '<code>', '<photo>', '提交', '状态', '修改资料'],
    stored: { name: '郑爽', idNumber: '110105194912319999' },
    answers: [{ turn: '状态', says: /审核未通过|未通过/ }, { turn: '修改资料', says: /^以下是您的注册人信息，是否与证件完全一致？/ }],
  },
  {
    title: 'en page, Chinese after a failed review: 换一张照片 asks for the photo, in Chinese',
    locale: 'en',
    turns: [IND, 'rf2.cn', READY, ...FAILING_ID, '冯敏', ...PLACE, 'fm@example.com', 'looks right', 'all correct', '<code>', '<photo>', 'submit', 'status', '换一张照片'],
    stored: { name: '冯敏' },
    answers: [{ turn: '换一张照片', says: /^现在请发送您的身份证/ }],
  },
];

describeConversations('the user\'s language after the summary', LANGUAGE);
describeConversations('typed choices after a failed review', REVIEW_FAILED);
describeConversations('region, city and address named at another question', NAMED_PLACES);
describeConversations('typed buttons after the summary', TYPED_BUTTONS);
