import { describe, expect, it } from 'vitest';
import { runAsk } from '../../../src/commands/ask.ts';
import { runStatus } from '../../../src/commands/status.ts';
import { createMemoryKv } from '../../../src/registrar/memory-kv.ts';
import { createSimulatedRegistrar } from '../../../src/registrar/simulated.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const registrar = () => createSimulatedRegistrar({ kv: createMemoryKv(), reviewSeconds: 60 });

describe('dvbot ask', () => {
  it('prints {"intent","answer","confidence"} with --json, in the language of the question', async () => {
    const { io, out } = capture();
    expect(await runAsk(['审核要多久', '--json'], io)).toBe(0);
    const parsed = JSON.parse(out[0]!);
    expect(Object.keys(parsed)).toEqual(['intent', 'answer', 'confidence']);
    expect(parsed).toEqual({ intent: 'review_time', answer: expect.stringContaining('1 个工作日'), confidence: expect.any(Number) });
    expect(parsed.confidence).toBeGreaterThan(0.5);
  });

  it('asks back with "intent":"clarify" and the candidate intents when unsure', async () => {
    const { io, out } = capture();
    await runAsk(['question about the template', '--json'], io);
    expect(JSON.parse(out[0]!)).toEqual({
      intent: 'clarify', answer: 'I am not sure I understood. Did you mean:', confidence: expect.any(Number),
      candidates: ['fix_profile_info', 'profile_reuse'],
    });
    const text = capture();
    await runAsk(['question about the template'], text.io);
    expect(text.out[0]).toBe('I am not sure I understood. Did you mean:\n  1) Correcting my registrant profile\n  2) One profile for several domains\n  3) Something else / a person');
  });

  it('points a nearby topic where it belongs instead of answering it as verification', async () => {
    const { io, out } = capture();
    await runAsk(['ICP备案审核要多久', '--json'], io);
    const parsed = JSON.parse(out[0]!);
    expect(parsed.intent).toBe('out_of_scope');
    expect(parsed.answer).toContain('ICP 备案是单独的流程');
  });

  it('answers in the language asked for with --lang', async () => {
    const { io, out } = capture();
    await runAsk(['is', 'verification', 'free', '--lang=zh', '--json'], io);
    expect(JSON.parse(out[0]!)).toMatchObject({ intent: 'cost', answer: '域名实名认证是免费的，不收取任何费用。' });
  });

  it('prints the text and numbered choices without --json', async () => {
    const { io, out } = capture();
    await runAsk(['tell me a joke'], io);
    expect(out[0]).toMatchInlineSnapshot(`
      "Sorry, I can only help with identity verification for domain names (documents, photos, reviews, domain status). Would you like to talk to a person instead?
        1) Talk to a person"
    `);
  });

  it('tailors the answer to --kind and --domain', async () => {
    const { io, out } = capture();
    await runAsk(['what documents do I need', '--kind', 'individual_foreign', '--domain', 'brand.trademark', '--json'], io);
    const { intent, answer } = JSON.parse(out[0]!);
    expect(intent).toBe('required_documents');
    expect(answer).toContain('Passport');
    expect(answer).toContain('.trademark: proof of trademark rights');
  });

  it('answers a status question about --domain from the registrar', async () => {
    const { io, out } = capture();
    await runAsk(['why is my domain still unverified?', '--domain', 'shop.com', '--json'], io, { registrar: registrar() });
    expect(JSON.parse(out[0]!)).toMatchObject({ intent: 'why_unverified', answer: expect.stringContaining('shop.com has no verified registrant profile yet') });
  });

  it.each([
    [[]], [['--json']], [['hello', '--lang', 'fr']], [['hello', '--kind', 'robot']], [['hello', '--domain', 'not a domain']], [['hello', '--verbose']],
  ])('exits 2 with the usage on bad arguments: %j', async (args) => {
    const { io, out, err } = capture();
    expect(await runAsk(args, io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('usage: dvbot ask');
  });
});

describe('dvbot status', () => {
  it('prints the diagnosis as {"domain","cause","answer","nextStep"}', async () => {
    const { io, out } = capture();
    expect(await runStatus(['https://www.Shop.com/', '--json'], io, { registrar: registrar() })).toBe(0);
    const parsed = JSON.parse(out[0]!);
    expect(parsed).toEqual({ domain: 'shop.com', cause: 'profile_missing', answer: expect.stringContaining('serverHold'), nextStep: 'fix_profile' });
  });

  it('leaves out nextStep when nothing is needed, and checks DNS for a Normal domain', async () => {
    const { io, out } = capture();
    await runStatus(['verified-shop.com', '--json', '--lang', 'zh'], io, { registrar: registrar(), resolveDns: async () => ({ ns: ['ns1.example.net'], a: ['203.0.113.9'] }) });
    const parsed = JSON.parse(out[0]!);
    expect(Object.keys(parsed)).toEqual(['domain', 'cause', 'answer']);
    expect(parsed.answer).toContain('verified-shop.com 解析到 203.0.113.9');
  });

  it('prints plain text without --json', async () => {
    const { io, out } = capture();
    await runStatus(['unregistered-shop.com'], io, { registrar: registrar() });
    expect(out[0]).toContain('unregistered-shop.com is not registered with this registrar');
  });

  it.each([[[]], [['a.com', 'b.com']], [['not_a_domain']], [['a.com', '--lang', 'de']], [['a.com', '--fast']]])(
    'exits 2 on bad arguments: %j', async (args) => {
      const { io, err } = capture();
      expect(await runStatus(args, io, { registrar: registrar() })).toBe(2);
      expect(err.join('\n')).toContain('usage: dvbot status');
    },
  );
});
