import { App, HTTPReceiver, webApi } from '@slack/bolt';
import { createDownloader } from '../../src/attachments/download.ts';
import { SLACK_FILE_HOSTS } from '../../src/attachments/hosts.ts';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';
import { createCachedReferenceStore, type ReferenceStore } from '../../src/conversation/references.ts';
import { AppError } from '../../src/errors.ts';
import { startInBackground, type BackgroundStart, type FailureView } from '../../src/http/background-start.ts';
import { readBody } from '../../src/http/body.ts';
import type { ComponentStatus } from '../../src/http/readiness.ts';
import { sendJson } from '../../src/http/respond.ts';
import type { Route } from '../../src/http/types.ts';
import { uploadRefusals } from '../../src/i18n/upload-refusals.ts';
import type { Logger } from '../../src/logger.ts';
import { UploadRefusedError } from '../../src/store/upload-budget.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { bilingual, copy } from './copy.ts';
import { registerSlackDesk, type SlackDeskOptions } from './desk.ts';
import { createSlackFileReader } from './files.ts';
import { createInFlight, type InFlight } from './in-flight.ts';
import {
  SlackAppMention, SlackBlockActions, SlackMessageEvent, toConversationRef, toInbound, toInboundAction, type SlackConversationRef, type SlackFileReader,
} from './normalize.ts';
import { CHOICE_ACTION_PREFIX, escapeMrkdwn } from './render.ts';
import { createProactiveClient, postProactive } from './proactive.ts';
import { createSeenSet } from './seen.ts';
import { postMessages } from './send.ts';

/** Settings and dependencies of the Slack adapter. HTTP mode needs `signingSecret`; `appToken` switches to Socket Mode. */
export type SlackAdapterOptions = {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** The conversation runner's turn function. */
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>;
  references: ReferenceStore<SlackConversationRef>;
  logger: Logger;
  attachments?: {
    maxBytes?: number;
    timeoutMs?: number;
    /** Exact extra origins files may come from (a local fake Slack in tests); production leaves this empty. */
    extraOrigins?: readonly string[];
  };
  /** Web API base URL override, e.g. `http://127.0.0.1:PORT/api/` for a local fake Slack. */
  slackApiUrl?: string;
  /** The Slack desk (SLACK_SUPPORT_CHANNEL): handoffs posted there, taken, answered in threads, handed back. */
  desk?: SlackDeskOptions;
  /** First and longest wait between start-up attempts while Slack is unreachable. Default 1 s, 30 s. */
  retry?: { firstDelayMs?: number; maxDelayMs?: number };
  /** Longest wait for Slack's answer to a proactive send (review results, agents' messages). Default 15 s. */
  proactiveTimeoutMs?: number;
};

/** The Slack channel: the route to mount (none in Socket Mode), proactive sending, and shutdown. */
export type SlackAdapter = {
  routes: Route[];
  /**
   * Posts messages to a stored DM, failing fast (see proactive.ts); false when the conversation has no stored reference
   * or Slack is not started yet; throws ChannelUnavailableError while Slack is away.
   */
  sendProactive(conversationId: string, messages: readonly OutboundMessage[]): Promise<boolean>;
  /** For `/readyz`: "ok" once the bot token was verified (and Socket Mode connected), else why not yet. */
  status(): ComponentStatus;
  /** Settles once Slack started (tests and start-up logs wait on it; serving never does). */
  ready: Promise<void>;
  /** Stops taking events and lets turns in flight finish (at most `graceMs`, default 10 s) so their replies are posted. */
  close(graceMs?: number): Promise<void>;
};

/** The path Slack's Event Subscriptions and Interactivity request URLs point at. */
export const SLACK_EVENTS_PATH = '/slack/events';

const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Creates the Slack adapter at once, without waiting on Slack: a Bolt app whose HTTPReceiver verifies the signing
 * secret on our own server's `POST /slack/events` (or a Socket Mode connection when `appToken` is set). The bot token
 * is verified with `auth.test` in the background, retried with backoff while Slack is unreachable or refuses it;
 * until then events get a 503 (Slack retries them) and proactive messages wait in the outbox.
 * @example const slack = createSlackAdapter({ botToken, signingSecret, handle: runner.handle, references, logger });
 *          http.mount(slack.routes);
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { logger } = options;
  const log = logger.child({ channel: 'slack' });
  const boltLogger = toBoltLogger(log);
  const clientOptions = options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {};
  const receiver = options.appToken ? undefined : httpReceiver(options, boltLogger);
  const app = new App({
    token: options.botToken,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    ...(receiver ? { receiver } : { appToken: options.appToken, socketMode: true }),
  });
  const download = createDownloader({ allow: { hosts: SLACK_FILE_HOSTS, origins: options.attachments?.extraOrigins ?? [] }, logger, ...limits(options) });
  const references = createCachedReferenceStore(options.references);
  const inFlight = createInFlight();
  registerListeners(app, { ...options, references }, createSlackFileReader(app.client, options.botToken, download), inFlight);
  const stopDesk = options.desk ? registerSlackDesk(app, options.desk, log) : undefined;
  // A client without its own retries for the probe: our backoff decides when to try again, not a 30-minute retry policy.
  const probe = new webApi.WebClient(undefined, { ...clientOptions, retryConfig: { retries: 0 }, logger: boltLogger });
  const proactive = createProactiveClient(options.botToken, {
    ...clientOptions, logger: boltLogger, ...(options.proactiveTimeoutMs ? { timeoutMs: options.proactiveTimeoutMs } : {}),
  });
  const startup = startInBackground('slack', async () => {
    await probe.auth.test({ token: options.botToken });
    await app.init();
    if (!receiver) await app.start();
  }, { logger: log, describe: describeSlackFailure, ...options.retry });
  return {
    routes: receiver ? [{ method: 'POST', path: SLACK_EVENTS_PATH, handler: eventsHandler(receiver, startup) }] : [],
    sendProactive: async (conversationId, messages) => {
      if (!startup.isReady()) return false;
      const ref = await options.references.load(conversationId);
      if (!ref) return false;
      await postProactive(proactive, ref.channel, messages);
      return true;
    },
    status: startup.status,
    ready: startup.ready,
    close: async (graceMs = 10_000) => {
      stopDesk?.();
      startup.stop();
      if (!receiver && startup.isReady()) await app.stop();
      await inFlight.drain(graceMs);
    },
  };
}

// A refused token is an operator's mistake (error level); anything else is Slack or the network being away.
function describeSlackFailure(error: unknown): FailureView {
  const platform = (error as { code?: string; data?: { error?: unknown } }).code === webApi.ErrorCode.PlatformError;
  const reason = (error as { data?: { error?: unknown } }).data?.error;
  if (platform) return { state: 'rejected', detail: `auth.test: ${typeof reason === 'string' ? reason : 'refused'} (check SLACK_BOT_TOKEN)`, level: 'error' };
  return { state: 'unreachable', detail: 'Slack Web API not reachable', level: 'warn' };
}

function httpReceiver(options: SlackAdapterOptions, logger: ReturnType<typeof toBoltLogger>): HTTPReceiver {
  if (!options.signingSecret) throw new AppError('config_invalid', 'SLACK_SIGNING_SECRET is required for the Slack HTTP receiver');
  return new HTTPReceiver({ signingSecret: options.signingSecret, endpoints: [SLACK_EVENTS_PATH], logger });
}

const limits = (options: SlackAdapterOptions) => ({
  ...(options.attachments?.maxBytes ? { maxBytes: options.attachments.maxBytes } : {}),
  ...(options.attachments?.timeoutMs ? { timeoutMs: options.attachments.timeoutMs } : {}),
});

// Bolt verifies the signature over the raw body; reading it here first (capped) and handing it over as `rawBody`
// keeps an oversized body from being buffered without limit.
function eventsHandler(receiver: HTTPReceiver, startup: BackgroundStart): Route['handler'] {
  return async (req, res) => {
    // Slack retries a 503 later; by then the token is usually verified.
    if (!startup.isReady()) return sendJson(res, 503, { error: { code: 'starting', message: 'Slack channel is starting; retry later' } }, { 'retry-after': '10' });
    const body = await readBody(req, BODY_LIMIT_BYTES);
    if (!body.ok) return body.reason === 'too_large' ? sendJson(res, 413, { error: { code: 'too_large' } }) : undefined;
    Object.assign(req, { rawBody: body.bytes });
    receiver.requestListener(req, res);
  };
}

function registerListeners(app: App, options: SlackAdapterOptions, readFile: SlackFileReader, inFlight: InFlight): void {
  const log = options.logger.child({ channel: 'slack' });
  const seen = createSeenSet();
  // Events are acked before middleware runs; a retry of an event this instance already took is dropped here. Whatever
  // runs after it (turns, the desk's listeners) is tracked, so shutdown waits for it.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstTime(eventId)) return log.debug({ eventId }, 'dropped a retried Slack event');
    await inFlight.track(next);
  });
  app.message(async ({ message, body, client }) => {
    const event = SlackMessageEvent.safeParse(message);
    const team = (body as { team_id?: string }).team_id;
    if (!event.success || !team) return;
    const inbound = toInbound(event.data, team, readFile);
    const saveRef = () => options.references.save(inbound.conversationId, toConversationRef(event.data, team));
    await runTurn(options, client, event.data.channel, inbound, log, saveRef);
  });
  app.action({ type: 'block_actions', action_id: new RegExp(`^${CHOICE_ACTION_PREFIX}`) }, async ({ ack, body, client }) => {
    await ack();
    const parsed = SlackBlockActions.safeParse(body);
    const inbound = parsed.success ? toInboundAction(parsed.data) : undefined;
    if (parsed.success && inbound) await runTurn(options, client, parsed.data.channel.id, inbound, log);
  });
  app.event('app_mention', async ({ body, client }) => {
    const parsed = SlackAppMention.safeParse(body);
    if (!parsed.success) return log.warn({ fields: parsed.error.issues.map((i) => i.path.join('.')) }, 'ignored a malformed app_mention');
    const { api_app_id: appId, team_id: team, event } = parsed.data;
    const link = `https://slack.com/app_redirect?app=${encodeURIComponent(appId)}&team=${encodeURIComponent(team)}`;
    const line = (lang: 'en' | 'zh') => `${escapeMrkdwn(copy.dmOnly[lang])} <${link}|${escapeMrkdwn(copy.dmLinkLabel[lang])}>`;
    const text = `${line('en')}\n${line('zh')}`;
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text, unfurl_links: false });
  });
}

async function runTurn(
  options: SlackAdapterOptions, client: webApi.WebClient, channel: string, inbound: InboundMessage, log: Logger, before?: () => Promise<void>,
): Promise<void> {
  try {
    await before?.();
    // Photo checks take a second or two: say so first, so the user knows the photo arrived.
    if (inbound.attachments?.length) await postMessages(client, channel, [{ text: bilingual(copy.checkingPhoto), typing: true }]);
    await postMessages(client, channel, await options.handle(inbound));
  } catch (error) {
    const refusal = error instanceof UploadRefusedError ? error.reason : undefined;
    if (refusal) log.warn({ channel: 'slack', code: 'attachment_refused', reason: refusal, conversationId: inbound.conversationId }, 'upload refused');
    else log.error({ err: error, conversationId: inbound.conversationId }, 'Slack turn failed');
    await client.chat.postMessage({ channel, text: escapeMrkdwn(bilingual(refusal ? uploadRefusals[refusal] : copy.failed)) }).catch((e: unknown) => {
      log.error({ err: e, conversationId: inbound.conversationId }, 'could not tell the user about the failure');
    });
  }
}
