import { parentPort } from 'node:worker_threads';
import { inspectDocumentPhoto } from './inspect.ts';
import { mergeFrontBack } from './merge.ts';
import type { InspectOptions, MergeOptions, PhotoReport } from './types.ts';

/** A job sent by the pool in inspector.ts. */
export type PhotoJob =
  | { id: number; op: 'inspect'; bytes: Uint8Array; opts: Omit<InspectOptions, 'signal'> }
  | { id: number; op: 'merge'; front: Uint8Array; back: Uint8Array; opts: MergeOptions };

/** The answer to one job: a report, or the message of an unexpected failure (a bug, not bad input). */
export type PhotoJobResult = { id: number; report: PhotoReport } | { id: number; error: string };

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

async function run(job: PhotoJob): Promise<PhotoReport> {
  if (job.op === 'inspect') return inspectDocumentPhoto(asBuffer(job.bytes), job.opts);
  return mergeFrontBack(asBuffer(job.front), asBuffer(job.back), job.opts);
}

parentPort?.on('message', (job: PhotoJob) => {
  run(job).then(
    (report) => parentPort?.postMessage({ id: job.id, report } satisfies PhotoJobResult),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies PhotoJobResult),
  );
});
