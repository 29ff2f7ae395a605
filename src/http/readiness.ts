import { sendJson } from './respond.ts';
import type { Route } from './types.ts';

/** The state of one part of the service: `ok` when it works, else a short `state` ("connecting", "unavailable") and why. */
export type ComponentStatus = { ok: boolean; state: string; detail?: string };

/** Reports a component's status; may be slow or throw (a thrown error reads as "unavailable"). */
export type StatusCheck = () => ComponentStatus | Promise<ComponentStatus>;

/** What `GET /readyz` answers: ready only when every required component is ok. */
export type ReadinessReport = { ready: boolean; components: Record<string, ComponentStatus & { required: boolean }> };

/** The registry of components `/readyz` reports on. */
export type Readiness = {
  /** `required` components decide readiness (the store); the others are reported only (a channel, the registrar). */
  register(name: string, check: StatusCheck, options?: { required?: boolean }): void;
  report(): Promise<ReadinessReport>;
  /** `GET /readyz`: 200 with the report when ready, else 503 with the same report. */
  routes: Route[];
};

const CHECK_TIMEOUT_MS = 1_000;

/**
 * Creates the readiness registry behind `GET /readyz` (a load balancer's readiness probe; `/healthz` stays liveness).
 * @example const readiness = createReadiness(); readiness.register('store', storeStatus(store), { required: true });
 *          http.mount(readiness.routes);
 */
export function createReadiness(): Readiness {
  const checks = new Map<string, { check: StatusCheck; required: boolean }>();
  const report = async (): Promise<ReadinessReport> => {
    const entries = await Promise.all([...checks].map(async ([name, { check, required }]) => [name, { ...(await run(check)), required }] as const));
    return { ready: entries.every(([, status]) => status.ok || !status.required), components: Object.fromEntries(entries) };
  };
  return {
    register(name, check, options = {}) {
      checks.set(name, { check, required: options.required ?? false });
    },
    report,
    routes: [{
      method: 'GET', path: '/readyz',
      handler: async (_req, res) => {
        const body = await report();
        sendJson(res, body.ready ? 200 : 503, body);
      },
    }],
  };
}

/** A check that reads a component's status as "ok" when `probe` resolves, "unavailable" when it throws. */
export function probeStatus(probe: () => Promise<unknown>): StatusCheck {
  return async () => {
    await probe();
    return { ok: true, state: 'ok' };
  };
}

async function run(check: StatusCheck): Promise<ComponentStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ComponentStatus>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, state: 'unavailable', detail: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([Promise.resolve().then(check), timeout]);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, state: 'unavailable', detail: typeof code === 'string' ? code : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
