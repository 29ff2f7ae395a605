import { describe, expect, it } from 'vitest';
import { createIntentClassifier } from '../../../src/faq/classifier.ts';
import { findOffTopic } from '../../../src/faq/off-topic.ts';

describe('findOffTopic', () => {
  it.each([
    ['what papers does my ICP filing need', 'required_documents', 'icp_filing'],
    ['the name on my icp filing is wrong, how do i fix it', 'fix_profile_info', 'icp_filing'],
    ['備案審核多久', 'review_time', 'icp_filing'],
    ['how much is a wildcard ssl cert', 'cost', 'ssl'],
    ['set up the mx record for my mailbox', 'next_steps', 'mail_setup'],
    ['虚拟主机多少钱一年', 'cost', 'hosting'],
    ['支付宝实名认证失败', 'failure_reason', 'other_real_name'],
    ['how much is renewal for .net', 'cost', 'domain_orders'],
    ['hw much r .com names these days', 'cost', 'domain_orders'],
    ['.cn域名幾多錢一年', 'cost', 'domain_orders'],
    ['i want to add a company mailbox like info@ my domain, how', 'email_suffix', 'mail_setup'],
    ['could you guys design a homepage for our bakery', 'still_inaccessible', 'hosting'],
    ['做一个企业网站制作要多少钱', 'cost', 'hosting'],
    ['想加个公司邮箱，怎么弄', 'email_suffix', 'mail_setup'],
  ] as const)('%s (read as %s) is about %s', (text, intent, topic) => {
    expect(findOffTopic(text, intent)).toBe(topic);
  });

  it('leaves verification questions that merely mention a nearby topic to the model', () => {
    expect(findOffTopic('verified now, do I have to do ICP filing next', 'next_steps')).toBeUndefined();
    expect(findOffTopic('审核通过了网站打不开，是不是要备案', 'still_inaccessible')).toBeUndefined();
    expect(findOffTopic('we will file for icp later, so how do i make the registrant name match it', 'fix_profile_info')).toBeUndefined();
    expect(findOffTopic('模板上的名字要和备案主体一致，怎么改', 'fix_profile_info')).toBeUndefined();
    // How soon one may file after verifying is the next step; how long the filing itself takes is not ours.
    expect(findOffTopic('实名通过后多久才能去备案', 'next_steps')).toBeUndefined();
    expect(findOffTopic('how long after verification until i can file for icp', 'next_steps')).toBeUndefined();
    expect(findOffTopic('how long does icp filing take after verification', 'next_steps')).toBe('icp_filing');
    expect(findOffTopic('I verified my alipay, why is my domain still unverified', 'why_unverified')).toBeUndefined();
    expect(findOffTopic('域名被禁止转移是什么状态', 'domain_status_meaning')).toBeUndefined();
    expect(findOffTopic('how long does the review take', 'review_time')).toBeUndefined();
    expect(findOffTopic('how much does verifying a .cn domain cost', 'cost')).toBeUndefined();
    expect(findOffTopic('verified on monday, the hosting company set it up, but visitors get an error', 'still_inaccessible')).toBeUndefined();
    expect(findOffTopic('实名通过了，主机商也配置好了，但是打开报错', 'still_inaccessible')).toBeUndefined();
    expect(findOffTopic('verified now, can i start building my website', 'next_steps')).toBeUndefined();
    expect(findOffTopic('can our web developer be the technical contact', 'contact_verification')).toBeUndefined();
    expect(findOffTopic('网站开发人员可以当联系人吗', 'contact_verification')).toBeUndefined();
  });
});

describe('the classifier on nearby topics', () => {
  const classifier = createIntentClassifier();

  it('answers them as out of scope and names the topic', () => {
    expect(classifier.classify('how long does the icp review take usually')).toMatchObject({ intent: 'out_of_scope', topic: 'icp_filing' });
    expect(classifier.classify('微信支付怎么实名认证')).toMatchObject({ intent: 'out_of_scope', topic: 'other_real_name' });
  });
});
