import { randomUUID } from 'node:crypto';
import { fromPromise } from 'xstate';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { createStore } from './store/index.ts';
import type { Store } from './store/types.ts';
import { loadDataKey } from './store/cipher.ts';
import type { Registrar } from './registrar/types.ts';
import { createSimulatedRegistrar } from './registrar/simulated.ts';
import { createAliyunRegistrar } from './registrar/aliyun/registrar.ts';
import { toProfileSubmission } from './registrar/submission.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { createEmailCodeDeps } from './mail/email-code-crypto.ts';
import { verificationEmail } from './mail/verification-email.ts';
import { checkEmailCode, issueEmailCode, resendEmailCode } from './domain/email-code.ts';
import type { DocumentKind } from './domain/documents.ts';
import { createDocumentPhotos, type PhotoInspector } from './documents/document-photos.ts';
import { createPhotoInspector } from './photos/inspector.ts';
import { createRunner, type Runner } from './conversation/runner.ts';
import { createIntentClassifier } from './faq/classifier.ts';
import { diagnoseDomain } from './faq/diagnose.ts';
import { resolveDns } from './faq/dns.ts';
import { verificationMachine, DIALOG_VERSION, isAwaitingReview } from '../dialogs/verification/machine.ts';
import { createReviewWatcher, followReview, type Deliver, type ReviewWatcher } from './notify/review-watcher.ts';
import { toDialogEvent } from '../dialogs/verification/to-event.ts';
import { runTerminalChat } from '../adapters/terminal/app.ts';
import { toJsonLine, toTerminal } from '../adapters/terminal/render.ts';
import { createWebChat } from '../adapters/web/app.ts';
import { createHttpServer } from './http/server.ts';
import type { InboundMessage } from './conversation/messages.ts';

/** Parts a test or another entry point may supply instead of the ones built from the config. */
export type BotOverrides = { store?: Store; registrar?: Registrar; mailer?: Mailer; inspector?: PhotoInspector & { close?(): Promise<void> } };

/** The assembled bot: the runner every channel talks to, and the parts behind it. */
export type Bot = {
  runner: Runner; store: Store; registrar: Registrar; mailer: Mailer;
  /** Follows pending reviews and delivers what changed; stopped by `close()`. */
  watchReviews(deliver: Deliver, options?: { intervalMs?: number }): ReviewWatcher;
  close(): Promise<void>;
};

const UPLOAD_TTL_MS = 24 * 3_600_000;

function createRegistrar(config: Config, store: Store, logger: Logger): Registrar {
  if (config.REGISTRAR === 'aliyun') {
    return createAliyunRegistrar({
      accessKeyId: config.ALIBABA_CLOUD_ACCESS_KEY_ID!, accessKeySecret: config.ALIBABA_CLOUD_ACCESS_KEY_SECRET!, logger: logger.child({ part: 'aliyun' }),
    });
  }
  return createSimulatedRegistrar({ kv: store.kv('registrar'), reviewSeconds: config.SIMULATED_REVIEW_SECONDS });
}

/**
 * The composition root: config → store → registrar, mail, photos → the dialog with its I/O provided → the runner.
 * @example const bot = await createBot(loadConfig(), logger); await bot.runner.handle(msg);
 */
export async function createBot(config: Config, logger: Logger, overrides: BotOverrides = {}): Promise<Bot> {
  const store = overrides.store ?? (await createStore(config, logger));
  const registrar = overrides.registrar ?? createRegistrar(config, store, logger);
  const mailer = overrides.mailer ?? createMailer(config, logger.child({ part: 'mail' }));
  const inspector = overrides.inspector ?? createPhotoInspector();
  const codes = createEmailCodeDeps(store.kind === 'memory' ? undefined : loadDataKey(config));
  const photos = createDocumentPhotos({ blobs: store.blobs, inspector, limits: registrar.imageLimits, unverifiedTtlMs: config.STATE_TTL_HOURS * 3_600_000 });

  const machine = verificationMachine.provide({
    actors: {
      sendEmailCode: fromPromise(async ({ input }) => {
        const now = Date.now();
        const issued = input.previous ? resendEmailCode(input.previous, now, codes) : { ok: true as const, ...issueEmailCode(now, codes) };
        if (!issued.ok) return issued;
        await mailer.send({ to: input.email, ...verificationEmail(issued.code, input.lang) });
        return { ok: true as const, record: issued.record };
      }),
      verifyEmailCode: fromPromise(async ({ input }) => checkEmailCode(input.record, input.input, Date.now(), codes.hash)),
      inspectUploads: fromPromise(async ({ input }) => photos.inspectUploads(input.uploads, input.document as DocumentKind)),
      mergePhotos: fromPromise(async ({ input }) => photos.merge(input.front, input.back)),
      submitProfile: fromPromise(async ({ input }) => {
        const bytes = await photos.load(input.photoBlobId);
        const image = bytes ? { bytes, contentType: 'image/jpeg' as const } : undefined;
        const submitted = await registrar.submitProfile(toProfileSubmission(input.kind, input.profile, input.english, image));
        if (input.conversationId) await followReview(store, input.conversationId);
        return submitted;
      }),
      checkProfile: fromPromise(async ({ input }) => {
        const state = await registrar.getProfile(input.profileId);
        if (state?.status === 'SUCCEED') await photos.expireAfter(input.documents, config.DOCUMENT_RETENTION_DAYS * 86_400_000);
        return state;
      }),
      deleteDocuments: fromPromise(async ({ input }) => photos.delete(input.documents)),
      associateDomains: fromPromise(async ({ input }) => registrar.associateDomains(input.profileId, input.domains)),
      checkDomains: fromPromise(async ({ input }) => Promise.all(input.domains.map((domain) => registrar.getDomain(domain)))),
      diagnose: fromPromise(async ({ input }) => {
        const results = await Promise.all(input.domains.slice(0, 5).map((domain) =>
          diagnoseDomain(registrar, domain, { lang: input.lang, resolveDns, ...(input.profileId ? { profileId: input.profileId } : {}) })));
        return results.map((r) => r.text);
      }),
      requestHuman: fromPromise(async ({ input }) => {
        await store.kv('handoff').set(input.conversationId, { ...input, requestedAt: new Date().toISOString() }, 0);
        logger.warn({ conversationId: input.conversationId }, 'a user asked for a support agent');
      }),
    },
  });

  const classifier = createIntentClassifier();
  const saveUpload = async (bytes: Buffer, meta: { name?: string; contentType?: string }) => {
    const id = `upload:${randomUUID()}`;
    await store.blobs.put(id, bytes, { contentType: meta.contentType ?? 'application/octet-stream', ...(meta.name ? { name: meta.name } : {}) }, { ttlMs: UPLOAD_TTL_MS });
    return id;
  };
  const runner = createRunner({
    store, machine, logger, dialogVersion: DIALOG_VERSION, turnTimeoutMs: config.TURN_TIMEOUT_MS,
    toEvent: (msg) => toDialogEvent(msg, { saveUpload, classifier }),
  });
  let watcher: ReviewWatcher | undefined;
  return {
    runner, store, registrar, mailer,
    watchReviews(deliver, options = {}) {
      watcher = createReviewWatcher({ store, runner, deliver, logger: logger.child({ part: 'reviews' }) }, { ...options, isWaiting: isAwaitingReview });
      watcher.start();
      return watcher;
    },
    async close() {
      await watcher?.stop();
      if (!overrides.inspector) await inspector.close?.();
      if (!overrides.store) await store.close();
    },
  };
}

/** Runs the bot in this terminal (stdin/stdout) until the input ends. */
export async function runChat(config: Config, logger: Logger, options: { json: boolean; session: string }): Promise<void> {
  const bot = await createBot(config, logger);
  bot.watchReviews(async (_conversationId, messages) => {
    for (const message of messages) process.stdout.write(`${options.json ? toJsonLine(message) : toTerminal(message)}\n`);
  }, { intervalMs: reviewPollInterval(config) });
  try {
    await runTerminalChat({
      handle: (msg) => bot.runner.handle(msg), input: process.stdin, output: process.stdout,
      conversationId: `terminal:${options.session}`, json: options.json, interactive: process.stdin.isTTY === true,
      onError: (error) => logger.error({ err: error }, 'turn failed'),
    });
  } finally {
    await bot.close();
  }
}

/**
 * How often pending reviews are polled: every 30 s against a real registrar (its API is rate-limited and reviews take
 * hours), faster with a quick simulated review so a demo shows the result soon after it is due.
 */
function reviewPollInterval(config: Config): number {
  return config.REGISTRAR === 'simulated' ? Math.max(2_000, Math.min(30_000, config.SIMULATED_REVIEW_SECONDS * 500)) : 30_000;
}

/** A running `dvbot serve`: where it listens, and how to stop it cleanly. */
export type RunningServer = { url: string; bot: Bot; close(): Promise<void> };

/** Conversation references for proactive messages, kept in the store's `ref` namespace. */
function referenceStore<R>(store: Store) {
  const refs = store.kv<R>('ref');
  return { save: (conversationId: string, ref: R) => refs.set(conversationId, ref, 0), load: (conversationId: string) => refs.get(conversationId) };
}

/**
 * Starts the HTTP server: the web chat at `/` (always), Slack and Teams when their settings are present, and the
 * review watcher that tells users, in their own channel, when a review finishes.
 * @example const server = await startServer(loadConfig(), logger); console.log(server.url);
 */
export async function startServer(config: Config, logger: Logger, overrides: BotOverrides & { reviewPollMs?: number } = {}): Promise<RunningServer> {
  const bot = await createBot(config, logger, overrides);
  const handle = (msg: InboundMessage) => bot.runner.handle(msg);
  const web = createWebChat({ handle, logger: logger.child({ channel: 'web' }) });
  const http = createHttpServer({ host: config.HOST, port: config.PORT, routes: web.routes, logger });
  const slack = config.SLACK_BOT_TOKEN
    ? await (await import('../adapters/slack/app.ts')).createSlackAdapter({
      botToken: config.SLACK_BOT_TOKEN, ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}), handle, references: referenceStore(bot.store), logger,
    })
    : undefined;
  const teams = config.MicrosoftAppId || config.TEAMS_LOCAL_MODE
    ? (await import('../adapters/teams/app.ts')).createTeamsAdapter({
      auth: { appId: config.MicrosoftAppId, appPassword: config.MicrosoftAppPassword, appType: config.MicrosoftAppType, tenantId: config.MicrosoftAppTenantId },
      allowUnauthenticated: config.TEAMS_LOCAL_MODE, handle, references: referenceStore(bot.store), logger,
    })
    : undefined;
  if (slack) http.mount(slack.routes);
  if (teams) http.mount(teams.routes);
  bot.watchReviews(async (conversationId, messages) => {
    if (conversationId.startsWith('slack:')) await slack?.sendProactive(conversationId, messages);
    else if (conversationId.startsWith('teams:')) await teams?.sendProactive(conversationId, messages);
    else if (conversationId.startsWith('web:')) web.push(conversationId, messages);
  }, { intervalMs: overrides.reviewPollMs ?? reviewPollInterval(config) });
  const { url } = await http.listen();
  return {
    url, bot,
    async close() {
      web.close();
      await http.close();
      await slack?.close();
      await bot.close();
    },
  };
}
