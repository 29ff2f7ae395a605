import { describeConversations, type Conversation } from './play.ts';

// Held out: written with the tuned set, never used while developing the interpreter. Its pass rate is reported as is.
const IND = 'tap kind.individual_mainland';
const READY = 'tap checklist.ready';

const CONVERSATIONS: Conversation[] = [
  {
    title: 'en: "it\'s 黄磊 lol"',
    locale: 'en',
    turns: [IND, 'huang.cn', READY, 'tap field.resident_id', '11010519491231002X', "it's 黄磊 lol", 'zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'hl@example.com', 'looks good'],
    stored: { name: '黄磊', email: 'hl@example.com' },
  },
  {
    title: 'zh: 我的名字叫杨洋～',
    locale: 'zh-CN',
    turns: [IND, 'yang.cn', READY, 'tap field.resident_id', '11010519491231002X', '我的名字叫杨洋～', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'yy@example.com', '没问题'],
    stored: { name: '杨洋' },
  },
  {
    title: 'zh: 姓名：迪丽热巴·迪力木拉提',
    locale: 'zh-CN',
    turns: [IND, 'dili.cn', READY, 'tap field.resident_id', '11010519491231002X', '姓名：迪丽热巴·迪力木拉提', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'dl@example.com', '好的'],
    stored: { name: '迪丽热巴·迪力木拉提' },
  },
  {
    title: 'en: phone and email together at the phone question',
    locale: 'en',
    turns: [IND, 'pan.cn', READY, 'tap field.resident_id', '11010519491231002X', '潘越', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', 'phone 13612345678 and email pan@example.com', 'looks right'],
    stored: { phone: '+86 136 1234 5678', email: 'pan@example.com' },
  },
  {
    title: 'zh: 邮箱填错了 at the English profile',
    locale: 'zh-CN',
    turns: [IND, 'du.cn', READY, 'tap field.resident_id', '11010519491231002X', '杜甫', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'dufu@exampel.com', '邮箱填错了，应该是dufu@example.com', '没问题'],
    stored: { email: 'dufu@example.com' },
  },
  {
    title: 'en: "actually it\'s for my company" at the city question',
    locale: 'en',
    turns: [IND, 'bizco.cn', READY, 'tap field.resident_id', '11010519491231002X', '张三', 'Beijing', "actually it's for my company", 'tap field.business_license', '91110000600037341L', '北京某某科技有限公司', '李四', '北京市', '北京市海淀区中关村大街1号', '100080', '010-62345678', 'it@example.com', 'looks right'],
    stored: { orgName: '北京某某科技有限公司', region: 'beijing', city: '北京市' },
  },
  {
    title: 'zh traditional: 香港居民 with 居住證 and 深圳',
    locale: 'zh-CN',
    turns: ['個人，香港居民', 'hk-home.cn', '準備好了', '居住證', '810000199001011230', '陳小明', '廣東', '深圳市', '广东省深圳市南山区科技园1号', '518057', '+852 9123 4567', 'xm@example.com', '沒問題'],
    stored: { documentType: 'residence_permit_hk_macao', name: '陳小明', region: 'guangdong' },
  },
  {
    title: 'mixed: Chinese on an English page, with English words',
    locale: 'en',
    lang: 'zh',
    turns: ['个人，mainland的', 'mix2.cn', 'ok', '身份证', '11010519491231002X', '罗欣', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'lx@example.com', 'ok 没问题'],
    stored: { name: '罗欣', documentType: 'resident_id' },
  },
  {
    title: 'zh: 为什么要身份证号 then the number',
    locale: 'zh-CN',
    turns: [IND, 'jiang.cn', READY, 'tap field.resident_id', '为什么要填身份证号', '11010519491231002X', '蒋欣', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'jx@example.com', '没问题'],
    stored: { idNumber: '11010519491231002X', name: '蒋欣' },
  },
  {
    title: 'en: "yep all good" at the English profile, a sentence for the city',
    locale: 'en',
    turns: [IND, 'ye.cn', READY, 'tap field.resident_id', '11010519491231002X', '叶青', 'Zhejiang', 'the city is 杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'yq@example.com', 'yep all good'],
    stored: { city: '杭州市', name: '叶青' },
  },
  {
    title: 'zh: a phone typed with spaces and a sentence at the postal code',
    locale: 'zh-CN',
    turns: [IND, 'gu.cn', READY, 'tap field.resident_id', '11010519491231002X', '顾城', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '是310012吧', '手机 138 1234 5678', 'gc@example.com', '对'],
    stored: { postalCode: '310012', phone: '+86 138 1234 5678' },
  },
  {
    title: 'zh: 其实是公司的 at the email question',
    locale: 'zh-CN',
    turns: [IND, 'gongsi.cn', READY, 'tap field.resident_id', '11010519491231002X', '张三', '北京', '北京市', '北京市海淀区中关村大街1号', '100080', '010-62345678', '其实是公司的', '营业执照', '91110000600037341L', '北京某某科技有限公司', '李四', 'it@example.com', '没问题'],
    stored: { orgName: '北京某某科技有限公司', contactName: '李四', phone: '+86 10 6234 5678', email: 'it@example.com' },
  },
];

describeConversations('whole web-chat conversations as people write them (held-out set)', CONVERSATIONS);
