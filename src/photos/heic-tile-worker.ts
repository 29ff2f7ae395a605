import { parentPort } from 'node:worker_threads';
import { collectGarbage, pointerOf, withFirstImage } from './heic.ts';
import { decodeTiles, type GridJob } from './heic-tiles.ts';
import type { HelperReply } from './heic-helper.ts';

/**
 * The helper thread: opens the same file in its own libheif and takes tiles until none is left. It then collects its
 * garbage at once: this mostly idle thread would otherwise keep each photo's 36 MB shared image alive for a long time.
 */
parentPort?.on('message', ({ id, bytes, job }: { id: number; bytes: Uint8Array; job: GridJob }) => {
  withFirstImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), async (handle) => decodeTiles(pointerOf(handle), job)).then(
    () => ({ id }),
    (error: unknown) => ({ id, error: String(error) }),
  ).then((reply: HelperReply) => {
    parentPort?.postMessage(reply);
    setImmediate(collectGarbage);
  });
});
