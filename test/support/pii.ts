import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// What a test may use as a person's data: mainland ID numbers, unified social credit codes, mobile numbers, emails.
const PATTERNS = [
  /\b\d{17}[\dXx]\b/g,
  /\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g,
  /\b1[3-9]\d{9}\b/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
];
/** Addresses of the bot and its operators (a mail's sender, an agent), not of the people being verified. */
const NOT_PERSONAL = /^(?:bot|dvbot|noreply|no-reply|support|agent|ops)@/i;
/** Names the fixtures give people (names are not found by pattern: a list, kept with the fixtures that use them). */
export const FIXTURE_NAMES = ['张三', '李四', '陈欣琪', '张伟', '刘洋', '李娜', '王芳', '张珊', '马丽', '陈静', '林志明', '迪丽热巴', 'Ana Souza', 'John Smith', 'ZHANG SAN'];

/**
 * Every identifier, phone number, email and name the test sources under `root` use, for checking logs against.
 * @example personalValues('test') // ['11010519491231002X', '13812345678', 'zhang@example.com', '张三', …]
 */
export function personalValues(root: string): string[] {
  const found = new Set<string>(FIXTURE_NAMES);
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) for (const [value] of text.matchAll(pattern)) if (!NOT_PERSONAL.test(value)) found.add(value);
  }
  return [...found];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|json|txt)$/.test(entry.name) ? [path] : [];
  });
}

/** One log line that carries a personal value. */
export type Leak = { file: string; value: string; line: string };

/**
 * The log lines (NDJSON files in `dir`) that contain any of `values`, case-insensitively for emails, as a whole token
 * for digits (a phone number inside a longer number is not that phone number).
 */
export function findLeaks(dir: string, values: readonly string[]): { lines: number; leaks: Leak[] } {
  const matchers = values.map((value) => ({ value, pattern: toMatcher(value) }));
  let lines = 0;
  const leaks: Leak[] = [];
  for (const name of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line) continue;
      lines += 1;
      for (const { value, pattern } of matchers) if (pattern.test(line)) leaks.push({ file: name, value, line: line.slice(0, 400) });
    }
  }
  return { lines, leaks };
}

function toMatcher(value: string): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^\d/.test(value) ? new RegExp(`(?<![\\dA-Za-z])${escaped}(?![\\dA-Za-z])`, 'i') : new RegExp(escaped, 'i');
}
