import { describe, expect, it } from 'vitest';
import { startConversation } from '../support/conversation.ts';
import { fakeDialog } from '../support/fake-dialog-io.ts';

async function start() {
  const chat = await startConversation(fakeDialog().machine);
  await chat.say('hi');
  return chat;
}
const flow = async (chat: Awaited<ReturnType<typeof start>>) => ((await chat.state()) as { flow?: string }).flow ?? (await chat.state());

describe('the dialog reads what people mean', () => {
  it('asks before reading a web address as its domain name, and takes "no" for an answer', async () => {
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    const [ask] = await chat.say('https://www.shop-li.cn/products?id=1');
    expect(ask!.text).toBe('I read the web address you sent as the domain name shop-li.cn. Is that the domain to verify?');
    expect(ask!.choices!.map((c) => c.id)).toEqual(['domains.url_yes', 'domains.url_no']);
    await chat.say('nope');
    expect(await flow(chat)).toBe('askingDomains');
    expect((await chat.context())!.domains).toEqual([]);
    await chat.say('https://shop-li.cn/');
    await chat.say('yes');
    expect(await flow(chat)).toBe('showingChecklist');
    expect((await chat.context())!.domains).toEqual(['shop-li.cn']);
  });

  it('refuses a reserved suffix hidden in markup with its reason', async () => {
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    const [reply] = await chat.say('http://evil.example/"><svg/onload=alert(1)>.cn');
    expect(reply!.text).toContain('".example", which is not a suffix in use');
    expect(await flow(chat)).toBe('askingDomains');
  });

  it('takes a typed "是的" after "start over" as the confirmation, not as the next answer', async () => {
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    await chat.say('li.cn');
    await chat.say('重新开始');
    await chat.say('是的');
    expect(await flow(chat)).toBe('askingKind');
    expect((await chat.context())!.domains).toEqual([]);
  });

  it('keeps everything when the answer to "start over?" is something else', async () => {
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    await chat.say('start over');
    const replies = await chat.say('hmm');
    expect(replies.map((r) => r.text)).toContain('Nothing was cleared; let us continue.');
    expect(await flow(chat)).toBe('askingDomains');
    expect((await chat.context())!.kind).toBe('individual_mainland');
  });

  it('answers "why do you need my email?" about the email, mid-form', async () => {
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    await chat.say('li.cn');
    await chat.choose('checklist.ready');
    const replies = await chat.say('why do you need my email?');
    expect(replies[0]!.text).toMatch(/^It must be a real and valid email address/);
    expect((await chat.context())!.requested).toBe('documentType');
  });

  it('offers a person after a complaint and keeps the place', async () => {
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    await chat.say('li.cn');
    await chat.choose('checklist.ready');
    await chat.choose('field.resident_id');
    const [help, again] = await chat.say('this keeps failing');
    expect(help!.choices!.map((c) => c.id)).toEqual(['human.request']);
    expect(again!.text).toMatch(/^What is the ID number/);
    expect((await chat.context())!.requested).toBe('idNumber');
  });

  it('says what it recognized when the answer is the wrong kind of value', async () => {
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    await chat.say('li.cn');
    await chat.choose('checklist.ready');
    await chat.choose('field.resident_id');
    await chat.say('11010519491231002X');
    const [reply] = await chat.say('li.cn');
    expect(reply!.text).toBe('That looks like a domain name, but this question needs the registrant name.');
    expect((await chat.context())!.profile).not.toHaveProperty('name');
  });

  it('takes a change of registrant kind at the summary, keeping the domains and the contact data', async () => {
    const { VALID_ANSWERS, fillProfile } = await import('./answers.ts');
    const chat = await start();
    await chat.choose('kind.individual_mainland');
    await chat.say('li.cn');
    await chat.choose('checklist.ready');
    await fillProfile(chat, VALID_ANSWERS.individual_mainland);
    await chat.choose('english.accept');
    const replies = await chat.say('其实是公司的');
    // Written in Chinese, so answered in Chinese.
    expect(replies[0]!.text).toBe('好的，注册人类型已改为：中国内地企业/组织。已保留域名、所属地区、城市、通信地址、邮政编码、联系电话、电子邮箱；其余信息按新的类型填写。');
    const context = (await chat.context())!;
    expect([context.kind, context.domains, context.requested]).toEqual(['enterprise_mainland', ['li.cn'], 'documentType']);
    expect(context.profile).toMatchObject({ email: 'zhang.san@example.com', postalCode: '310012' });
    expect(context.profile).not.toHaveProperty('name');
  });
});
