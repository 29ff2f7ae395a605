import { pino, type Logger } from 'pino';
import { scrubbedError } from './log-scrub.ts';

/** Paths of personal data that must never reach a log line. */
export const REDACT_PATHS = [
  'text', '*.text', 'email', '*.email', 'phone', '*.phone', 'idNumber', '*.idNumber', 'value', '*.value',
  'profile', '*.profile', 'bytes', '*.bytes', 'url', '*.url', 'token', '*.token', 'authorization', '*.authorization',
];

/** Creates the root logger; conversation code uses `logger.child({ conversationId })`. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, serializers: { err: scrubbedError } }, destination ?? pino.destination(2));
}

export type { Logger };
