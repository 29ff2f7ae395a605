import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
// Loaded here on purpose: sharp's shared libraries must stay open in the main thread while workers come and go.
import 'sharp';
import { AppError } from '../errors.ts';
import { COULD_NOT_PROCESS, TIMED_OUT } from './intake-rules.ts';
import { verdict } from './inspect.ts';
import type { inspectDocumentPhoto } from './inspect.ts';
import type { mergeFrontBack } from './merge.ts';
import type { PhotoJob, PhotoJobResult } from './photo-worker.ts';
import type { PhotoReport } from './types.ts';

/** Photo checks running on worker threads, so one HEIC never stalls the other conversations. */
export type PhotoInspector = { inspect: typeof inspectDocumentPhoto; merge: typeof mergeFrontBack; close(): Promise<void> };

type Task = { job: PhotoJob; signal?: AbortSignal; resolve(r: PhotoReport): void; reject(e: unknown): void; settled: boolean };
type Slot = { worker: Worker; task?: Task; timer?: NodeJS.Timeout };

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * Creates a pool of photo workers (default: one per spare core, at most 4) with a time limit per job.
 * A job over the limit is answered with an `unreadable` report; its worker is retired once it stops.
 * @example const photos = createPhotoInspector(); const report = await photos.inspect(bytes, { doc: 'id_card' });
 */
export function createPhotoInspector(opts: { workers?: number; timeoutMs?: number } = {}): PhotoInspector {
  const size = Math.max(1, opts.workers ?? Math.min(4, availableParallelism() - 1));
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const submit = (make: (id: number) => PhotoJob, signal?: AbortSignal) =>
    new Promise<PhotoReport>((resolve, reject) => {
      if (closed) return reject(new AppError('attachment_refused', 'photo inspector is closed'));
      if (signal?.aborted) return reject(signal.reason);
      const task: Task = { job: make(nextId++), signal, resolve, reject, settled: false };
      signal?.addEventListener('abort', () => abort(task), { once: true });
      queue.push(task);
      pump();
    });

  function pump(): void {
    while (queue.length > 0) {
      let slot = slots.find((s) => !s.task);
      if (!slot && slots.length < size) slot = spawn();
      if (!slot) return;
      start(slot, queue.shift()!);
    }
  }

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(ENTRY, { execArgv: [] }) };
    slot.worker.on('message', (result: PhotoJobResult) => finish(slot, result));
    slot.worker.on('error', () => crash(slot));
    slot.worker.on('exit', () => crash(slot));
    slots.push(slot);
    return slot;
  }

  function start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.postMessage(task.job);
    slot.timer = setTimeout(() => {
      settle(task, () => task.resolve(verdict('unknown', [TIMED_OUT], {}, { timed_out_ms: timeoutMs })));
      retire(slot);
    }, timeoutMs);
  }

  function finish(slot: Slot, result: PhotoJobResult): void {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if (task && task.job.id === result.id) {
      if ('error' in result) settle(task, () => task.reject(new AppError('attachment_refused', `photo check failed: ${result.error}`)));
      else settle(task, () => task.resolve(revive(result.report)));
    }
    if (!slots.includes(slot)) void slot.worker.terminate();
    pump();
  }

  /** A worker that died took its job with it: answer that job as unreadable (a hostile file can do this) and replace the worker. */
  function crash(slot: Slot): void {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    if (task) settle(task, () => task.resolve(verdict('unknown', [COULD_NOT_PROCESS], {}, { worker_crashed: 1 })));
    if (!closed) pump();
  }

  /** Takes a worker out of rotation; it is terminated when its current job ends (terminating sharp mid-job can crash the process). */
  function retire(slot: Slot): void {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    setTimeout(() => void slot.worker.terminate(), timeoutMs * 3).unref();
    pump();
  }

  function abort(task: Task): void {
    const queued = queue.indexOf(task);
    if (queued >= 0) queue.splice(queued, 1);
    const slot = slots.find((s) => s.task === task);
    if (slot) { clearTimeout(slot.timer); retire(slot); }
    settle(task, () => task.reject(task.signal?.reason));
  }

  return {
    inspect: (bytes, options = {}) => {
      const { signal, ...rest } = options;
      return submit((id) => ({ id, op: 'inspect', bytes, opts: rest }), signal);
    },
    merge: (front, back, options = {}) => submit((id) => ({ id, op: 'merge', front, back, opts: options })),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) settle(task, () => task.reject(new AppError('attachment_refused', 'photo inspector closed')));
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}

function settle(task: Task, action: () => void): void {
  if (task.settled) return;
  task.settled = true;
  action();
}

/** Structured cloning turns Buffers into plain Uint8Arrays; give callers real Buffers back. */
function revive(report: PhotoReport): PhotoReport {
  if (!report.output) return report;
  const u = report.output.bytes as Uint8Array;
  return { ...report, output: { ...report.output, bytes: Buffer.from(u.buffer, u.byteOffset, u.byteLength) } };
}
