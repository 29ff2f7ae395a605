import { SMTPServer } from 'smtp-server';
import { textBody } from '../integration/mail/mime.ts';

/** A real SMTP server on 127.0.0.1 that keeps every message it receives (and answers it once `reply` resolves). */
export async function startSmtpSink(options: { reply?: Promise<void> } = {}): Promise<{ url: string; messages: { to: string[]; raw: string; text: string }[]; close(): Promise<void> }> {
  const messages: { to: string[]; raw: string; text: string }[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: textBody(raw) });
        void (options.reply ?? Promise.resolve()).then(() => callback());
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The 6-digit code in the newest message. */
export function lastCode(messages: { text: string }[]): string {
  const match = /(\d{6})/.exec(messages.at(-1)?.text ?? '');
  if (!match) throw new Error('no code in the last email');
  return match[1]!;
}

/** A real SMTP server that refuses every recipient with a 550 quoting the address, as many servers do. */
export async function startRefusingSmtp(): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo(address, _session, callback) { callback(Object.assign(new Error(`<${address.address}>: no such user`), { responseCode: 550 })); },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** An SMTP sink that holds every reply until `release()`: a turn that sends mail stays in flight meanwhile. */
export async function startHeldSmtp(): Promise<Awaited<ReturnType<typeof startSmtpSink>> & { received(): boolean; release(): void }> {
  let release = () => {};
  const reply = new Promise<void>((resolve) => { release = resolve; });
  const sink = await startSmtpSink({ reply });
  return { ...sink, received: () => sink.messages.length > 0, release };
}
