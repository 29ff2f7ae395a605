import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import { createDownloader } from '../../src/attachments/download.ts';
import { SLACK_FILE_HOSTS } from '../../src/attachments/hosts.ts';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';
import { createCachedReferenceStore, type ReferenceStore } from '../../src/conversation/references.ts';
import { AppError } from '../../src/errors.ts';
import { readBody } from '../../src/http/body.ts';
import { sendJson } from '../../src/http/respond.ts';
import type { Route } from '../../src/http/types.ts';
import type { Logger } from '../../src/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { bilingual, copy } from './copy.ts';
import { createSlackFileReader } from './files.ts';
import {
  SlackAppMention, SlackBlockActions, SlackMessageEvent, toConversationRef, toInbound, toInboundAction, type SlackConversationRef, type SlackFileReader,
} from './normalize.ts';
import { CHOICE_ACTION_PREFIX, escapeMrkdwn } from './render.ts';
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
};

/** The Slack channel: the route to mount (none in Socket Mode), proactive sending, and shutdown. */
export type SlackAdapter = {
  routes: Route[];
  /** Posts messages to a stored DM; false when the conversation has no stored reference. */
  sendProactive(conversationId: string, messages: readonly OutboundMessage[]): Promise<boolean>;
  close(): Promise<void>;
};

/** The path Slack's Event Subscriptions and Interactivity request URLs point at. */
export const SLACK_EVENTS_PATH = '/slack/events';

const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Creates the Slack adapter: a Bolt app whose HTTPReceiver verifies the signing secret on our own server's
 * `POST /slack/events` (or a Socket Mode connection when `appToken` is set). Checks the bot token with `auth.test`.
 * @example const slack = await createSlackAdapter({ botToken, signingSecret, handle: runner.handle, references, logger });
 *          http.mount(slack.routes);
 */
export async function createSlackAdapter(options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { logger } = options;
  const boltLogger = toBoltLogger(logger.child({ channel: 'slack' }));
  const clientOptions = options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {};
  const receiver = options.appToken ? undefined : httpReceiver(options, boltLogger);
  const app = new App({
    token: options.botToken,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    ...(receiver ? { receiver } : { appToken: options.appToken, socketMode: true }),
  });
  try {
    await app.init();
  } catch (error) {
    throw new AppError('config_invalid', 'Slack rejected SLACK_BOT_TOKEN (auth.test failed)', { cause: error });
  }
  const download = createDownloader({ allow: { hosts: SLACK_FILE_HOSTS, origins: options.attachments?.extraOrigins ?? [] }, logger, ...limits(options) });
  const references = createCachedReferenceStore(options.references);
  registerListeners(app, { ...options, references }, createSlackFileReader(app.client, options.botToken, download));
  if (!receiver) await app.start();
  return {
    routes: receiver ? [{ method: 'POST', path: SLACK_EVENTS_PATH, handler: eventsHandler(receiver) }] : [],
    sendProactive: async (conversationId, messages) => {
      const ref = await options.references.load(conversationId);
      if (!ref) return false;
      await postMessages(app.client, ref.channel, messages);
      return true;
    },
    close: async () => { if (!receiver) await app.stop(); },
  };
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
function eventsHandler(receiver: HTTPReceiver): Route['handler'] {
  return async (req, res) => {
    const body = await readBody(req, BODY_LIMIT_BYTES);
    if (!body.ok) return body.reason === 'too_large' ? sendJson(res, 413, { error: { code: 'too_large' } }) : undefined;
    Object.assign(req, { rawBody: body.bytes });
    receiver.requestListener(req, res);
  };
}

function registerListeners(app: App, options: SlackAdapterOptions, readFile: SlackFileReader): void {
  const log = options.logger.child({ channel: 'slack' });
  const seen = createSeenSet();
  // Events are acked before middleware runs; a retry of an event this instance already took is dropped here.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstTime(eventId)) return log.debug({ eventId }, 'dropped a retried Slack event');
    await next();
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
    log.error({ err: error, conversationId: inbound.conversationId }, 'Slack turn failed');
    await client.chat.postMessage({ channel, text: escapeMrkdwn(bilingual(copy.failed)) }).catch((e: unknown) => {
      log.error({ err: e, conversationId: inbound.conversationId }, 'could not tell the user about the failure');
    });
  }
}
