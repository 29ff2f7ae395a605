import type { Lang } from '../i18n/localized.ts';
import { parseDomainName } from '../domain/suffixes.ts';
import type { Registrar } from '../registrar/types.ts';
import { diagnoseDomain } from '../faq/diagnose.ts';
import { resolveDns as lookUpDns, type DnsLookup } from '../faq/dns.ts';
import type { CommandIo } from './validate.ts';

/** What the status and ask commands need from outside; omitted parts are built from the environment. */
export type StatusDeps = { registrar?: Registrar; resolveDns?: (domain: string) => Promise<DnsLookup> };

const USAGE = 'usage: dvbot status DOMAIN [--json] [--lang en|zh]';

/**
 * Runs `use` with the given registrar, or with the one the bot itself uses (built from the environment by the
 * composition root, so the simulated registrar's state is the chat's), closing it afterwards.
 */
export async function withRegistrar<T>(registrar: Registrar | undefined, use: (r: Registrar) => Promise<T>): Promise<T> {
  if (registrar) return use(registrar);
  const [{ loadConfig }, { createLogger }, { createBot }] = await Promise.all([import('../config.ts'), import('../logger.ts'), import('../main.ts')]);
  const config = loadConfig();
  const bot = await createBot(config, createLogger(config.LOG_LEVEL));
  try {
    return await use(bot.registrar);
  } finally {
    await bot.close();
  }
}

type Options = { domain: string; json: boolean; lang: Lang };

function parseArgs(args: readonly string[]): Options | string {
  const positional: string[] = [];
  let json = false;
  let lang: Lang = 'en';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[(i += 1)] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'zh') return `--lang must be en or zh, not "${value ?? ''}"`;
      lang = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return positional.length === 0 ? 'missing DOMAIN' : `one DOMAIN at a time, not ${positional.length}`;
  const verdict = parseDomainName(positional[0]!);
  if (!verdict.valid) return verdict.error.message[lang];
  return { domain: verdict.normalized, json, lang };
}

/**
 * `dvbot status DOMAIN [--json] [--lang en|zh]`: diagnoses the domain from the registrar's live data. With `--json`
 * prints `{"domain","cause","answer","nextStep"?}`. Exit 0 done, 2 bad usage (a registrar outage throws: exit 1).
 * @example await runStatus(['shop.com', '--json'], io, { registrar }) // {"domain":"shop.com","cause":"profile_missing",…}
 */
export async function runStatus(args: string[], io: CommandIo, deps: StatusDeps = {}): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${USAGE}`);
    return 2;
  }
  const { domain, lang, json } = options;
  const resolveDns = deps.resolveDns ?? lookUpDns;
  const diagnosis = await withRegistrar(deps.registrar, (registrar) => diagnoseDomain(registrar, domain, { lang, resolveDns }));
  io.out(json
    ? JSON.stringify({ domain, cause: diagnosis.cause, answer: diagnosis.text, ...(diagnosis.nextStep ? { nextStep: diagnosis.nextStep } : {}) })
    : diagnosis.text);
  return 0;
}
