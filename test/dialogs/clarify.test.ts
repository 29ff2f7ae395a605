import { describe, expect, it } from 'vitest';
import { startConversation } from '../support/conversation.ts';
import { fakeDialog } from '../support/fake-dialog-io.ts';

// "question about the template?" sits between correcting a profile and reusing one (classifier.test.ts pins it).
const UNCLEAR = 'question about the template?';

async function atDomains() {
  const fake = fakeDialog();
  const chat = await startConversation(fake.machine);
  for (const step of ['hi', '3']) await chat.say(step);
  return { chat, world: fake.world };
}

describe('asking back when a question is unclear', () => {
  it('asks "Did you mean …?" with the candidates and "something else", then re-asks the form question', async () => {
    const { chat } = await atDomains();
    const replies = await chat.say(UNCLEAR);
    expect(replies[0]).toEqual({
      text: 'I am not sure I understood. Did you mean:',
      choices: [
        { id: 'clarify:fix_profile_info', label: 'Correcting my registrant profile' },
        { id: 'clarify:profile_reuse', label: 'One profile for several domains' },
        { id: 'clarify:other', label: 'Something else / a person' },
      ],
    });
    expect(replies.at(-1)!.text).toMatch(/domain/i);
    expect((await chat.context())!.clarifying).toEqual(['fix_profile_info', 'profile_reuse']);
  });

  it('answers the chosen intent, remembers the choice, and answers the same doubt without asking again', async () => {
    const { chat } = await atDomains();
    await chat.say(UNCLEAR);
    const [answer] = await chat.choose('clarify:profile_reuse');
    expect(answer!.text).toMatch(/^Yes\. A registrant profile is created once and reused/);
    expect(await chat.context()).toMatchObject({ clarified: { 'fix_profile_info,profile_reuse': 'profile_reuse' } });
    const [again] = await chat.say(UNCLEAR);
    expect(again!.text).toMatch(/^Yes\. A registrant profile is created once/);
  });

  it('on "something else" asks to rephrase and offers a person', async () => {
    const { chat, world } = await atDomains();
    await chat.say(UNCLEAR);
    const [reply] = await chat.choose('clarify:other');
    expect(reply).toEqual({
      text: 'Could you say it in other words? Or, if you prefer, I can pass you to a person.',
      choices: [{ id: 'human.unsure', label: 'Talk to a person' }],
    });
    await chat.choose('human.unsure');
    expect(world.handoffs).toBe(1);
    expect(await chat.context()).toMatchObject({ handoff: { reason: 'low_confidence' } });
  });

  it('points a nearby-topic question where it belongs mid-form instead of taking it as an answer', async () => {
    const { chat } = await atDomains();
    const replies = await chat.say('how long does the ICP filing review take?');
    expect(replies[0]!.text).toMatch(/^ICP filing is a separate process with its own console/);
    expect(replies[0]!.choices).toEqual([{ id: 'handoff', label: 'Talk to a person' }]);
    expect((await chat.context())!.domains).toEqual([]);
  });
});
