import { describeConversations, type Conversation } from './play.ts';

// Whole conversations written as people type on a phone; the answers the interpreter was developed against.
// (The held-out set in held-out.test.ts is never tuned against.)
const IND = 'tap kind.individual_mainland';
const READY = 'tap checklist.ready';
const ID_CARD = 'tap field.resident_id';

const CONVERSATIONS: Conversation[] = [
  {
    title: 'en: "I\'m 陈静" stores the name only',
    locale: 'en',
    turns: [IND, 'chen-home.cn', READY, ID_CARD, '330106199003071236', "I'm 陈静", 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'chenjing@example.com', 'looks right'],
    stored: { documentType: 'resident_id', idNumber: '330106199003071236', name: '陈静', region: 'zhejiang', city: '杭州市', postalCode: '310012', phone: '+86 138 1234 5678', email: 'chenjing@example.com' },
  },
  {
    title: 'en: a name with an emoji and "my name is"',
    locale: 'en',
    turns: [IND, 'liuyang.cn', READY, ID_CARD, '440305198511204563', 'my name is 刘洋 😊', 'guangdong', '深圳市', '广东省深圳市南山区科技园1号', '518057', '13912345678', 'ly@example.com', 'tap english.accept'],
    stored: { name: '刘洋', region: 'guangdong', phone: '+86 139 1234 5678' },
  },
  {
    title: 'zh: 本人刘洋，男',
    locale: 'zh-CN',
    turns: [IND, 'liuyang.cn', READY, ID_CARD, '440305198511204563', '本人刘洋，男', '广东', '深圳', '广东省深圳市南山区科技园1号', '518057', '13912345678', 'ly@example.com', '没问题'],
    stored: { name: '刘洋', city: '深圳', email: 'ly@example.com' },
  },
  {
    title: 'zh: 我叫王芳。',
    locale: 'zh-CN',
    turns: [IND, 'wangfang.com', READY, ID_CARD, '310115199202156788', '我叫王芳。', '上海', '上海市', '上海市浦东新区世纪大道100号', '200120', '13612345678', 'wf@example.com', '好的'],
    stored: { name: '王芳', region: 'shanghai', phone: '+86 136 1234 5678' },
  },
  {
    title: 'zh: 名字是张伟，then the rest as sentences',
    locale: 'zh-CN',
    turns: [IND, 'zhangwei.cn', READY, ID_CARD, '身份证号110108198808081113', '名字是张伟', '北京', '北京市', '北京市海淀区中关村大街1号', '邮编100080', '我的手机是13712345678', '邮箱zw@example.com', '对的'],
    stored: { idNumber: '110108198808081113', name: '张伟', postalCode: '100080', phone: '+86 137 1234 5678', email: 'zw@example.com' },
  },
  {
    title: 'en: a sentence that is no name is not stored ("wait, which name")',
    locale: 'en',
    turns: [IND, 'example.cn', READY, ID_CARD, '11010519491231002X', 'hmm which name do you mean', '张三', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'z3@example.com', 'looks right'],
    stored: { name: '张三' },
  },
  {
    title: 'en: several answers at the kind question',
    locale: 'en',
    turns: ['individual, domain li-home.cn, my phone is 13912345678, email li@example.com', READY, ID_CARD, '510107199501012220', '李娜', '四川', '成都市', '四川省成都市武侯区人民南路1号', '610041', 'looks right'],
    stored: { documentType: 'resident_id', name: '李娜', phone: '+86 139 1234 5678', email: 'li@example.com', postalCode: '610041' },
  },
  {
    title: 'zh: several answers at the name question',
    locale: 'zh-CN',
    turns: [IND, 'zhao.cn', READY, ID_CARD, '11010519491231002X', '赵磊，手机13512345678，邮箱zhaolei@example.com', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '没问题'],
    stored: { name: '赵磊', phone: '+86 135 1234 5678', email: 'zhaolei@example.com' },
  },
  {
    title: 'en: several answers, one of them wrong, is refused and asked again in its turn',
    locale: 'en',
    turns: [IND, 'sun.cn', READY, ID_CARD, '11010519491231002X', '孙丽, phone 13812345678, email sunli@@example', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', 'sunli@example.com', 'looks right'],
    stored: { name: '孙丽', phone: '+86 138 1234 5678', email: 'sunli@example.com' },
  },
  {
    title: 'en: a phone correction at the email question',
    locale: 'en',
    turns: [IND, 'zhou.cn', READY, ID_CARD, '11010519491231002X', '周杰', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', "sorry, the phone I gave was wrong, it's 13712345678", 'zhou@example.com', 'looks right'],
    stored: { name: '周杰', phone: '+86 137 1234 5678', email: 'zhou@example.com' },
  },
  {
    title: 'zh: 手机号填错了 at the email question',
    locale: 'zh-CN',
    turns: [IND, 'wu.cn', READY, ID_CARD, '11010519491231002X', '吴敏', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', '刚才手机号填错了，应该是13612345678', 'wumin@example.com', '没问题'],
    stored: { phone: '+86 136 1234 5678', email: 'wumin@example.com' },
  },
  {
    title: 'zh: 邮编写错了 at the phone question',
    locale: 'zh-CN',
    turns: [IND, 'zheng.cn', READY, ID_CARD, '11010519491231002X', '郑爽', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310000', '邮编写错了，是310012', '13812345678', 'zs@example.com', '没问题'],
    stored: { postalCode: '310012', phone: '+86 138 1234 5678' },
  },
  {
    title: 'en: change of mind to a company keeps the domains and contact data',
    locale: 'en',
    turns: [IND, 'acme.cn', READY, ID_CARD, '11010519491231002X', 'wait, this is for our company', 'tap field.business_license', '91110000600037341L', '北京某某科技有限公司', '李四', 'Beijing', '北京市', '北京市海淀区中关村大街1号', '100080', '010-62345678', 'it@example.com', 'looks right'],
    stored: { documentType: 'business_license', idNumber: '91110000600037341L', orgName: '北京某某科技有限公司', contactName: '李四', region: 'beijing' },
  },
  {
    title: 'zh: 其实是单位的 at the phone question keeps the address',
    locale: 'zh-CN',
    turns: [IND, 'hz-tech.cn', READY, ID_CARD, '11010519491231002X', '张三', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '其实是单位的', '营业执照', '91330106MA2KXXXX0X', '91110000600037341L', '杭州某某科技有限公司', '李四', '0571-88157858', 'it@example.com', '没问题'],
    stored: { documentType: 'business_license', orgName: '杭州某某科技有限公司', contactName: '李四', region: 'zhejiang', address: '浙江省杭州市西湖区文三路90号', postalCode: '310012', email: 'it@example.com' },
  },
  {
    title: 'en: "why do you need my phone" answers about the phone, then the form goes on',
    locale: 'en',
    turns: [IND, 'qian.cn', READY, ID_CARD, '11010519491231002X', '钱多', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', 'why do you need my phone number?', '13812345678', 'qian@example.com', 'looks right'],
    stored: { phone: '+86 138 1234 5678', email: 'qian@example.com' },
  },
  {
    title: 'zh: 为什么要填邮编',
    locale: 'zh-CN',
    turns: [IND, 'feng.cn', READY, ID_CARD, '11010519491231002X', '冯凯', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '为什么要填邮编', '310012', '13812345678', 'feng@example.com', '没问题'],
    stored: { postalCode: '310012', phone: '+86 138 1234 5678' },
  },
  {
    title: 'en: "yes that\'s correct" typed at the English profile',
    locale: 'en',
    turns: [IND, 'he.cn', READY, ID_CARD, '11010519491231002X', '何平', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'he@example.com', "yes that's correct"],
    stored: { name: '何平', email: 'he@example.com' },
  },
  {
    title: 'zh: 是的 after start over restarts instead of becoming the city',
    locale: 'zh-CN',
    turns: [IND, 'lv.cn', READY, ID_CARD, '11010519491231002X', '吕布', '浙江', '重新开始', '是的', '个人', 'lv.cn', READY, ID_CARD, '11010519491231002X', '吕布', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'lv@example.com', '全部正确'],
    stored: { name: '吕布', city: '杭州市' },
  },
  {
    title: 'zh: typed 材料准备好了 at the checklist, typed 身份证 and a typed region',
    locale: 'zh-CN',
    turns: ['个人', 'shi.cn', '好的', '身份证', '11010519491231002X', '石磊', '浙江省', '杭州', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'shi@example.com', '没问题'],
    stored: { documentType: 'resident_id', name: '石磊', region: 'zhejiang', city: '杭州' },
  },
  {
    title: 'zh traditional: 臺灣居民 with 台胞證 and 廣東',
    locale: 'zh-CN',
    turns: ['我是臺灣居民', 'lin-tw.cn', '好的', '台胞證', '12345678', '林志明', '廣東', '深圳市', '广东省深圳市南山区科技园1号', '518057', '13912345678', 'lin@example.com', '沒問題'],
    stored: { documentType: 'travel_permit_taiwan', idNumber: '12345678', name: '林志明', region: 'guangdong' },
  },
  {
    title: 'zh traditional: 台灣 is a Taiwan resident, not a mainland one',
    locale: 'zh-CN',
    turns: ['台灣個人', 'tw-home.cn', '好的', '居住證', '830000199201300022', '陳美玲', '福建', '廈門市', '福建省厦门市思明区中山路1号', '361001', '13912345678', 'chen@example.com', '對的'],
    stored: { documentType: 'residence_permit_taiwan', name: '陳美玲', region: 'fujian' },
  },
  {
    title: 'zh traditional: 港澳通行證 for a Hong Kong resident',
    locale: 'zh-CN',
    turns: ['香港居民', 'chan-hk.cn', '準備好了', '港澳通行證', 'H1234567801', '陳大文', '廣東省', '深圳市', '广东省深圳市南山区科技园1号', '518057', '+852 9123 4567', 'chan@example.com', '沒問題'],
    stored: { documentType: 'travel_permit_hk_macao', idNumber: 'H1234567801', name: '陳大文', region: 'guangdong' },
  },
  {
    title: 'en page, Chinese writer: the conversation is in Chinese',
    locale: 'en',
    lang: 'zh',
    turns: ['你好，我是个人', 'gao.cn', '好的', '身份证', '11010519491231002X', '高明', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'gao@example.com', '没问题'],
    stored: { name: '高明', region: 'zhejiang', documentType: 'resident_id' },
  },
  {
    title: 'mixed: 我是individual answered in Chinese',
    locale: 'en',
    lang: 'zh',
    turns: ['我是individual，域名是mix.cn', '好的', '身份证', '11010519491231002X', '马丽', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'mali@example.com', '没问题'],
    stored: { name: '马丽', documentType: 'resident_id' },
  },
  {
    title: 'zh page, explicit English wins',
    locale: 'zh-CN',
    lang: 'en',
    turns: ['English', IND, 'eng.cn', READY, ID_CARD, '11010519491231002X', '许晴', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'xu@example.com', 'looks right'],
    stored: { name: '许晴', region: 'zhejiang' },
  },
  {
    title: 'en: an email at the phone question is the email; the phone is still asked',
    locale: 'en',
    turns: [IND, 'tang.cn', READY, ID_CARD, '11010519491231002X', '唐宁', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', 'just use my email tang@example.com', '13812345678', 'looks right'],
    stored: { phone: '+86 138 1234 5678', email: 'tang@example.com' },
  },
  {
    title: 'en: a domain at the name question is not a name',
    locale: 'en',
    turns: [IND, 'song.cn', READY, ID_CARD, '11010519491231002X', 'song.cn', '宋江', 'Zhejiang', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'song@example.com', 'looks right'],
    stored: { name: '宋江' },
  },
  {
    title: 'zh: a complaint mid-form keeps the place',
    locale: 'zh-CN',
    turns: [IND, 'han.cn', READY, ID_CARD, '11010519491231002X', '韩梅', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '我没有这个号码', '13812345678', 'han@example.com', '没问题'],
    stored: { name: '韩梅', phone: '+86 138 1234 5678' },
  },
  {
    title: 'en: "this keeps failing" mid-form keeps the place',
    locale: 'en',
    turns: [IND, 'cao.cn', READY, ID_CARD, '11010519491231002X', '曹操', 'Zhejiang', '杭州', 'this keeps failing', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'cao@example.com', 'looks right'],
    stored: { city: '杭州', address: '浙江省杭州市西湖区文三路90号' },
  },
  {
    title: 'en: a foreigner types everything in sentences',
    locale: 'en',
    turns: ["I'm a foreigner", 'smith.com', "ok I'm ready", 'passport', 'my passport number is X1234567', 'My name is John Smith', 'I live in Shanghai', 'Shanghai 上海市', '上海市浦东新区世纪大道100号', 'zip is 200120', 'my mobile: +44 7911 123456', 'john.smith@example.co.uk', 'Looks right!'],
    stored: { documentType: 'passport', idNumber: 'X1234567', name: 'John Smith', region: 'shanghai', postalCode: '200120', email: 'john.smith@example.co.uk' },
  },
];

describeConversations('whole web-chat conversations as people write them (tuned set)', CONVERSATIONS);
