import { hkdfSync, randomUUID } from 'node:crypto';
import { fromPromise } from 'xstate';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { createStore } from './store/index.ts';
import type { Store } from './store/types.ts';
import { loadDataKey } from './store/cipher.ts';
import type { Registrar } from './registrar/types.ts';
import { createSimulatedRegistrar } from './registrar/simulated.ts';
import { createAliyunRegistrar } from './registrar/aliyun/registrar.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { createEmailCodeDeps } from './mail/email-code-crypto.ts';
import { createDocumentPhotos, type PhotoInspector } from './documents/document-photos.ts';
import { createPhotoInspector } from './photos/inspector.ts';
import { createTextReader, type TextReader } from './photos/read/reader.ts';
import { readDocument } from './documents/reading/read-document.ts';
import { toPhotoReading } from './documents/reading/photo-reading.ts';
import type { ExpectedDocument } from './documents/reading/read-fields.ts';
import { createRunner, type Runner } from './conversation/runner.ts';
import { createIntentClassifier } from './faq/classifier.ts';
import { verificationMachine, DIALOG_VERSION, isAwaitingReview } from '../dialogs/verification/machine.ts';
import { createReviewWatcher, type Deliver, type ReviewWatcher, type WatchOptions } from './notify/review-watcher.ts';
import { createVerificationIo, type VerificationIo } from './verification-io.ts';
import { toDialogEvent } from '../dialogs/verification/to-event.ts';
import { runTerminalChat } from '../adapters/terminal/app.ts';
import { toJsonLine, toTerminal } from '../adapters/terminal/render.ts';
import { createWebChat } from '../adapters/web/app.ts';
import { createHttpServer } from './http/server.ts';
import type { InboundMessage } from './conversation/messages.ts';
import { createReferenceStore } from './conversation/references.ts';

/** Parts a test or another entry point may supply instead of the ones built from the config. */
export type BotOverrides = { store?: Store; registrar?: Registrar; mailer?: Mailer; inspector?: PhotoInspector & { close?(): Promise<void> }; reader?: TextReader };

/** The assembled bot: the runner every channel talks to, and the parts behind it. */
export type Bot = {
  runner: Runner; store: Store; registrar: Registrar; mailer: Mailer;
  /** Follows pending reviews and delivers what changed; stopped by `close()`. */
  watchReviews(deliver: Deliver, options?: Pick<WatchOptions, 'intervalMs' | 'accepts'>): ReviewWatcher;
  close(): Promise<void>;
};

const UPLOAD_TTL_MS = 24 * 3_600_000;

/** Wraps each I/O function as an invoked actor that logs its failure (the dialog only tells the user). */
function toActors(io: VerificationIo, logger: Logger) {
  const logged = <I, O>(name: string, fn: (input: I) => Promise<O>) => fromPromise<O, I>(async ({ input }) => {
    try {
      return await fn(input);
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
  };
}

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
  // Email codes are hashed with a key derived from the data key (not the data key itself), so each use has its own key.
  const codes = createEmailCodeDeps(store.kind === 'memory' ? undefined : Buffer.from(hkdfSync('sha256', loadDataKey(config), '', 'dvbot email codes', 32)));
  // A faked inspector means faked photos: there is no document text to read then.
  const reader = overrides.reader ?? (overrides.inspector ? undefined : createTextReader());
  const read = reader && (async (bytes: Buffer, expected: ExpectedDocument) => toPhotoReading(await readDocument(reader, bytes, expected)));
  const photos = createDocumentPhotos({ blobs: store.blobs, inspector, limits: registrar.imageLimits, unverifiedTtlMs: config.STATE_TTL_HOURS * 3_600_000, ...(read ? { read } : {}) });

  const io = createVerificationIo({
    store, registrar, mailer, codes, photos,
    retentionMs: config.DOCUMENT_RETENTION_DAYS * 86_400_000, handoffTtlMs: config.STATE_TTL_HOURS * 3_600_000,
  });
  const machine = verificationMachine.provide({ actors: toActors(io, logger) });

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
    await runTerminalChat({
      handle: (msg) => bot.runner.handle(msg), input: process.stdin, output: process.stdout,
      conversationId, json: options.json, interactive: process.stdin.isTTY === true,
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

/**
 * Starts the HTTP server: the web chat at `/` (always), Slack and Teams when their settings are present, and the
 * review watcher that tells users, in their own channel, when a review finishes.
 * @example const server = await startServer(loadConfig(), logger); console.log(server.url);
 */
export async function startServer(config: Config, logger: Logger, overrides: BotOverrides & { reviewPollMs?: number } = {}): Promise<RunningServer> {
  const bot = await createBot(config, logger, overrides);
  try {
    return await serveChannels(bot, config, logger, overrides.reviewPollMs ?? reviewPollInterval(config));
  } catch (error) {
    await bot.close(); // a failed start (port taken, Slack token refused) must not leave the store or Redis open
    throw error;
  }
}

async function serveChannels(bot: Bot, config: Config, logger: Logger, reviewPollMs: number): Promise<RunningServer> {
  const handle = (msg: InboundMessage) => bot.runner.handle(msg);
  const web = createWebChat({ handle, logger: logger.child({ channel: 'web' }), trustedProxies: config.TRUSTED_PROXIES });
  const http = createHttpServer({ host: config.HOST, port: config.PORT, routes: web.routes, logger });
  const slack = config.SLACK_BOT_TOKEN
    ? await (await import('../adapters/slack/app.ts')).createSlackAdapter({
      botToken: config.SLACK_BOT_TOKEN, ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}), handle, references: createReferenceStore(bot.store.kv('ref')), logger,
    })
    : undefined;
  const teams = config.MicrosoftAppId || config.TEAMS_LOCAL_MODE
    ? (await import('../adapters/teams/app.ts')).createTeamsAdapter({
      auth: { appId: config.MicrosoftAppId, appPassword: config.MicrosoftAppPassword, appType: config.MicrosoftAppType, tenantId: config.MicrosoftAppTenantId },
      allowUnauthenticated: config.TEAMS_LOCAL_MODE, handle, references: createReferenceStore(bot.store.kv('ref')), logger,
    })
    : undefined;
  if (slack) http.mount(slack.routes);
  if (teams) http.mount(teams.routes);
  bot.watchReviews(async (conversationId, messages) => {
    if (conversationId.startsWith('slack:')) return (await slack?.sendProactive(conversationId, messages)) ?? false;
    if (conversationId.startsWith('teams:')) return (await teams?.sendProactive(conversationId, messages)) ?? false;
    // the web page gets it only while open; otherwise the result waits in the store's outbox for the next visit
    if (!web.isConnected(conversationId)) return false;
    web.push(conversationId, messages);
    return true;
  }, { intervalMs: reviewPollMs, accepts: (id) => !id.startsWith('terminal:') });
  try {
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
  } catch (error) {
    web.close();
    await slack?.close();
    throw error;
  }
}
