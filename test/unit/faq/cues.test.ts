import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/faq/cues.ts';
import { normalizeText } from '../../../src/faq/features.ts';
import { canonicalize } from '../../../src/faq/synonyms.ts';

const cues = (text: string) => findCues(canonicalize(normalizeText(text)));

describe('findCues', () => {
  it.each([
    ['verification went through yesterday but the site still shows an error', 'verified_but_broken'],
    ['my website times out even after the approval came', 'verified_but_broken'],
    ['verification passed but the domain still does not point to my server', 'verified_but_broken'],
    ['實名通過咗，但係網站仲係打唔開', 'verified_but_broken'],
    ['the template got approved but nothing changed on the domain', 'passed_but_domain'],
    ['模板通过了，域名那边还是没动静', 'passed_but_domain'],
    ['template ok. domain: nope', 'passed_but_domain'],
    ['nobody has looked at my application since monday', 'waiting'],
    ['交了三天了一点消息都没有', 'waiting'],
    ["my profile didn't go through", 'negated_success'],
    ['资料又被退回了', 'negated_success'],
    ['do i have to pay 20 bucks for this', 'money'],
    ['someone phoned asking for money, is that legit', 'scam'],
    ['let me talk to somebody from your team', 'person'],
    ['我想同真人講', 'person'],
    ['please transfer me to a live person', 'person'],
    ["the certificate doesn't have a number on it", 'no_number'],
    ['执照上找不到编号', 'no_number'],
    ['what goes in the number field if my licence has none', 'no_number'],
    ['i bought 3 more domains', 'many_domains'],
    ['now that it is approved what do i do', 'after_done'],
  ] as const)('finds in "%s" the situation %s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });

  it('finds none in plain questions and answers', () => {
    for (const text of ['how long does the review take', '张三', 'what documents do i need', '13812345678', '审核需要多久']) {
      expect(cues(text), text).toEqual([]);
    }
  });

  it('reads "how much" as money only when it is about this, not about time or another thing', () => {
    expect(cues('how much is it for the check')).toContain('money');
    expect(cues('how much longer do i wait')).not.toContain('money');
    expect(cues('how much is ethereum')).not.toContain('money');
  });

  it('reads handing over the chat as asking for a person, and handing over a domain as not', () => {
    expect(cues('can you pass this on to your support team')).toContain('person');
    expect(cues('how do i transfer the domain to another person')).not.toContain('person');
  });

  it('reads a card as money only when it pays', () => {
    expect(cues('will it be taken from my credit card')).toContain('money');
    expect(cues('how do i get both sides of the card into one photo')).not.toContain('money');
  });
});
