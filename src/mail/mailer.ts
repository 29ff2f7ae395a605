import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** One email to send. */
export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

/** Where a mail went: to the SMTP server, or into the outbox folder when no server is configured. */
export type MailDelivery = { delivered: 'smtp' | 'outbox'; path?: string };

/** Sends mail. */
export type Mailer = { send(m: OutgoingMail): Promise<MailDelivery> };

/** Settings the mailer reads. */
export type MailerConfig = Pick<Config, 'SMTP_URL' | 'SMTP_FROM' | 'DVBOT_DATA_DIR'>;

/** Short limits: a user is waiting for the code, and a hung server must not hold the turn (nodemailer's idle default is 1 h). */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** Never let message content pull in local files or URLs. */
const CONTENT_GUARDS = { disableFileAccess: true, disableUrlAccess: true };

/**
 * Creates the mailer: SMTP when SMTP_URL is set, otherwise .eml files in `<DVBOT_DATA_DIR>/outbox/` (mode 0600).
 * Logs never carry the address or the body; failures throw AppError `mail_failed` with the cause.
 */
export function createMailer(config: MailerConfig, logger: Pick<Logger, 'info'>): Mailer {
  return config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.SMTP_FROM, logger) : outboxMailer(config, logger);
}

function smtpMailer(url: string, from: string, logger: Pick<Logger, 'info'>): Mailer {
  const transport: Transporter = createTransport({ ...parseConnectionUrl(url), ...SMTP_TIMEOUTS, ...CONTENT_GUARDS });
  return {
    async send(m) {
      try {
        const info = await transport.sendMail({ from, ...m });
        if (info.accepted.length === 0) throw new Error('the SMTP server accepted no recipient');
      } catch (cause) {
        throw new AppError('mail_failed', 'could not send mail over SMTP', { cause });
      }
      logger.info({ delivered: 'smtp' }, 'mail sent');
      return { delivered: 'smtp' };
    },
  };
}

function outboxMailer(config: MailerConfig, logger: Pick<Logger, 'info'>): Mailer {
  const transport: Transporter = createTransport({ streamTransport: true, buffer: true, newline: 'windows', ...CONTENT_GUARDS });
  const dir = resolve(config.DVBOT_DATA_DIR, 'outbox');
  return {
    async send(m) {
      const path = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`);
      try {
        const info = await transport.sendMail({ from: config.SMTP_FROM, ...m });
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFile(path, info.message as Buffer, { mode: 0o600 });
      } catch (cause) {
        throw new AppError('mail_failed', 'could not write mail to the outbox', { cause });
      }
      logger.info({ delivered: 'outbox', path }, 'mail written to outbox');
      return { delivered: 'outbox', path };
    },
  };
}
