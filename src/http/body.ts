import type { IncomingMessage } from 'node:http';

/** The outcome of reading a request body under a hard cap; a too-large or aborted body is a value, not a throw. */
export type BodyResult = { ok: true; bytes: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

/**
 * Reads a request body, stopping as soon as it passes `limitBytes` (the declared content-length is checked
 * first, so an honest oversized upload is refused before any byte is buffered).
 * @example const body = await readBody(req, 64 * 1024); if (!body.ok) return sendJson(res, 413, ...);
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.resolve(refuse(req, 'too_large'));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) return finish(refuse(req, 'too_large'));
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: Buffer.concat(chunks, size) });
    const onAbort = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('aborted', onAbort);
  });
}

/** Cap on bytes drained after a refusal, so the client can still read our answer without us reading forever. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

// Browsers report a connection reset instead of our 413 if we stop reading mid-upload, so keep draining
// (discarding) up to a bound, then cut the connection.
function refuse(req: IncomingMessage, reason: 'too_large'): BodyResult {
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.destroy();
  });
  req.on('error', () => {});
  req.resume();
  return { ok: false, reason };
}
