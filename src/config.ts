import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { SupportHoursSetting } from './handoff/support-hours.ts';

const optionalText = z.string().trim().min(1).optional().catch(undefined);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

const Env = z.object({
  DVBOT_DATA_DIR: z.string().min(1).default('./data'),
  DVBOT_DATA_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^[0-9a-fA-F]{64}$/, {
    error: 'must be 64 hex characters (32 bytes), e.g. the output of `openssl rand -hex 32`',
  }).optional()),
  REDIS_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
  SMTP_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
  SMTP_FROM: z.string().default('dvbot <dvbot@localhost>'),
  REGISTRAR: z.enum(['simulated', 'aliyun']).default('simulated'),
  SIMULATED_REVIEW_SECONDS: z.coerce.number().nonnegative().default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATE_TTL_HOURS: z.coerce.number().int().positive().default(24 * 30),
  DOCUMENT_RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  TURN_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  TRUSTED_PROXIES: z.string().default('').transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean)),
  // Uploads kept on disk: per conversation per day, per client address per hour, and the free space never spent.
  UPLOAD_BUDGET_MB_PER_CONVERSATION: z.coerce.number().positive().default(60),
  UPLOAD_BUDGET_MB_PER_ADDRESS_HOUR: z.coerce.number().positive().default(120),
  DISK_RESERVE_MB: z.coerce.number().nonnegative().default(512),
  ALIBABA_CLOUD_ACCESS_KEY_ID: optionalText,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: optionalText,
  SLACK_BOT_TOKEN: z.preprocess(emptyAsUndefined, z.string().startsWith('xoxb-', { error: 'must start with xoxb-' }).optional()),
  SLACK_SIGNING_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  SLACK_APP_TOKEN: z.preprocess(emptyAsUndefined, z.string().startsWith('xapp-', { error: 'must start with xapp-' }).optional()),
  MicrosoftAppId: z.preprocess(emptyAsUndefined, z.string().optional()),
  MicrosoftAppPassword: z.preprocess(emptyAsUndefined, z.string().optional()),
  MicrosoftAppType: z.preprocess(emptyAsUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  MicrosoftAppTenantId: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** When support agents answer, e.g. `Mon-Fri 09:00-18:00 Asia/Shanghai`; unset: always. */
  SUPPORT_HOURS: SupportHoursSetting,
  /** Minutes a user waits for an agent before being offered to keep waiting, leave a message or go on with the bot. */
  HANDOFF_WAIT_MINUTES: z.coerce.number().positive().default(10),
  /** Slack channel id (C…) where handoffs are posted with a "Take it" button; needs SLACK_BOT_TOKEN. */
  SLACK_SUPPORT_CHANNEL: z.preprocess(emptyAsUndefined, z.string().regex(/^[CG][A-Z0-9]{2,}$/, { error: 'must be a Slack channel id such as C0123ABCD' }).optional()),
  TEAMS_LOCAL_MODE: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false').transform((v) => v === 'true')),
}).superRefine((e, ctx) => {
  if (e.REGISTRAR === 'aliyun' && !(e.ALIBABA_CLOUD_ACCESS_KEY_ID && e.ALIBABA_CLOUD_ACCESS_KEY_SECRET)) {
    ctx.addIssue({ code: 'custom', path: ['ALIBABA_CLOUD_ACCESS_KEY_ID'], message: 'ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are required when REGISTRAR=aliyun' });
  }
  if (e.TEAMS_LOCAL_MODE && (e.MicrosoftAppId || !['127.0.0.1', 'localhost', '::1'].includes(e.HOST))) {
    ctx.addIssue({ code: 'custom', path: ['TEAMS_LOCAL_MODE'], message: 'only without MicrosoftAppId and with HOST on loopback (it accepts unauthenticated requests)' });
  }
  if (e.SLACK_SUPPORT_CHANNEL && !e.SLACK_BOT_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['SLACK_SUPPORT_CHANNEL'], message: 'needs SLACK_BOT_TOKEN (the desk posts as the bot)' });
  }
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)' });
  }
});

/** The bot's settings, parsed once from the environment. */
export type Config = Readonly<z.infer<typeof Env>>;

/** Loads `.env` (if present) under the real environment, then parses; throws ConfigError naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile); // never overrides variables already set
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid settings:\n${z.prettifyError(parsed.error)}`);
  return Object.freeze(parsed.data);
}
