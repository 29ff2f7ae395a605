import { pino } from 'pino';

// Personal data that SDK error messages carry (an SMTP server echoing a refused recipient, a registrar or channel API
// quoting a field): emails, phone numbers, mainland ID numbers and 18-character codes, long digit runs.
const PATTERNS: readonly [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/\b\d{17}[\dXx]\b/g, '[id]'],
  [/\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g, '[id]'],
  [/\+?\d[\d -]{7,}\d/g, '[number]'],
];

/**
 * Replaces emails, phone and ID numbers in free text with placeholders.
 * @example scrub('550 <ana@example.com>: no such user') // '550 <[email]>: no such user'
 */
export function scrub(text: string): string {
  return PATTERNS.reduce((out, [pattern, placeholder]) => out.replace(pattern, placeholder), text);
}

type SerializedError = { message?: unknown; stack?: unknown; cause?: unknown; [key: string]: unknown };

/** pino's error serializer, then message, stack and the cause chain scrubbed: SDK messages are not ours to trust. */
export function scrubbedError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as SerializedError;
  return scrubFields(serialized, 0);
}

function scrubFields(value: SerializedError, depth: number): SerializedError {
  if (!value || typeof value !== 'object' || depth > 5) return value;
  const out: SerializedError = { ...value };
  for (const [key, field] of Object.entries(out)) {
    if (typeof field === 'string') out[key] = key === 'type' || key === 'code' ? field : scrub(field);
    else if (key === 'cause' && field && typeof field === 'object') out[key] = scrubFields(field as SerializedError, depth + 1);
  }
  return out;
}

// Keys whose free text is an error's description, whatever its shape (a rejection reason, an SDK's error string).
const ERROR_KEYS = new Set(['error', 'cause', 'reason']);
const MAX_DEPTH = 6;

/**
 * pino's `formatters.log`: every Error anywhere in a log object is serialized and scrubbed like `err` (which keeps its
 * own serializer), and strings under `error`, `cause` and `reason` are scrubbed, so no key escapes the error scrubbing.
 * @example logger.warn({ conversationId, error: smtpError }, 'mail not sent') // error.message without the address
 */
export function scrubbedLogObject(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) out[key] = key === 'err' ? value : scrubDeep(value, key, 0);
  return out;
}

function scrubDeep(value: unknown, key: string, depth: number): unknown {
  if (value instanceof Error) return scrubbedError(value);
  if (typeof value === 'string') return ERROR_KEYS.has(key) ? scrub(value) : value;
  if (!value || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, key, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // Dates, Buffers, class instances: pino prints them as is
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, k, depth + 1);
  return out;
}
