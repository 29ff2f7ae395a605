import { Worker } from 'node:worker_threads';
// Loaded here on purpose: sharp's shared libraries must stay open in the main thread while workers come and go.
import 'sharp';
import type { LineAt, OcrResult } from './ocr-engine.ts';
import type { ReadJob, ReadJobResult } from './read-worker.ts';

/** The text of a photo, or why none could be read (never a reason to refuse the photo: reading only helps). */
export type ReadOutcome = { ok: true; result: OcrResult; ms: number } | { ok: false; reason: 'timed_out' | 'failed' | 'closed' };

/**
 * Reads document text on one worker thread that loads the OCR models once. `reread` reads one line of a photo again
 * (at full resolution, sharpened, slightly turned, with more margin): the result's lines are those readings.
 */
export type TextReader = { read(bytes: Buffer): Promise<ReadOutcome>; reread(bytes: Buffer, at: LineAt): Promise<ReadOutcome>; close(): Promise<void> };

type Task = { job: ReadJob; started: number; resolve(outcome: ReadOutcome): void };

const ENTRY = new URL('./read-worker-entry.mjs', import.meta.url);

/**
 * Creates the reader: one worker (one model load, a bounded ONNX session), jobs one at a time in arrival order, each
 * with a time limit. A job over the limit, or a worker that dies, is answered "could not read" and the worker replaced
 * (a slow one is retired once its job ends).
 * @example const reader = createTextReader(); const outcome = await reader.read(jpeg); await reader.close();
 */
export function createTextReader(opts: { timeoutMs?: number } = {}): TextReader {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const queue: Task[] = [];
  let worker: Worker | undefined;
  let current: Task | undefined;
  let timer: NodeJS.Timeout | undefined;
  let nextId = 1;
  let closed = false;

  function spawn(): Worker {
    const w = new Worker(ENTRY, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 } });
    w.on('message', (message: ReadJobResult) => {
      if (!current || message.id !== current.job.id) return;
      finish('error' in message ? { ok: false, reason: 'failed' } : { ok: true, result: message.result, ms: Math.round(performance.now() - current.started) });
    });
    w.on('error', () => replace(w));
    w.on('exit', () => replace(w));
    return w;
  }

  function replace(w: Worker): void {
    if (worker !== w) return;
    worker = undefined;
    if (current) finish({ ok: false, reason: 'failed' });
  }

  function finish(outcome: ReadOutcome): void {
    clearTimeout(timer);
    const task = current;
    current = undefined;
    task?.resolve(outcome);
    pump();
  }

  function pump(): void {
    if (current || closed || queue.length === 0) return;
    current = queue.shift()!;
    current.started = performance.now();
    worker ??= spawn();
    worker.postMessage(current.job);
    timer = setTimeout(() => {
      // Retire the worker instead of killing it mid-inference (terminating native code mid-job can crash the process).
      const stuck = worker!;
      worker = undefined;
      stuck.once('message', () => void stuck.terminate());
      setTimeout(() => void stuck.terminate(), timeoutMs * 3).unref();
      finish({ ok: false, reason: 'timed_out' });
    }, timeoutMs);
  }

  const submit = (bytes: Buffer, at?: LineAt) => new Promise<ReadOutcome>((resolve) => {
    if (closed) return resolve({ ok: false, reason: 'closed' });
    queue.push({ job: { id: nextId++, bytes, ...(at ? { at } : {}) }, started: 0, resolve });
    pump();
  });

  return {
    read: (bytes) => submit(bytes),
    reread: (bytes, at) => submit(bytes, at),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.resolve({ ok: false, reason: 'closed' });
      const w = worker;
      worker = undefined;
      const running = current !== undefined;
      if (current) finish({ ok: false, reason: 'closed' });
      if (!w) return;
      // A job still inside the ONNX runtime is let finish first: terminating native code mid-job aborts the process.
      if (running) await new Promise<void>((resolve) => { w.once('message', () => resolve()); w.once('exit', () => resolve()); setTimeout(resolve, timeoutMs).unref(); });
      await w.terminate();
    },
  };
}
