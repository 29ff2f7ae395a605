import { detectLang, type Lang } from '../i18n/localized.ts';
import { REGISTRANT_KINDS, type RegistrantKind } from '../domain/registrant-kinds.ts';
import { parseDomainName } from '../domain/suffixes.ts';
import { answerIntent, type FaqAnswer } from '../faq/answers.ts';
import { clarifyingQuestion } from '../faq/clarification.ts';
import { createIntentClassifier, type IntentResult } from '../faq/classifier.ts';
import { diagnoseDomain } from '../faq/diagnose.ts';
import { resolveDns as lookUpDns } from '../faq/dns.ts';
import type { IntentId } from '../faq/intents.ts';
import { withRegistrar, type StatusDeps } from './status.ts';
import type { CommandIo } from './validate.ts';

const USAGE = 'usage: dvbot ask "QUESTION" [--lang en|zh] [--domain DOMAIN]... [--kind KIND] [--json]';

/** Questions about a particular domain's state: with `--domain`, these are answered from live registrar data. */
const STATUS_INTENTS: ReadonlySet<IntentId> = new Set(['why_unverified', 'still_inaccessible', 'failure_reason', 'domain_status_meaning']);

type Options = { question: string; lang?: Lang; domains: string[]; kind?: RegistrantKind; json: boolean };

function optionValue(args: readonly string[], i: number, name: string): [string | undefined, number] {
  const arg = args[i]!;
  return arg === name ? [args[i + 1], i + 1] : [arg.slice(name.length + 1), i];
}

function applyOption(o: Options, name: string, value: string | undefined): string | undefined {
  if (name === '--lang') {
    if (value !== 'en' && value !== 'zh') return `--lang must be en or zh, not "${value ?? ''}"`;
    o.lang = value;
  } else if (name === '--kind') {
    if (!REGISTRANT_KINDS.includes(value as RegistrantKind)) return `--kind must be one of ${REGISTRANT_KINDS.join(', ')}`;
    o.kind = value as RegistrantKind;
  } else {
    const verdict = parseDomainName(value ?? '');
    if (!verdict.valid) return `--domain: ${verdict.error.message.en}`;
    o.domains.push(verdict.normalized);
  }
  return undefined;
}

function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { question: '', domains: [], json: false };
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const name = ['--lang', '--domain', '--kind'].find((n) => arg === n || arg.startsWith(`${n}=`));
    if (arg === '--json') o.json = true;
    else if (name) {
      const [value, next] = optionValue(args, i, name);
      const problem = applyOption(o, name, value);
      if (problem) return problem;
      i = next;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else words.push(arg);
  }
  o.question = words.join(' ').trim();
  return o.question ? o : 'missing QUESTION';
}

async function answer(o: Options, result: IntentResult, lang: Lang, deps: StatusDeps): Promise<FaqAnswer> {
  const { intent, topic } = result;
  if (result.candidates) return clarifyingQuestion(result.candidates, lang);
  if (!STATUS_INTENTS.has(intent) || o.domains.length === 0) {
    return answerIntent(intent, { lang, ...(o.kind ? { kind: o.kind } : {}), domains: o.domains, ...(topic ? { topic } : {}) });
  }
  const resolveDns = intent === 'still_inaccessible' ? deps.resolveDns ?? lookUpDns : undefined;
  const texts = await withRegistrar(deps.registrar, (registrar) =>
    Promise.all(o.domains.map(async (domain) => (await diagnoseDomain(registrar, domain, { lang, ...(resolveDns ? { resolveDns } : {}) })).text)));
  return { text: texts.join('\n\n') };
}

/**
 * `dvbot ask "QUESTION" [--lang en|zh] [--domain D]... [--kind KIND] [--json]`: recognizes the question and answers
 * it (status questions about a `--domain` from the registrar's live data), or asks back when unsure. With `--json`
 * prints `{"intent","answer","confidence","candidates"?}`, intent `clarify` with the candidate intents when asking back.
 * Exit 0 done, 2 bad usage.
 * @example await runAsk(['审核要多久', '--json'], io) // {"intent":"review_time","answer":"信息模板的审核通常…","confidence":0.997}
 */
export async function runAsk(args: string[], io: CommandIo, deps: StatusDeps = {}): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${USAGE}`);
    return 2;
  }
  const lang = options.lang ?? detectLang(options.question);
  const result = createIntentClassifier().classify(options.question, lang);
  const reply = await answer(options, result, lang, deps);
  const { confidence, candidates } = result;
  if (options.json) io.out(JSON.stringify({ intent: candidates ? 'clarify' : result.intent, answer: reply.text, confidence, ...(candidates ? { candidates } : {}) }));
  else io.out([reply.text, ...(reply.choices ?? []).map((c, i) => `  ${i + 1}) ${c.label}`)].join('\n'));
  return 0;
}
