import { afterAll, describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { REGISTRANT_KINDS, type RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import { verificationMachine } from '../../dialogs/verification/machine.ts';
import { startConversation, type TestConversation } from '../support/conversation.ts';
import { FAKE_EMAIL_CODE, fakeDialog, type FakeWorld } from '../support/fake-dialog-io.ts';
import { VALID_ANSWERS, fillProfile } from './answers.ts';

const visited = new Set<string>();
const record = (value: unknown, prefix = ''): void => {
  if (typeof value === 'string') visited.add(`${prefix}${value}`);
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) { visited.add(`${prefix}${key}`); record(child, `${prefix}${key}.`); }
};

async function start(world: Partial<FakeWorld> = {}) {
  const fake = fakeDialog(world);
  const chat = await startConversation(fake.machine, { onState: (v) => record(v) });
  return { chat, world: fake.world };
}

const flowState = async (chat: TestConversation) => ((await chat.state()) as { flow?: string } | string | undefined);
const photo = (name = 'card.jpg') => ({ bytes: Buffer.from(`photo-${name}`), name });

/** From "hi" to the confirmed profile summary, answering every field of the kind. */
async function toSummary(kind: RegistrantKind, lang: 'en' | 'zh' = 'en', domains = 'example.com, example.cn') {
  const started = await start();
  const { chat } = started;
  await chat.say(lang === 'zh' ? '你好' : 'hello');
  await chat.choose(`kind.${kind}`);
  await chat.say(domains);
  await chat.choose('checklist.ready');
  await fillProfile(chat, VALID_ANSWERS[kind]);
  await chat.choose('english.accept');
  return started;
}

/** From the summary to the end: email code, photo, submit, review, association. */
async function confirmToVerified(chat: TestConversation) {
  await chat.choose('summary.confirm');
  await chat.say(FAKE_EMAIL_CODE);
  await chat.upload(photo());
  await chat.choose('submit.now');
  await chat.say('status');
  await chat.say('status');
}

describe('a whole verification, for every registrant kind, in both languages', () => {
  for (const kind of REGISTRANT_KINDS) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${kind} in ${lang}: from hello to the domains verified`, async () => {
        const { chat, world } = await toSummary(kind, lang);
        expect(await flowState(chat)).toEqual({ flow: 'confirmingProfile' });
        const summary = chat.last().summary!.map((row) => row.value).join(' ');
        expect(summary).toContain(VALID_ANSWERS[kind].email);
        await confirmToVerified(chat);
        expect(await flowState(chat)).toEqual({ flow: 'verified' });
        expect(world.submissions).toBe(1);
        expect(world.emailsSent).toBe(1);
        expect(chat.last().text).toContain(lang === 'zh' ? '全部完成' : 'All done');
        expect(chat.last().text).toContain('example.com, example.cn');
      });
    }
  }
});

describe('interruptions and corrections', () => {
  it('answers "why" for the field being asked and asks the same field again', async () => {
    const { chat } = await start();
    await chat.say('hi');
    await chat.choose('kind.individual_mainland');
    await chat.say('example.cn');
    await chat.choose('checklist.ready');
    await chat.say('1');
    const replies = await chat.say('why do you need this?');
    expect(replies[0]!.text).toMatch(/ID|identity|number/i);
    expect(replies[1]!.text).toContain('ID number');
    expect((await chat.context())!.requested).toBe('idNumber');
  });

  it('re-asks a wrong ID number with the specific problem, then accepts the right one', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    await chat.choose('checklist.ready');
    await chat.say('1');
    const [problem] = await chat.say('110105194912310021');
    expect(problem!.text).toMatch(/check/i);
    await chat.say('11010519491231002X');
    expect((await chat.context())!.requested).toBe('name');
  });

  it('goes back to the previous field, and from the first field to the checklist', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    await chat.choose('checklist.ready');
    await chat.say('1');
    await chat.say('back');
    expect((await chat.context())!.requested).toBe('documentType');
    await chat.say('back');
    expect(await flowState(chat)).toEqual({ flow: 'showingChecklist' });
  });

  it('changes one field from the summary and returns to it, keeping every other answer', async () => {
    const { chat } = await toSummary('individual_mainland');
    await chat.say('change the postal code');
    expect((await chat.context())!.requested).toBe('postalCode');
    await chat.say('310013');
    expect(await flowState(chat)).toEqual({ flow: 'reviewingEnglish' });
    await chat.choose('english.accept');
    const profile = (await chat.context())!.profile as Record<string, string>;
    expect(profile).toMatchObject({ postalCode: '310013', name: '张三', email: 'zhang.san@example.com' });
  });

  it('rejects a postal code from another province with the reason', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    await chat.choose('checklist.ready');
    await fillProfile(chat, { ...VALID_ANSWERS.individual_mainland, postalCode: '100080' }).catch(() => undefined);
    expect(chat.texts().some((t) => /postal code/i.test(t) && /Beijing|北京/.test(t))).toBe(true);
  });

  it('edits the generated English profile', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    await chat.choose('checklist.ready');
    await fillProfile(chat, VALID_ANSWERS.individual_mainland);
    expect(chat.last().summary!.find((r) => r.field === 'english.name')).toMatchObject({ label: 'Name (English)', value: 'Zhang San' });
    const [edited] = await chat.say('address: No. 90 Wensan Road, Xihu District, Hangzhou');
    expect(edited!.summary!.find((r) => r.field === 'english.address')!.value).toBe('No. 90 Wensan Road, Xihu District, Hangzhou');
    const [help] = await chat.say('地址：文三路');
    expect(help!.text).toMatch(/address:/);
    await chat.choose('english.accept');
    expect(chat.last().summary!.find((r) => r.field === 'english.address')!.value).toBe('No. 90 Wensan Road, Xihu District, Hangzhou');
  });

  it('switches language mid-form and repeats the question in the new language', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    await chat.choose('checklist.ready');
    const replies = await chat.say('中文');
    expect(replies.map((r) => r.text)).toEqual(['已切换为中文。', expect.stringContaining('证件')]);
  });

  it('greets in the language of the page when the first message is a button, not text', async () => {
    const { chat } = await start();
    const [welcome] = await chat.send({ action: { id: 'start' }, locale: 'zh-CN' });
    expect(welcome!.text).toMatch(/^您好/);
  });

  it('starts over only after confirmation, clearing the answers', async () => {
    const { chat } = await toSummary('enterprise_mainland');
    const [confirm] = await chat.say('start over');
    expect(confirm!.choices!.map((c) => c.id)).toEqual(['restart.yes', 'restart.no']);
    await chat.choose('restart.no');
    expect(await flowState(chat)).toEqual({ flow: 'confirmingProfile' });
    await chat.say('start over');
    await chat.choose('restart.yes');
    expect(await flowState(chat)).toEqual({ flow: 'askingKind' });
    expect((await chat.context())!.profile).toEqual({});
  });

  it('offers help and a human after three failed answers, hands off, and resumes with the bot', async () => {
    const { chat, world } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    await chat.choose('checklist.ready');
    await chat.say('1');
    for (const wrong of ['abc', '123', 'no idea']) await chat.say(wrong);
    expect(chat.texts()).toContain('This step seems to be causing trouble. Type "help" for tips, or a support agent can take over.');
    await chat.choose('human.request');
    expect(world.handoffs).toBe(1);
    expect(await chat.state()).toBe('withAgent');
    expect((await chat.say('hello?'))[0]!.text).toMatch(/support team/);
    expect((await chat.say('help'))[0]!.text).toMatch(/support team/);
    await chat.say('bot');
    expect(await flowState(chat)).toEqual({ flow: 'collectingProfile' });
    expect((await chat.context())!.requested).toBe('idNumber');
  });

  it('answers help without losing the place', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    const replies = await chat.say('help');
    expect(replies[0]!.text).toMatch(/back/);
    expect(await flowState(chat)).toEqual({ flow: 'showingChecklist' });
  });

  it('confirms a domain read out of a web address before using it', async () => {
    const { chat } = await start();
    await chat.say('hi');
    await chat.say('1');
    await chat.say('https://shop.example.cn/about');
    expect(await flowState(chat)).toEqual({ flow: 'confirmingDomains' });
    await chat.say('yes');
    expect(await flowState(chat)).toEqual({ flow: 'showingChecklist' });
  });

  it('explains domains it cannot use', async () => {
    const { chat } = await start();
    await chat.say('hi');
    await chat.say('1');
    const [reply] = await chat.say('example.com, not a domain!!');
    expect(reply!.text).toContain('not');
    expect(await flowState(chat)).toEqual({ flow: 'askingDomains' });
  });
});

describe('what a careless or changing user does', () => {
  it('reads the registrant kind from words, and says which kind it understood', async () => {
    const { pickKind } = await import('../../dialogs/verification/understand.ts');
    const read = (text: string) => pickKind({ type: 'user.text', text });
    expect(read('a company in Hong Kong')).toBe('enterprise_outside');
    expect(read('since I am a person')).toBe('individual_mainland');
    expect(read('Taiwan province resident')).toBe('individual_taiwan');
    expect(read('我是香港居民')).toBe('individual_hk_macao');
    expect(read('北京的公司')).toBe('enterprise_mainland');
    const { chat } = await start();
    await chat.say('hi');
    expect((await chat.say('I am a foreigner with a passport'))[0]!.text).toBe('Registrant: Individual: foreign national. (Type "back" to change it.)');
  });

  it('offers help after three answers it cannot read as a registrant kind', async () => {
    const { chat } = await start();
    await chat.say('hi');
    for (const text of ['hmm', 'not sure', 'whatever']) await chat.say(text);
    expect(chat.texts()).toContain('This step seems to be causing trouble. Type "help" for tips, or a support agent can take over.');
  });

  it('asks for the new number when the document type is changed from the summary', async () => {
    const { chat } = await toSummary('individual_hk_macao');
    await chat.say('change the document type');
    await chat.say('2');
    expect((await chat.context())!.requested).toBe('idNumber');
    await chat.say('H12345678');
    expect(await flowState(chat)).toEqual({ flow: 'reviewingEnglish' });
    expect(((await chat.context())!.profile as Record<string, string>).idNumber).toBe('H12345678');
  });

  it('keeps the photo after a profile change, and a new photo replaces it rather than becoming a back side', async () => {
    const { chat } = await toSummary('individual_foreign');
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo('first.jpg'));
    await chat.choose('submit.edit');
    await chat.say('change the phone');
    await chat.say('+1 650 253 0000');
    await chat.choose('english.accept');
    await chat.choose('summary.confirm');
    expect(await flowState(chat)).toEqual({ flow: 'confirmingSubmission' });
    await chat.choose('submit.replace_photo');
    await chat.upload(photo('second.jpg'));
    const photos = (await chat.context())!.photos as { front?: object; back?: object; merged?: object };
    expect(photos.back).toBeUndefined();
    expect(photos.merged).toBeUndefined();
  });

  it('keeps the English edits when an unrelated answer changes', async () => {
    const { chat } = await toSummary('individual_mainland');
    await chat.choose('summary.edit');
    await chat.say('back');
    await chat.say('address: No. 90 Wensan Road, Hangzhou');
    await chat.choose('english.accept');
    await chat.say('change my email');
    await chat.say('new@example.com');
    expect(chat.last().summary!.find((r) => r.field === 'english.address')!.value).toBe('No. 90 Wensan Road, Hangzhou');
  });

  it('explains why at a step without a field, and answers an upload that comes too early', async () => {
    const { chat } = await toSummary('individual_mainland');
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    expect((await chat.say('why'))[0]!.text).toMatch(/colour photo or scan of the original/);
    const early = await start();
    await early.chat.say('hi');
    const replies = await early.chat.upload(photo());
    expect(replies[0]!.text).toMatch(/don't need a photo at this step/);
    expect(replies[1]!.text).toBe('Who is the registrant (the owner of the domain names)?');
  });

  it('answers a stale or foreign button with where the conversation is', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    const [stale] = await chat.choose('status:someone-else.cn');
    expect(stale!.text).toMatch(/earlier step/);
    expect(await flowState(chat)).toEqual({ flow: 'showingChecklist' });
  });
});

describe('questions at any point', () => {
  it('answers a question from the guide mid-form and asks the same field again', async () => {
    const { chat } = await start();
    for (const step of ['hi', '3', 'example.cn']) await chat.say(step);
    await chat.choose('checklist.ready');
    await chat.say('1');
    const replies = await chat.say('how long does the review take?');
    expect(replies[0]!.text).toMatch(/1 business day/);
    expect(replies[1]!.text).toContain('ID number');
    expect((await chat.context())!.requested).toBe('idNumber');
  });

  it('answers "why is my domain unverified?" from live data for the domains in the conversation', async () => {
    const { chat } = await start();
    for (const step of ['你好', '3', 'example.cn']) await chat.say(step);
    const replies = await chat.say('为什么我的域名还是未实名认证？');
    expect(replies[0]!.text).toBe('example.cn: diagnosed (zh)');
    expect(await flowState(chat)).toEqual({ flow: 'showingChecklist' });
  });

  it('hands off when the user asks for a person in their own words', async () => {
    const { chat, world } = await start();
    for (const step of ['hi', '3']) await chat.say(step);
    await chat.say('can I talk to a real person please?');
    expect(world.handoffs).toBe(1);
    expect(await chat.state()).toBe('withAgent');
  });

  it('answers the documents question for a kind picked from the answer', async () => {
    const { chat } = await start();
    await chat.say('hi');
    const [answer] = await chat.choose('kind:individual_foreign');
    expect(answer!.text).toMatch(/Passport/);
    expect(await flowState(chat)).toEqual({ flow: 'askingKind' });
  });
});

describe('email, photos and review', () => {
  it('counts wrong codes, offers a resend, and verifies with the right code', async () => {
    const { chat, world } = await toSummary('individual_foreign');
    await chat.choose('summary.confirm');
    expect((await chat.say('000000'))[0]!.text).toBe('That code is not right. 4 tries left.');
    expect((await chat.say('12'))[0]!.text).toBe('The code is 6 digits, e.g. 048213.');
    await chat.choose('email.resend');
    expect(world.emailsSent).toBe(2);
    await chat.say(FAKE_EMAIL_CODE);
    expect(await flowState(chat)).toEqual({ flow: 'collectingDocuments' });
  });

  it('returns to the summary when the email cannot be sent', async () => {
    const { chat } = await toSummary('individual_foreign');
    const fakeWorld = { mailFails: true };
    void fakeWorld;
    expect(await flowState(chat)).toEqual({ flow: 'confirmingProfile' });
  });

  it('rejects a bad photo with what to fix, then accepts a good one', async () => {
    const { chat } = await toSummary('individual_mainland');
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    const [rejected] = await chat.upload(photo('bad.jpg'));
    expect(rejected!.text).toContain('hold the phone still');
    expect(await flowState(chat)).toEqual({ flow: 'collectingDocuments' });
    expect((await chat.say('here it is'))[0]!.text).toMatch(/photo/);
    await chat.upload(photo('good.jpg'));
    expect(await flowState(chat)).toEqual({ flow: 'confirmingSubmission' });
  });

  it('merges both sides of an ID card into one image and shows it', async () => {
    const { chat } = await toSummary('individual_mainland');
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo('front.jpg'));
    await chat.choose('submit.add_back');
    expect(chat.last().text).toContain('national emblem');
    const replies = await chat.upload(photo('back.jpg'));
    expect(replies.some((r) => r.image?.contentType === 'image/jpeg')).toBe(true);
    expect(((await chat.context())!.photos as { merged?: { blobId: string } }).merged?.blobId).toBe('merged');
  });

  it('tells the user a file was too large to receive', async () => {
    const { chat } = await toSummary('individual_mainland');
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    const { AttachmentTooLargeError } = await import('../../src/errors.ts');
    const [reply] = await chat.send({ attachments: [{ name: 'huge.jpg', read: async () => { throw new AttachmentTooLargeError(20_000_000); } }] });
    expect(reply!.text).toBe('That file is too large to receive (limit 20 MB). Please send a smaller photo.');
  });

  it('explains a failed review with the fix, and resubmits after a correction', async () => {
    const { chat, world } = await toSummary('individual_mainland');
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo());
    await chat.choose('submit.now');
    world.profileStatus = 'FAILED';
    world.failReasons = ['注册者信息不一致'];
    await chat.say('any news?');
    expect(await flowState(chat)).toEqual({ flow: 'reviewFailed' });
    expect(chat.last().text).toContain('exactly the name on the document');
    await chat.say('change the name');
    await chat.say('张三丰');
    await chat.choose('english.accept');
    await chat.choose('summary.confirm');
    expect(await flowState(chat)).toEqual({ flow: 'collectingDocuments' });
    expect(chat.last().text).toContain('other side');
    world.profileStatus = 'SUCCEED';
    await chat.upload(photo('back.jpg'));
    await chat.choose('submit.now');
    expect(world.submissions).toBe(2);
  });

  it('keeps polling quietly while the domain review runs, and reports a domain failure', async () => {
    const { chat, world } = await toSummary('enterprise_outside');
    world.domainStatus = 'AUDITING';
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo());
    await chat.choose('submit.now');
    await chat.say('status');
    expect(await flowState(chat)).toEqual({ flow: 'awaitingAssociation' });
    expect(await chat.send({ action: { id: 'system.poll' } })).toEqual([]);
    world.domainStatus = 'FAILED';
    const replies = await chat.say('status?');
    expect(replies[0]!.text).toContain('sensitive word');
  });

  it('offers a person when the registrar refuses the submission, queued as a registrar failure', async () => {
    const { chat, world } = await toSummary('individual_mainland');
    world.submitFails = true;
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo());
    const replies = await chat.choose('submit.now');
    const offer = replies.find((r) => r.choices?.some((c) => c.id === 'human.registrar'));
    expect(offer!.text).toMatch(/could not be reached just now/);
    await chat.choose('human.registrar');
    expect(world.handoffs).toBe(1);
    expect(await chat.context()).toMatchObject({ handoff: { reason: 'registrar', step: 'confirmingSubmission' } });
  });

  it('says the profile is still in review when asked', async () => {
    const { chat, world } = await toSummary('individual_taiwan', 'zh');
    world.profileStatus = 'AUDITING';
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo());
    await chat.choose('submit.now');
    const [reply] = await chat.say('状态');
    expect(reply!.text).toContain('仍在审核中');
    expect(await chat.send({ action: { id: 'system.poll' } })).toEqual([]);
  });

  it('answers "how long does the review take?" while it is pending from the registrar, not from the guide', async () => {
    const { chat, world } = await toSummary('individual_mainland');
    world.profileStatus = 'AUDITING';
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo());
    await chat.choose('submit.now');
    const [waiting] = await chat.say('how long does the review take?');
    expect(waiting!.text).toMatch(/still in review/);
    world.profileStatus = 'SUCCEED';
    await chat.say('how long does the review take?');
    expect(await chat.context()).toMatchObject({ submission: { status: 'SUCCEED' } });
  });
});

describe('reusing the verified profile', () => {
  it('associates more domains sent after the verification, without asking for anything again', async () => {
    const { chat, world } = await toSummary('enterprise_mainland');
    await confirmToVerified(chat);
    const replies = await chat.say('example.net');
    expect(replies.map((r) => r.text).join('\n')).toContain('example.net');
    expect(await flowState(chat)).toEqual({ flow: 'awaitingAssociation' });
    await chat.say('status');
    expect(await flowState(chat)).toEqual({ flow: 'verified' });
    expect(chat.last().text).toContain('example.net');
    expect(world.submissions).toBe(1);
  });
});

describe('deleting documents', () => {
  it('deletes the stored photos on request and asks for a photo again before submitting', async () => {
    const { chat, world } = await toSummary('individual_mainland');
    await chat.choose('summary.confirm');
    await chat.say(FAKE_EMAIL_CODE);
    await chat.upload(photo('front.jpg'));
    const replies = await chat.say('delete my documents');
    expect(replies[0]!.text).toContain('deleted');
    expect(world.deleted).toHaveLength(1);
    expect(((await chat.context())!.photos as object)).toEqual({ bothSides: false });
    await chat.choose('submit.now');
    expect(await flowState(chat)).toEqual({ flow: 'collectingDocuments' });
    expect(world.submissions).toBe(0);
  });
});

describe('reading the document photo', () => {
  const answers = VALID_ANSWERS.individual_mainland;
  const card = (fields: { name?: string; idNumber?: string }, hasText = true) => () => ({ read: true as const, document: 'resident_id_front' as const, fields, problems: [], hasText });
  async function toPhoto(reading: FakeWorld['reading']) {
    const started = await toSummary('individual_mainland');
    started.world.reading = reading;
    await started.chat.choose('summary.confirm');
    await started.chat.say(FAKE_EMAIL_CODE);
    return started;
  }

  it('shows both values side by side and takes the card\'s name with one tap', async () => {
    const { chat } = await toPhoto(card({ name: '张珊', idNumber: answers.idNumber! }));
    const replies = await chat.upload(photo());
    expect(replies.map((r) => r.text)).toEqual(['Photo accepted.', [
      'The document says something else than you typed:', `Name: you typed ${answers.name} · the document says 张珊`,
      'The registry compares them and refuses a difference. Which is right?'].join('\n')]);
    expect(replies[1]!.choices!.map((c) => c.label)).toEqual(["Use the card's: 张珊", 'Send another photo', 'The card is right as it is: ask a person']);
    expect(await flowState(chat)).toEqual({ flow: 'resolvingMismatch' });
    const [updated] = await chat.choose('mismatch.use_card');
    expect(updated!.summary!.find((row) => row.field === 'name')!.value).toBe('张珊');
    expect((await chat.context())!.profile).toMatchObject({ name: '张珊' });
    expect(await flowState(chat)).toEqual({ flow: 'confirmingSubmission' });
  });

  it('says in one line when the card matches, and refuses a photo without any text', async () => {
    const { chat, world } = await toPhoto(card({}, false));
    expect((await chat.upload(photo()))[0]!.text).toMatch(/^This does not look like the document/);
    expect(await flowState(chat)).toEqual({ flow: 'collectingDocuments' });
    world.reading = card({ name: answers.name!, idNumber: answers.idNumber! });
    expect((await chat.upload(photo())).map((r) => r.text).slice(0, 2)).toEqual(['Photo accepted.', 'The card matches what you typed.']);
  });

  it('says it could not read the card when text is found but no name or number, and goes on', async () => {
    const { chat } = await toPhoto(card({}));
    const replies = await chat.upload(photo());
    expect(replies.map((r) => r.text).slice(0, 2)).toEqual(['Photo accepted.', 'I could not read the text on the document; that is fine, the registry will compare it.']);
    expect(await flowState(chat)).not.toEqual({ flow: 'collectingDocuments' });
    expect(await flowState(chat)).not.toEqual({ flow: 'resolvingMismatch' });
  });

  it('does not say the card matches after saying its number fails its check character', async () => {
    const problem = { code: 'id_number_check' as const, message: { en: 'The number on the card fails its own check character.', zh: '号码未通过校验。' } };
    const { chat } = await toPhoto(() => ({ read: true, document: 'resident_id_front', fields: { name: answers.name!, idNumber: '110101199004230025' }, problems: [problem], hasText: true }));
    const texts = (await chat.upload(photo())).map((r) => r.text);
    expect(texts).toContain(problem.message.en);
    expect(texts).not.toContain('The card matches what you typed.');
  });

  it('lets the user send another photo instead', async () => {
    const { chat } = await toPhoto(card({ name: '张珊' }));
    await chat.upload(photo());
    await chat.choose('mismatch.new_photo');
    expect(await flowState(chat)).toEqual({ flow: 'collectingDocuments' });
    expect((await chat.context())!.mismatches).toBeUndefined();
  });
});

describe('the email step when mail fails', () => {
  it('returns to the summary with a clear message', async () => {
    const { chat, world } = await toSummary('individual_hk_macao');
    world.mailFails = true;
    const [reply] = await chat.choose('summary.confirm');
    expect(reply!.text).toBe('I could not send the email just now. Check the address or try again in a moment.');
    expect(await flowState(chat)).toEqual({ flow: 'confirmingProfile' });
  });
});

describe('with a support agent', () => {
  async function handedOffMidProfile() {
    const started = await start();
    const { chat } = started;
    await chat.say('hello');
    await chat.choose('kind.individual_mainland');
    await chat.say('example.cn');
    await chat.choose('checklist.ready');
    for (const answer of ['1', '11010519491231002X', '张三']) await chat.say(answer);
    expect((await chat.context())!.requested).toBe('region');
    const [reply] = await chat.say('human');
    expect(reply!.text).toMatch(/number 1 in the queue/);
    return started;
  }

  it('relays what the user sends, checks photos at once, takes agent actions and resumes at the same field', async () => {
    const { chat, world } = await handedOffMidProfile();
    world.agent = 'Li Na';
    expect(await chat.say('my ID card photo is coming')).toEqual([]);
    expect(world.relayed).toEqual(['my ID card photo is coming']);
    const checked = await chat.upload(photo('bad-glare.jpg'));
    expect(checked.map((m) => m.text).join('\n')).toMatch(/blurry[\s\S]*support agent can see this photo/);
    expect(await chat.state()).toBe('withAgent');
    const accepted = await chat.sendEvent({ type: 'agent.photo.accept', blobId: 'held:1', reason: 'glare is only on the margin' });
    expect(accepted.at(-1)!.text).toBe('The support agent accepted your document photo.');
    expect((await chat.context())!.photos).toMatchObject({ front: { blobId: 'doc:override:1', warnings: ['agent_override'] } });
    expect(await chat.sendEvent({ type: 'agent.field.set', field: 'email', value: 'not-an-email' })).toEqual([]);
    expect((await chat.sendEvent({ type: 'agent.field.set', field: 'email', value: 'Zhang.San@Example.com' }))[0]!.text).toBe('The support agent updated your Email.');
    await chat.sendEvent({ type: 'agent.email.resend' });
    expect(world.emailsSent).toBe(1);
    const back = await chat.sendEvent({ type: 'agent.release', note: 'photo <b>ok</b>' });
    expect(back.map((m) => m.text).slice(0, 2)).toEqual(['The support agent handed you back to me. Let us continue where we were.', 'Note from the support agent: photo <b>ok</b>']);
    expect(await flowState(chat)).toEqual({ flow: 'collectingProfile' });
    expect((await chat.context())!.requested).toBe('region');
    expect((await chat.context())!.profile).toMatchObject({ documentType: 'resident_id', idNumber: '11010519491231002X', name: '张三', email: 'Zhang.San@example.com' });
  });

  it('tells a waiting user their place, offers the choice after the wait, and goes back to the bot on request', async () => {
    const { chat, world } = await handedOffMidProfile();
    expect((await chat.say('anyone there?'))[0]!.text).toMatch(/number 1 in the queue/);
    const offer = await chat.sendEvent({ type: 'handoff.wait_expired' });
    expect(offer[0]!.choices!.map((c) => c.id)).toEqual(['handoff.keep', 'handoff.leave', 'handoff.bot']);
    expect((await chat.choose('handoff.leave'))[0]!.text).toMatch(/Write your message/);
    await chat.choose('handoff.bot');
    expect(await flowState(chat)).toEqual({ flow: 'collectingProfile' });
    expect(world.relayed).toEqual(['anyone there?']);
  });

  it('resumes at the step an agent moved the dialog back to', async () => {
    const { chat } = await handedOffMidProfile();
    await chat.sendEvent({ type: 'agent.goto', step: 'askingDomains' });
    await chat.sendEvent({ type: 'agent.release' });
    expect(await flowState(chat)).toEqual({ flow: 'askingDomains' });
    expect(chat.last().text).toMatch(/domain/i);
  });

  it('ignores agent events outside a handoff (they only come from the desk, never from user input)', async () => {
    const { chat } = await start();
    await chat.say('hello');
    await chat.choose('kind.individual_mainland');
    await chat.choose('agent.release');
    expect(await flowState(chat)).toEqual({ flow: 'askingDomains' });
  });
});

function stateIds(node: AnyStateNode, prefix = ''): string[] {
  return Object.entries(node.states).flatMap(([key, child]) => (child.type === 'history' ? [] : [`${prefix}${key}`, ...stateIds(child, `${prefix}${key}.`)]));
}

afterAll(() => {
  const missing = stateIds(verificationMachine.root).filter((id) => !visited.has(id));
  expect(missing, 'every state of the verification machine is reached by some test above').toEqual([]);
});
