import type { Logger } from '../logger.ts';
import type { ComponentStatus } from './readiness.ts';

/** How a failed attempt is reported: a short state for `/readyz` ("unreachable", "rejected") and the log level. */
export type FailureView = { state: string; detail?: string; level: 'warn' | 'error' };

/** Options of a background start: backoff bounds and how to describe a failure (never with the error's message). */
export type BackgroundStartOptions = {
  logger: Logger;
  firstDelayMs?: number;
  maxDelayMs?: number;
  describe?: (error: unknown) => FailureView;
};

/** A start-up step running on its own: its status, a promise settled when it succeeded, and `stop` (no more retries). */
export type BackgroundStart = { status(): ComponentStatus; isReady(): boolean; ready: Promise<void>; stop(): void };

const codeOf = (error: unknown) => {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * Runs `attempt` until it succeeds, with capped exponential backoff, so a channel whose service is unreachable
 * (a Slack outage, DNS trouble) never holds up the server. Logs the first failure and every change of state once,
 * not every retry, so an outage does not flood the log.
 * @example const slack = startInBackground('slack', () => verifyToken(), { logger }); slack.status(); // { ok: false, state: 'unreachable' }
 */
export function startInBackground(name: string, attempt: () => Promise<void>, options: BackgroundStartOptions): BackgroundStart {
  const { logger, firstDelayMs = 1_000, maxDelayMs = 30_000 } = options;
  const describe = options.describe ?? ((error: unknown): FailureView => ({ state: 'unavailable', level: 'warn', ...(codeOf(error) ? { detail: codeOf(error) } : {}) }));
  let status: ComponentStatus = { ok: false, state: 'starting' };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => { markReady = resolve; });
  const run = async (tries: number) => {
    if (stopped) return;
    try {
      await attempt();
      if (stopped) return;
      status = { ok: true, state: 'ok' };
      if (tries > 0) logger.info({ component: name, tries: tries + 1 }, `${name} started after retrying`);
      markReady();
    } catch (error) {
      const view = describe(error);
      if (view.state !== status.state) logger[view.level]({ component: name, state: view.state, code: codeOf(error), detail: view.detail }, `${name} not started yet; retrying in the background`);
      status = { ok: false, state: view.state, ...(view.detail ? { detail: view.detail } : {}) };
      timer = setTimeout(() => void run(tries + 1), Math.min(firstDelayMs * 2 ** tries, maxDelayMs));
      timer.unref();
    }
  };
  void run(0);
  return {
    status: () => status,
    isReady: () => status.ok,
    ready,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
