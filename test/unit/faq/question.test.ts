import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../../src/faq/classifier.ts';

describe('looksLikeQuestion', () => {
  it.each([
    'why do you need my phone?', 'why do you need my phone', '多久能审核完？', '多久能审核完', 'How long does the review take',
    'what is this for', 'can I use my passport', 'Is it free', 'do I need a business license', '为什么要填邮箱', '这个是干什么用的',
    '可以用护照吗', '要不要上传背面', 'I don\'t understand', '看不懂', '转人工', 'talk to a human', '邮箱填哪个？', 'what?',
    '这里填什么', 'Which document should I choose', '可以用護照嗎', '為什麼要填郵箱', '这个咋填', '審核要多久',
    'verified yesterday but the site still wont load', 'our licence has no number on it', '我的证件上没有号码',
    'the profile did not go through again', '交了两天了还没人看', '實名通過咗但係網站仲係開唔到',
  ])('is a question: %s', (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each([
    '张三', '李小明', '何伟', '欧阳娜娜', 'Acme Ltd.', 'Zhang San', 'Will Smith', 'May Chen', '13812345678', '+86 138 1234 5678',
    '010-12345678', 'ana@example.com', '310024', '91350100M000100Y43', '110105194912310021', '北京市朝阳区建国路88号',
    '浙江省杭州市西湖区文三路 90 号', 'Room 1203, 88 Queen\'s Road Central, Hong Kong', '杭州几何科技有限公司', 'example.com',
    'Howard Street 12', 'Whitehall Trading Co., Ltd.', '上海', '',
    '陳大文', '臺北市信義區信義路五段7號', '香港中環皇后大道中99號', '11010519491231002X', 'E12345678', '0571-88888888 转 123',
    'zhang.san@qq.com', 'Wang Xiaoming', '深圳市南山区科技园', '北京几何数据有限公司', '王何',
    '杭州人工智能有限公司', '无锡路1号', '成功科技有限公司', 'No. 8 Passed Lane', '上海通过贸易有限公司',
  ])('is an answer: %s', (text) => {
    expect(looksLikeQuestion(text)).toBe(false);
  });
});
