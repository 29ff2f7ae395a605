import { parentPort } from 'node:worker_threads';
import { createOcrEngine, type LineAt, type OcrEngine, type OcrResult } from './ocr-engine.ts';

/** A photo to read, sent by reader.ts; with `at`, only that line is read again (its variants are the result's lines). */
export type ReadJob = { id: number; bytes: Uint8Array; at?: LineAt };

/** The text found, or the message of an unexpected failure. */
export type ReadJobResult = { id: number; result: OcrResult } | { id: number; error: string };

// One model load per worker, kept for every job this worker runs.
let engine: Promise<OcrEngine> | undefined;

async function run(job: ReadJob): Promise<OcrResult> {
  engine ??= createOcrEngine();
  const ocr = await engine;
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if (!job.at) return ocr.read(bytes);
  return { lines: await ocr.rereadLine(bytes, job.at), rotation: job.at.rotation, width: job.at.width, height: job.at.height };
}

parentPort?.on('message', (job: ReadJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ id: job.id, result } satisfies ReadJobResult),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies ReadJobResult),
  );
});
