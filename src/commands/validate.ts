import type { Lang } from '../i18n/localized.ts';
import type { Issue, Verdict } from '../domain/verdict.ts';
import { VALIDATORS, isValidateField } from '../domain/identifiers/index.ts';

/** Where the command writes: standard output and standard error, injectable for tests. */
export type CommandIo = { out: (s: string) => void; err: (s: string) => void };

type Options = { field: string; value: string; json: boolean; lang: Lang };

const USAGE = [
  'usage: dvbot validate FIELD VALUE [--json] [--lang en|zh]',
  `fields: ${Object.keys(VALIDATORS).join(', ')}`,
].join('\n');

/**
 * `dvbot validate FIELD VALUE [--json] [--lang en|zh]`: checks one profile field. Exit code 0 whatever the
 * verdict, 2 on bad usage. With `--json` prints `{"valid","normalized"?,"error"?,"warnings"?}`, messages in
 * the chosen language (default en).
 * @example await runValidate(['email', 'ana@example.com', '--json'], io) // prints {"valid":true,"normalized":"ana@example.com"}
 */
export async function runValidate(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}`);
    return 2;
  }
  if (!isValidateField(parsed.field)) {
    io.err(`unknown field "${parsed.field}"\n${USAGE}`);
    return 2;
  }
  const verdict = VALIDATORS[parsed.field](parsed.value);
  io.out(parsed.json ? JSON.stringify(toJson(verdict, parsed.lang)) : toText(verdict, parsed.lang));
  return 0;
}

function parseArgs(args: readonly string[]): Options | string {
  const positional: string[] = [];
  let json = false;
  let lang: Lang = 'en';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[(i += 1)] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'zh') return `--lang must be en or zh, not "${value ?? ''}"`;
      lang = value;
    } else if (arg === '--') {
      positional.push(...args.slice(i + 1)); // everything after "--" is a value, even "-123"
      break;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [field, value, ...extra] = positional;
  if (field === undefined) return 'missing FIELD';
  if (value === undefined) return 'missing VALUE';
  if (extra.length > 0) return `too many arguments (${extra.join(' ')}); quote a VALUE that contains spaces`;
  return { field, value, json, lang };
}

function toJson(verdict: Verdict, lang: Lang): Record<string, unknown> {
  const issue = (i: Issue) => ({ code: i.code, message: i.message[lang] });
  if (!verdict.valid) return { valid: false, error: issue(verdict.error) };
  return verdict.warnings.length > 0
    ? { valid: true, normalized: verdict.normalized, warnings: verdict.warnings.map(issue) }
    : { valid: true, normalized: verdict.normalized };
}

function toText(verdict: Verdict, lang: Lang): string {
  const label = lang === 'zh' ? { valid: '有效：', invalid: '无效：', warning: '提醒：' } : { valid: 'valid: ', invalid: 'invalid: ', warning: 'warning: ' };
  if (!verdict.valid) return `${label.invalid}${verdict.error.message[lang]} [${verdict.error.code}]`;
  const warnings = verdict.warnings.map((w) => `${label.warning}${w.message[lang]} [${w.code}]`);
  return [`${label.valid}${verdict.normalized}`, ...warnings].join('\n');
}
