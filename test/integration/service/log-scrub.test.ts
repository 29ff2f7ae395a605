import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { scrub } from '../../../src/log-scrub.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMailer } from '../../../src/mail/mailer.ts';

const RECIPIENT = 'li.si.refused@example.com';

describe('error messages from SDKs are scrubbed of personal data in logs', () => {
  it('keeps a refused recipient, quoted by the SMTP server, out of the error line', async () => {
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onRcptTo(address, _session, cb) { cb(Object.assign(new Error(`<${address.address}>: no such user`), { responseCode: 550 })); },
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write(chunk: Buffer, _enc, cb) { lines.push(chunk.toString()); cb(); } }));
    try {
      const mailer = createMailer({ SMTP_URL: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, SMTP_FROM: 'dvbot <bot@example.org>', DVBOT_DATA_DIR: '/nonexistent' }, logger);
      const error = await mailer.send({ to: RECIPIENT, subject: 'code', text: 'your code' }).catch((e: unknown) => e);
      expect(JSON.stringify((error as { cause?: { message?: string } }).cause?.message)).toContain(RECIPIENT); // the SDK does quote it
      logger.error({ err: error }, 'dialog I/O failed');
      const line = lines.join('');
      expect(line).toContain('dialog I/O failed');
      expect(line).toContain('no such user');
      expect(line).not.toContain(RECIPIENT);
      expect(line).not.toContain('li.si.refused');
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it('replaces emails, phone numbers and ID numbers in free text', () => {
    expect(scrub('rcpt <ana@example.com> refused; phone +86 138 1234 5678; id 11010519491231002X; uscc 91110000600037341L'))
      .toBe('rcpt <[email]> refused; phone [number]; id [id]; uscc [id]');
    expect(scrub('connect ECONNREFUSED 127.0.0.1:6379')).toBe('connect ECONNREFUSED 127.0.0.1:6379');
  });
});
