import { Worker } from 'node:worker_threads';
import type { GridJob } from './heic-tiles.ts';

/** What the helper answers for a job: its share of the tiles is in the shared image, or why not. */
export type HelperReply = { id: number; error?: string };

const ENTRY = new URL('./heic-tile-entry.mjs', import.meta.url);

let helper: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();

/**
 * Hands a grid to this thread's helper thread, which takes tiles from it alongside the caller (one helper a thread:
 * with the caller that makes two decoders, one a core on a two-core machine). Resolves when the helper has no tile
 * left to take. The helper starts on first use and keeps the process alive only while it has a job.
 */
export function shareGrid(bytes: Uint8Array, job: GridJob): Promise<void> {
  const worker = helper ?? startHelper();
  const id = nextId++;
  // Held open while a job is out (a caller may be waiting on nothing else), let go when idle.
  worker.ref();
  return new Promise<void>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, bytes, job });
  });
}

function startHelper(): Worker {
  const worker = new Worker(ENTRY, { execArgv: [] });
  worker.on('message', (reply: HelperReply) => {
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if (reply.error) pending?.reject(new Error(reply.error));
    else pending?.resolve();
  });
  const lost = (error: Error) => {
    if (helper === worker) helper = undefined;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('error', lost);
  worker.on('exit', (code) => lost(new Error(`HEIC helper stopped (${code})`)));
  // After the listeners: adding a message listener would hold the process open again.
  worker.unref();
  helper = worker;
  return worker;
}
