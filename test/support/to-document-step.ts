import type { RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import { VALID_ANSWERS } from '../dialogs/answers.ts';
import { lastCode } from './smtp-sink.ts';

/** A conversation that can be typed into and tapped: what the integration tests' chat helpers share. */
type Talk = { say(text: string): Promise<unknown>; choose(id: string): Promise<unknown> };

/**
 * Answers the real dialog from a greeting to the document photo step: the kind, a domain, every profile field with the
 * kind's valid answers, the English profile and summary accepted, the emailed code typed.
 * @example await toDocumentStep(c, smtp.messages, { greeting: '你好' })
 */
export async function toDocumentStep(c: Talk, mails: { text: string }[], opts: { kind?: RegistrantKind; domain?: string; greeting?: string } = {}): Promise<void> {
  const kind = opts.kind ?? 'individual_mainland';
  await c.say(opts.greeting ?? 'hello');
  await c.choose(`kind.${kind}`);
  await c.say(opts.domain ?? 'example.cn');
  await c.choose('checklist.ready');
  const answers = VALID_ANSWERS[kind];
  for (const field of ['documentType', 'idNumber', 'name', 'region', 'city', 'address', 'postalCode', 'phone', 'email'] as const) await c.say(answers[field]!);
  await c.choose('english.accept');
  await c.choose('summary.confirm');
  await c.say(lastCode(mails));
}
