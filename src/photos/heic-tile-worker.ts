import { parentPort } from 'node:worker_threads';
import { withFirstImage, pointerOf } from './heic.ts';
import { decodeTiles, type GridJob } from './heic-tiles.ts';
import type { HelperReply } from './heic-helper.ts';

/** The helper thread: opens the same file in its own libheif and takes tiles until none is left. */
parentPort?.on('message', ({ id, bytes, job }: { id: number; bytes: Uint8Array; job: GridJob }) => {
  withFirstImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), async (handle) => decodeTiles(pointerOf(handle), job)).then(
    () => parentPort?.postMessage({ id } satisfies HelperReply),
    (error: unknown) => parentPort?.postMessage({ id, error: String(error) } satisfies HelperReply),
  );
});
