import { pino, type DestinationStream, type Logger } from 'pino';
import { scrubbedError, scrubbedLogObject } from './log-scrub.ts';

/** Paths of personal data that must never reach a log line. */
export const REDACT_PATHS = [
  'text', '*.text', 'email', '*.email', 'phone', '*.phone', 'idNumber', '*.idNumber', 'value', '*.value',
  'profile', '*.profile', 'bytes', '*.bytes', 'url', '*.url', 'token', '*.token', 'authorization', '*.authorization',
];

/**
 * Creates the root logger; conversation code uses `logger.child({ conversationId })`. With `DVBOT_LOG_FILE` set, every
 * line down to debug is also appended to that file whatever the level, so a test run can check all it logged.
 * @example const logger = createLogger('info'); logger.child({ conversationId }).warn({ err }, 'mail not sent');
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): Logger {
  const options = { redact: { paths: REDACT_PATHS, censor: '[redacted]' }, serializers: { err: scrubbedError }, formatters: { log: scrubbedLogObject } };
  const main = (destination ?? pino.destination(2)) as DestinationStream;
  const copyTo = env.DVBOT_LOG_FILE;
  if (!copyTo) return pino({ ...options, level }, main);
  const copy = { level: 'debug' as const, stream: pino.destination({ dest: copyTo, append: true, mkdir: true, sync: true }) };
  const streams = level === 'silent' ? [copy] : [{ level: level as pino.Level, stream: main }, copy];
  return pino({ ...options, level: pino.levels.values[level]! < pino.levels.values.debug! ? level : 'debug' }, pino.multistream(streams));
}

export type { Logger };
