import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMailer } from '../../../src/mail/mailer.ts';
import { verificationEmail } from '../../../src/mail/verification-email.ts';
import { header, textBody } from './mime.ts';

type Received = { from: string; to: string[]; raw: string };

function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _enc, cb) { lines.push(chunk.toString()); cb(); } });
  return { logger: createLogger('info', stream), lines };
}

async function startServer(refuse?: string): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo(address, _session, cb) { cb(address.address === refuse ? Object.assign(new Error('no such user'), { responseCode: 550 }) : undefined); },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((done) => server.close(() => done())) };
}

describe('mailer over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => { smtp = await startServer('nobody@example.com'); });
  afterAll(async () => { await smtp.close(); });

  it('delivers the verification email to a real SMTP server', async () => {
    const { logger, lines } = captureLogger();
    const mailer = createMailer({ SMTP_URL: smtp.url, SMTP_FROM: 'dvbot <bot@example.org>', DVBOT_DATA_DIR: '/nonexistent' }, logger);
    const mail = verificationEmail('482913', 'zh');
    expect(await mailer.send({ to: 'ana@example.com', ...mail })).toEqual({ delivered: 'smtp' });
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.from).toBe('bot@example.org');
    expect(message?.to).toEqual(['ana@example.com']);
    expect(header(message?.raw ?? '', 'Subject')).toBe('dvbot 邮箱验证码 · Your dvbot verification code');
    expect(header(message?.raw ?? '', 'To')).toBe('ana@example.com');
    expect(textBody(message?.raw ?? '')).toContain('您的验证码是 482913');
    const log = lines.join('');
    expect(log).toContain('"delivered":"smtp"');
    expect(log).not.toContain('ana@example.com');
    expect(log).not.toContain('482913');
  });

  it('throws mail_failed with the cause when the server refuses the recipient', async () => {
    const mailer = createMailer({ SMTP_URL: smtp.url, SMTP_FROM: 'bot@example.org', DVBOT_DATA_DIR: '/nonexistent' }, captureLogger().logger);
    const error = await mailer.send({ to: 'nobody@example.com', subject: 's', text: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'mail_failed', message: 'could not send mail over SMTP' });
    expect((error as AppError).cause).toBeInstanceOf(Error);
  });

  it('throws mail_failed when nothing listens', async () => {
    const closed = await startServer();
    await closed.close();
    const mailer = createMailer({ SMTP_URL: closed.url, SMTP_FROM: 'bot@example.org', DVBOT_DATA_DIR: '/nonexistent' }, captureLogger().logger);
    await expect(mailer.send({ to: 'ana@example.com', subject: 's', text: 't' })).rejects.toMatchObject({ code: 'mail_failed' });
  });
});

describe('mailer without SMTP: the outbox', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'dvbot-mail-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('writes an .eml file readable only by the owner and logs only its path', async () => {
    const { logger, lines } = captureLogger();
    const mailer = createMailer({ SMTP_URL: undefined, SMTP_FROM: 'dvbot <bot@example.org>', DVBOT_DATA_DIR: dir }, logger);
    const result = await mailer.send({ to: 'ana@example.com', ...verificationEmail('105937', 'en') });
    expect(result.delivered).toBe('outbox');
    expect(result.path).toMatch(new RegExp(`^${join(dir, 'outbox')}/[\\w-]+\\.eml$`));
    expect(await readdir(join(dir, 'outbox'))).toHaveLength(1);
    expect((await stat(result.path ?? '')).mode & 0o777).toBe(0o600);
    const raw = await readFile(result.path ?? '', 'utf8');
    expect(header(raw, 'To')).toBe('ana@example.com');
    expect(header(raw, 'From')).toBe('dvbot <bot@example.org>');
    expect(header(raw, 'Subject')).toBe('Your dvbot verification code · dvbot 邮箱验证码');
    expect(textBody(raw)).toContain('Your verification code is 105937');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ msg: 'mail written to outbox', delivered: 'outbox', path: result.path });
    expect(lines[0]).not.toContain('ana@example.com');
    expect(lines[0]).not.toContain('105937');
  });

  it('throws mail_failed when the outbox cannot be written', async () => {
    const blocker = join(dir, 'file');
    await writeFile(blocker, 'x');
    const mailer = createMailer({ SMTP_URL: undefined, SMTP_FROM: 'bot@example.org', DVBOT_DATA_DIR: blocker }, captureLogger().logger);
    await expect(mailer.send({ to: 'a@example.com', subject: 's', text: 't' })).rejects.toMatchObject({ code: 'mail_failed', message: 'could not write mail to the outbox' });
  });
});
