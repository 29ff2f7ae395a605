import { hkdfSync, randomUUID } from 'node:crypto';
import { fromPromise } from 'xstate';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { createStore } from './store/index.ts';
import type { Store } from './store/types.ts';
import { loadDataKey } from './store/cipher.ts';
import type { Registrar } from './registrar/types.ts';
import { createSimulatedRegistrar } from './registrar/simulated.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { createEmailCodeDeps } from './mail/email-code-crypto.ts';
import { createDocumentPhotos, type PhotoInspector } from './documents/document-photos.ts';
import { createPhotoInspector } from './photos/inspector.ts';
import { createTextReader, type TextReader } from './photos/read/reader.ts';
import { readDocument } from './documents/reading/read-document.ts';
import { toPhotoReading } from './documents/reading/photo-reading.ts';
import type { ExpectedDocument } from './documents/reading/read-fields.ts';
import { createRunner, type Runner } from './conversation/runner.ts';
import { stepTakes } from './conversation/step-takes.ts';
import { createUploadBudget } from './store/upload-budget.ts';
import { createIntentClassifier, trainIntentClassifierInBackground, type IntentClassifier } from './faq/classifier.ts';
import { verificationMachine, DIALOG_VERSION, isAwaitingReview } from '../dialogs/verification/machine.ts';
import { createReviewWatcher, type Deliver, type ReviewWatcher, type WatchOptions } from './notify/review-watcher.ts';
import { createResultDelivery } from './notify/result-delivery.ts';
import { createVerificationIo, type VerificationIo } from './verification-io.ts';
import { toDialogEvent } from '../dialogs/verification/to-event.ts';
import { runTerminalChat } from '../adapters/terminal/app.ts';
import { createTerminalInbox } from '../adapters/terminal/inbox.ts';
import { toJsonLine, toTerminal } from '../adapters/terminal/render.ts';
import { createWebChat } from '../adapters/web/app.ts';
import { createPresence } from '../adapters/web/presence.ts';
import { createHttpServer } from './http/server.ts';
import { createReadiness, probeStatus, type Readiness } from './http/readiness.ts';
import { createMetrics, type Metrics } from './metrics/metrics.ts';
import type { SlackAdapterOptions } from '../adapters/slack/app.ts';
import type { InboundMessage } from './conversation/messages.ts';
import { createReferenceStore } from './conversation/references.ts';
import { createAgentConsole } from '../adapters/web/agent/app.ts';
import { createAgents } from './handoff/agents.ts';
import { createConsoleSessions } from './handoff/sessions.ts';
import type { HttpServer } from './http/server.ts';
import { createBus } from './bus/create-bus.ts';
import type { Bus } from './bus/types.ts';
import { createDesk, type Deliver as DeskDeliver, type Desk } from './handoff/desk.ts';
import { withTranscript } from './handoff/turn-log.ts';

/** Parts a test or another entry point may supply instead of the ones built from the config. */
export type BotOverrides = { store?: Store; bus?: Bus; registrar?: Registrar; mailer?: Mailer; inspector?: PhotoInspector & { close?(): Promise<void> }; reader?: TextReader };

/** The assembled bot: the runner every channel talks to, and the parts behind it. */
export type Bot = {
  runner: Runner; store: Store; registrar: Registrar; mailer: Mailer;
  /** Prometheus metrics of this bot (`GET /metrics` when served). */
  metrics: Metrics;
  /** Live pushes (web chat events, agent desk): in-process, or Redis pub/sub with REDIS_URL. */
  bus: Bus;
  /** The agent desk: queue, claims, transcripts; its channels are attached by `serve`. */
  desk: Desk;
  /** Follows pending reviews and delivers what changed; stopped by `close()`. */
  watchReviews(deliver: Deliver, options?: Pick<WatchOptions, 'intervalMs' | 'accepts'>): ReviewWatcher;
  /** Builds what start-up left for later (the question classifier, prom-client), so the first turn does not pay for it. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
};

const UPLOAD_TTL_MS = 24 * 3_600_000;
/** How long a SIGTERM waits for turns in flight (a photo check takes seconds) before cutting connections. */
const SHUTDOWN_GRACE_MS = 10_000;
const MIB = 1024 * 1024;

/** Wraps each I/O function as an invoked actor that logs its failure (the dialog only tells the user). */
function toActors(io: VerificationIo, logger: Logger, metrics: Metrics) {
  const logged = <I, O>(name: string, fn: (input: I) => Promise<O>) => fromPromise<O, I>(async ({ input }) => {
    try {
      return await metrics.io(name, () => fn(input));
    } catch (err) {
      const conversationId = (input as { conversationId?: string }).conversationId;
      logger.error({ err, actor: name, ...(conversationId ? { conversationId } : {}) }, 'dialog I/O failed');
      throw err;
    }
  });
  return {
    sendEmailCode: logged('sendEmailCode', io.sendEmailCode), verifyEmailCode: logged('verifyEmailCode', io.verifyEmailCode),
    inspectUploads: logged('inspectUploads', io.inspectUploads), mergePhotos: logged('mergePhotos', io.mergePhotos),
    submitProfile: logged('submitProfile', io.submitProfile), checkProfile: logged('checkProfile', io.checkProfile),
    deleteDocuments: logged('deleteDocuments', io.deleteDocuments), associateDomains: logged('associateDomains', io.associateDomains),
    checkDomains: logged('checkDomains', io.checkDomains), diagnose: logged('diagnose', io.diagnose), requestHuman: logged('requestHuman', io.requestHuman),
    relayToAgent: logged('relayToAgent', io.relayToAgent), checkPhotoForAgent: logged('checkPhotoForAgent', io.checkPhotoForAgent),
    acceptHeldPhoto: logged('acceptHeldPhoto', io.acceptHeldPhoto), leaveHandoff: logged('leaveHandoff', io.leaveHandoff),
  };
}

// The Alibaba Cloud client is loaded only when it is the registrar, as Redis is only with REDIS_URL: start-up loads what it runs.
async function createRegistrar(config: Config, store: Store, logger: Logger): Promise<Registrar> {
  if (config.REGISTRAR === 'aliyun') {
    const { createAliyunRegistrar } = await import('./registrar/aliyun/registrar.ts');
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
  const bus = overrides.bus ?? (await createBus(config, logger.child({ part: 'bus' })));
  const registrar = overrides.registrar ?? (await createRegistrar(config, store, logger));
  const mailer = overrides.mailer ?? createMailer(config, logger.child({ part: 'mail' }));
  const inspector = overrides.inspector ?? createPhotoInspector();
  // Email codes are hashed with a key derived from the data key (not the data key itself), so each use has its own key.
  const codes = createEmailCodeDeps(store.kind === 'memory' ? undefined : Buffer.from(hkdfSync('sha256', loadDataKey(config), '', 'dvbot email codes', 32)));
  // A faked inspector means faked photos: there is no document text to read then.
  const reader = overrides.reader ?? (overrides.inspector ? undefined : createTextReader());
  const read = reader && (async (bytes: Buffer, expected: ExpectedDocument) => toPhotoReading(await readDocument(reader, bytes, expected)));
  const photos = createDocumentPhotos({ blobs: store.blobs, inspector, limits: registrar.imageLimits, unverifiedTtlMs: config.STATE_TTL_HOURS * 3_600_000, ...(read ? { read } : {}) });

  const desk = createDesk({
    store, bus, logger: logger.child({ part: 'desk' }), ttlMs: config.STATE_TTL_HOURS * 3_600_000,
    waitMs: config.HANDOFF_WAIT_MINUTES * 60_000, ...(config.SUPPORT_HOURS ? { hours: config.SUPPORT_HOURS } : {}),
  });
  const io = createVerificationIo({
    store, registrar, mailer, codes, photos, desk,
    retentionMs: config.DOCUMENT_RETENTION_DAYS * 86_400_000, handoffTtlMs: config.STATE_TTL_HOURS * 3_600_000,
  });
  const metrics = createMetrics();
  const machine = verificationMachine.provide({ actors: toActors(io, logger, metrics) });

  // Trained by warmUp a slice at a time once the server is ready (under a second, OpenCC's dictionaries with it), or at once by the first question before that.
  const classifier: IntentClassifier = { classify: (text, lang) => createIntentClassifier().classify(text, lang) };
  const budget = createUploadBudget({
    used: store.kv('upload-bytes'), perConversationBytes: config.UPLOAD_BUDGET_MB_PER_CONVERSATION * MIB, windowMs: UPLOAD_TTL_MS,
    ...(store.kind === 'sqlite' ? { dataDir: config.DVBOT_DATA_DIR } : {}), minFreeBytes: config.DISK_RESERVE_MB * MIB,
  });
  const saveUpload = (conversationId: string) => async (bytes: Buffer, meta: { name?: string; contentType?: string }) => {
    await budget.charge(conversationId, bytes.length); // throws UploadRefusedError before anything is written
    const id = `upload:${randomUUID()}`;
    await store.blobs.put(id, bytes, { contentType: meta.contentType ?? 'application/octet-stream', ...(meta.name ? { name: meta.name } : {}) }, { ttlMs: UPLOAD_TTL_MS });
    return id;
  };
  const runner = withTranscript(createRunner({
    store, machine, logger, dialogVersion: DIALOG_VERSION, turnTimeoutMs: config.TURN_TIMEOUT_MS,
    toEvent: (msg, turn) => desk.dialogEventOf(msg) ?? toDialogEvent(msg, {
      saveUpload: saveUpload(msg.conversationId), classifier, ...(msg.attachments?.length ? { takesUploads: stepTakes(machine, turn.snapshot, 'user.upload') } : {}),
    }),
  }), desk, logger.child({ part: 'desk' }));
  desk.attach({ runner, preparePhoto: io.prepareHeldPhoto });
  let watcher: ReviewWatcher | undefined;
  return {
    runner, store, bus, desk, registrar, mailer, metrics,
    watchReviews(deliver, options = {}) {
      watcher = createReviewWatcher({ store, runner, deliver, logger: logger.child({ part: 'reviews' }) }, { ...options, isWaiting: isAwaitingReview });
      watcher.start();
      return watcher;
    },
    async warmUp() {
      await Promise.all([trainIntentClassifierInBackground(), metrics.load()]);
    },
    async close() {
      await watcher?.stop();
      if (!overrides.inspector) await inspector.close?.();
      if (!overrides.bus) await bus.close();
      if (!overrides.reader) await reader?.close();
      if (!overrides.store) await store.close();
    },
  };
}

/** Runs the bot in this terminal (stdin/stdout) until the input ends. */
export async function runChat(config: Config, logger: Logger, options: { json: boolean; session: string }): Promise<void> {
  const bot = await createBot(config, logger);
  const conversationId = `terminal:${options.session}`;
  bot.watchReviews(async (_id, messages) => {
    for (const message of messages) process.stdout.write(`${options.json ? toJsonLine(message) : toTerminal(message)}\n`);
    return true;
  }, { intervalMs: reviewPollInterval(config), accepts: (id) => id === conversationId });
  try {
    const inbox = createTerminalInbox(bot.store, { ttlMs: config.STATE_TTL_HOURS * 3_600_000 });
    await runTerminalChat({
      handle: (msg) => bot.runner.handle(msg), input: process.stdin, output: process.stdout,
      conversationId, json: options.json, interactive: process.stdin.isTTY === true,
      onError: (error) => logger.error({ err: error }, 'turn failed'),
      pushes: (show) => inbox.listen(conversationId, show, (err) => logger.warn({ err }, 'terminal inbox not read')),
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

const SWEEP_MS = 30_000;
const TERMINAL_LINES_MS = 1_000;

/** The agent desk of `serve`: the console's routes, and the wait-timeout sweep (stopped by the returned close). */
function serveDesk(bot: Bot, config: Config, http: HttpServer, logger: Logger): { close(): Promise<void> } {
  http.mount(createAgentConsole({
    desk: bot.desk, agents: createAgents(bot.store), sessions: createConsoleSessions(bot.store), bus: bot.bus, store: bot.store,
    logger: logger.child({ part: 'agent-console' }), trustedProxies: config.TRUSTED_PROXIES,
  }).routes);
  const sweep = setInterval(() => void bot.desk.sweep().catch((err: unknown) => logger.warn({ err }, 'handoff wait sweep failed')), SWEEP_MS);
  sweep.unref();
  // Without Redis a `dvbot chat` process cannot push to this one's consoles: look for its lines in the store instead.
  const terminal = bot.bus.kind === 'memory' ? setInterval(() => void bot.desk.pollTerminalLines().catch((err: unknown) => logger.warn({ err }, 'terminal lines not polled')), TERMINAL_LINES_MS) : undefined;
  terminal?.unref();
  return { close: async () => { clearInterval(sweep); clearInterval(terminal); } };
}

/** A running `dvbot serve`: where it listens, what `/readyz` reports, and how to stop it cleanly. */
export type RunningServer = { url: string; bot: Bot; readiness: Readiness; close(): Promise<void> };

/** What a test may set besides the bot's parts: the review poll, and where the Slack adapter finds Slack. */
export type ServerOverrides = BotOverrides & { reviewPollMs?: number; slack?: Pick<SlackAdapterOptions, 'slackApiUrl' | 'retry' | 'attachments' | 'proactiveTimeoutMs'> };

/**
 * Starts the HTTP server: the web chat at `/` (always), Slack and Teams when their settings are present, and the
 * review watcher that tells users, in their own channel, when a review finishes.
 * @example const server = await startServer(loadConfig(), logger); console.log(server.url);
 */
export async function startServer(config: Config, logger: Logger, overrides: ServerOverrides = {}): Promise<RunningServer> {
  const bot = await createBot(config, logger, overrides);
  try {
    return await serveChannels(bot, config, logger, overrides);
  } catch (error) {
    await bot.close(); // a failed start (port taken, Slack token refused) must not leave the store or Redis open
    throw error;
  }
}

// Every channel starts on its own: nothing here waits on Slack, Bot Framework or Redis (their state is in /readyz).
async function serveChannels(bot: Bot, config: Config, logger: Logger, overrides: ServerOverrides): Promise<RunningServer> {
  const reviewPollMs = overrides.reviewPollMs ?? reviewPollInterval(config);
  const handle = (msg: InboundMessage) => bot.metrics.turn(msg.channel, () => bot.runner.handle(msg));
  const web = createWebChat({
    handle, logger: logger.child({ channel: 'web' }), trustedProxies: config.TRUSTED_PROXIES,
    events: { bus: bot.bus, ...(bot.store.kind === 'redis' ? { presence: createPresence(bot.store.kv('web-presence')) } : {}) },
    ...(bot.store.limiters ? { sharedLimiters: bot.store.limiters } : {}),
  });
  await web.ready();
  const http = createHttpServer({ host: config.HOST, port: config.PORT, routes: web.routes, logger });
  const slack = config.SLACK_BOT_TOKEN
    ? (await import('../adapters/slack/app.ts')).createSlackAdapter({
      botToken: config.SLACK_BOT_TOKEN, ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}), handle, references: createReferenceStore(bot.store.kv('ref')), logger,
      ...(config.SLACK_SUPPORT_CHANNEL ? { desk: { channel: config.SLACK_SUPPORT_CHANNEL, desk: bot.desk, blobs: bot.store.blobs } } : {}),
      ...overrides.slack,
    })
    : undefined;
  const teams = config.MicrosoftAppId || config.TEAMS_LOCAL_MODE
    ? (await import('../adapters/teams/app.ts')).createTeamsAdapter({
      auth: { appId: config.MicrosoftAppId, appPassword: config.MicrosoftAppPassword, appType: config.MicrosoftAppType, tenantId: config.MicrosoftAppTenantId },
      allowUnauthenticated: config.TEAMS_LOCAL_MODE, handle, references: createReferenceStore(bot.store.kv('ref')), logger, desk: bot.desk,
    })
    : undefined;
  if (slack) http.mount(slack.routes);
  if (teams) http.mount(teams.routes);
  const readiness = createReadiness();
  readiness.register('store', probeStatus(() => bot.store.ping()), { required: true });
  readiness.register('registrar', () => ({ ok: true, state: config.REGISTRAR }));
  readiness.register('mail', () => ({ ok: true, state: config.SMTP_URL ? 'smtp' : 'development outbox' }));
  readiness.register('web', () => ({ ok: true, state: 'ok' }));
  if (slack) readiness.register('slack', slack.status);
  if (teams) readiness.register('teams', () => ({ ok: true, state: config.TEAMS_LOCAL_MODE ? 'local mode' : 'ok' }));
  http.mount(readiness.routes);
  bot.metrics.watchHandoffs(() => bot.desk.queue());
  http.mount(bot.metrics.routes);
  const terminalInbox = createTerminalInbox(bot.store, { ttlMs: config.STATE_TTL_HOURS * 3_600_000 });
  const deliver: DeskDeliver = async (conversationId, messages) => {
    if (conversationId.startsWith('slack:')) return (await slack?.sendProactive(conversationId, messages)) ?? false;
    if (conversationId.startsWith('teams:')) return (await teams?.sendProactive(conversationId, messages)) ?? false;
    if (conversationId.startsWith('terminal:')) return terminalInbox.deliver(conversationId, messages); // `dvbot chat` is its own process
    if (!conversationId.startsWith('web:')) return false;
    web.push(conversationId, messages); // live on whichever instance the page is open, else replayed when it reconnects
    return true;
  };
  bot.desk.attach({ deliver });
  const desk = serveDesk(bot, config, http, logger);
  // the web page gets a review result only while open (on any instance); otherwise it waits in the store's outbox for the next visit
  // a channel found away is tried again after a round, then after ever longer pauses, up to ten rounds
  const results = createResultDelivery(
    { web, ...(slack ? { slack } : {}), ...(teams ? { teams } : {}) }, bot.store, logger.child({ part: 'reviews' }), { firstMs: reviewPollMs, maxMs: 10 * reviewPollMs },
  );
  const reviews = bot.watchReviews(results, { intervalMs: reviewPollMs, accepts: (id) => !id.startsWith('terminal:') });
  readiness.register('reviews', () => ({ ok: true, state: reviews.holding() ? 'watching' : 'standby' }));
  // Questions are answered while it trains (the first one waits for the rest of the training): not required for ready.
  let warm = false;
  readiness.register('faq', () => ({ ok: true, state: warm ? 'ready' : 'training' }));
  try {
    const { url } = await http.listen();
    setImmediate(() => void bot.warmUp().then(() => { warm = true; }, (err: unknown) => logger.warn({ err }, 'warm-up after start-up failed')));
    return {
      url, bot, readiness,
      async close() {
        await desk.close();
        web.close(); // event streams end first, so only turns keep the server open
        await http.close(SHUTDOWN_GRACE_MS); // no new connections; turns in flight finish (and are saved) before the store closes
        await slack?.close(SHUTDOWN_GRACE_MS); // Slack turns run after their ack, outside any open request
        await bot.close();
      },
    };
  } catch (error) {
    web.close();
    await slack?.close();
    throw error;
  }
}
