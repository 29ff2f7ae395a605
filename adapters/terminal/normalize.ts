import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Choice, InboundMessage } from '../../src/conversation/messages.ts';
import { AppError, AttachmentTooLargeError } from '../../src/errors.ts';

/** Largest file `/photo` reads: phone photos are well under it, anything bigger is refused before reading. */
export const TERMINAL_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What the terminal remembers between lines: whose conversation, and the choices it last showed (for "2"). */
export type TerminalSession = { conversationId: string; userId: string; turn: number; lastChoices: Choice[] };

// Only regular files, and never more than the cap: a device (/dev/zero) or a pipe reports size 0 and never ends.
// O_NONBLOCK keeps opening a FIFO from waiting for a writer; it changes nothing for a regular file.
async function readBounded(path: string, maxBytes = TERMINAL_MAX_FILE_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new AppError('attachment_fetch_failed', `cannot open ${basename(path)}`, { cause: error });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new AppError('attachment_refused', `${basename(path)} is not a regular file`);
    if (stats.size > maxBytes) throw new AttachmentTooLargeError(maxBytes);
    const buffer = Buffer.allocUnsafe(maxBytes + 1); // one byte more than allowed tells a file that grew after stat
    let filled = 0;
    for (let read = -1; read !== 0 && filled < buffer.length; filled += read) {
      ({ bytesRead: read } = await handle.read(buffer, filled, buffer.length - filled, filled));
    }
    if (filled > maxBytes) throw new AttachmentTooLargeError(maxBytes);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * Turns one typed line into a message: `/photo PATH` (several paths allowed) attaches files, a number picks one of the
 * choices shown last, anything else is text.
 * @example toInbound('2', session) // { action: { id: session.lastChoices[1].id }, ... }
 */
export function toInbound(line: string, session: TerminalSession): InboundMessage {
  const base = { id: `terminal:${session.conversationId}:${Date.now()}:${session.turn}`, channel: 'terminal' as const, conversationId: session.conversationId, userId: session.userId };
  const text = line.trim();
  const photo = /^\/(photo|file)\s+(.+)$/i.exec(text);
  if (photo) {
    const paths = photo[2]!.split(/\s+(?=\S)/).filter(Boolean);
    return { ...base, attachments: paths.map((path) => ({ name: basename(path), read: () => readBounded(path) })) };
  }
  const index = /^\d{1,2}$/.test(text) ? Number(text) - 1 : -1;
  const choice = session.lastChoices[index];
  if (choice) return { ...base, action: { id: choice.id }, text: choice.label };
  return { ...base, text };
}
