import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { scrub } from '../../../src/log-scrub.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMailer } from '../../../src/mail/mailer.ts';
import { findLeaks } from '../../support/pii.ts';
import { startServe, type ServeProcess } from '../../support/serve-process.ts';
import { startRefusingSmtp } from '../../support/smtp-sink.ts';
import { webTurn } from './support.ts';

const RECIPIENT = 'li.si.refused@example.com';
const dirs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function captured(): { logger: ReturnType<typeof createLogger>; text(): string } {
  const lines: string[] = [];
  const logger = createLogger('info', new Writable({ write(chunk: Buffer, _enc, cb) { lines.push(chunk.toString()); cb(); } }), {});
  return { logger, text: () => lines.join('') };
}

async function refusedMailError(): Promise<unknown> {
  const smtp = await startRefusingSmtp();
  cleanups.push(() => smtp.close());
  const mailer = createMailer({ SMTP_URL: smtp.url, SMTP_FROM: 'dvbot <bot@example.org>', DVBOT_DATA_DIR: '/nonexistent' }, createLogger('silent'));
  return mailer.send({ to: RECIPIENT, subject: 'code', text: 'your code' }).catch((e: unknown) => e);
}

describe('error messages from SDKs are scrubbed of personal data in logs', () => {
  it('keeps a refused recipient, quoted by the SMTP server, out of the error line', async () => {
    const error = await refusedMailError();
    expect(JSON.stringify((error as { cause?: { message?: string } }).cause?.message)).toContain(RECIPIENT); // the SDK does quote it
    const log = captured();
    log.logger.error({ err: error }, 'dialog I/O failed');
    expect(log.text()).toContain('dialog I/O failed');
    expect(log.text()).toContain('no such user');
    expect(log.text()).not.toContain('li.si.refused');
  });

  it('scrubs an Error under any key, at any depth, and the text under error, cause and reason', async () => {
    const error = await refusedMailError();
    const log = captured();
    log.logger.warn({ error }, 'under error');
    log.logger.warn({ result: { attempts: [{ failure: error }] } }, 'nested');
    log.logger.warn({ reason: `rejected ${RECIPIENT}`, cause: 'phone 13812345678', note: 'kept as is' }, 'as text');
    const lines = log.text().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(log.text()).not.toContain('li.si.refused');
    expect(log.text()).not.toContain('13812345678');
    expect(lines[0]).toMatchObject({ error: { type: 'AppError', message: expect.any(String) } });
    expect(JSON.stringify(lines[1])).toContain('no such user');
    expect(lines[2]).toMatchObject({ reason: 'rejected [email]', cause: 'phone [number]', note: 'kept as is' });
  });

  it('replaces emails, phone numbers and ID numbers in free text', () => {
    expect(scrub('rcpt <ana@example.com> refused; phone +86 138 1234 5678; id 11010519491231002X; uscc 91110000600037341L'))
      .toBe('rcpt <[email]> refused; phone [number]; id [id]; uscc [id]');
    expect(scrub('connect ECONNREFUSED 127.0.0.1:6379')).toBe('connect ECONNREFUSED 127.0.0.1:6379');
  });
});

// The same check the test run makes over every worker's log after it ends, here on one child process's whole log.
describe('a whole conversation with dvbot serve, mail refused', () => {
  it('logs the failure in its log file without the ID number, name, phone or email the user gave', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvbot-log-check-'));
    dirs.push(dir);
    const smtp = await startRefusingSmtp();
    cleanups.push(() => smtp.close());
    const logFile = join(dir, 'logs', 'serve.ndjson');
    // The run's own check reads only its folder: hand it this child's lines too, whatever this test concludes.
    const runLogs = process.env.DVBOT_TEST_LOG_DIR;
    cleanups.push(async () => { if (runLogs && existsSync(logFile)) copyFileSync(logFile, join(runLogs, `log-scrub-serve-${process.pid}.ndjson`)); });
    const server: ServeProcess = await startServe({ DVBOT_DATA_DIR: join(dir, 'data'), SMTP_URL: smtp.url, LOG_LEVEL: 'info', DVBOT_LOG_FILE: logFile }, dir);
    cleanups.push(() => server.stop('SIGKILL'));
    const given = ['11010519491231002X', '张三', '13812345678', 'zhang.refused@example.com'];
    const conversation = crypto.randomUUID();
    for (const text of ['hi', '3', 'example.cn', '1', '1', given[0]!, given[1]!, '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', given[2]!, given[3]!, { action: 'english.accept' }, { action: 'summary.confirm' }]) {
      expect((await webTurn(server.url, conversation, text)).status).toBe(200);
    }
    expect(await server.stop()).toBe(0);
    const logged = readFileSync(logFile, 'utf8');
    expect(logged).toContain('"actor":"sendEmailCode"'); // the refusal was logged with the server's words, and every turn at debug level
    expect(logged).toContain('no such user');
    expect(logged.match(/"msg":"web turn"/g)?.length).toBe(15);
    expect(findLeaks(join(dir, 'logs'), given)).toMatchObject({ leaks: [] });
    expect(server.output.err).not.toMatch(/zhang\.refused|13812345678|11010519491231002X/);
  }, 60_000);
});
