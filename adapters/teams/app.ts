import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext, type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
} from 'botbuilder';
import { createDownloader, type Downloader } from '../../src/attachments/download.ts';
import { TEAMS_FILE_HOSTS } from '../../src/attachments/hosts.ts';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';
import { createCachedReferenceStore, type ReferenceStore } from '../../src/conversation/references.ts';
import { AppError, ConfigError } from '../../src/errors.ts';
import type { Desk } from '../../src/handoff/desk.ts';
import { readBody } from '../../src/http/body.ts';
import { sendJson } from '../../src/http/respond.ts';
import type { Route } from '../../src/http/types.ts';
import type { Localized } from '../../src/i18n/localized.ts';
import { uploadRefusals } from '../../src/i18n/upload-refusals.ts';
import type { Logger } from '../../src/logger.ts';
import { UploadRefusedError } from '../../src/store/upload-budget.ts';
import { connectorClientOptions, toSendFailure } from './connector-failures.ts';
import { copy } from './copy.ts';
import { initiateHandoffs, onHandoffStatus } from './handoff.ts';
import { botAuthorization, prefetchImages, readPrefetched, readTeamsFile } from './files.ts';
import { createCallerCheck, toBotResponse } from './http.ts';
import { inlineImages, TeamsMessageActivity, toConversationId, toInbound } from './normalize.ts';
import { toTeamsActivities } from './render.ts';

/** A stored Bot Framework conversation reference (plain JSON). */
export type TeamsConversationRef = Partial<ConversationReference>;

/** The Bot Framework app registration (config: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId). */
export type TeamsAuthSettings = { appId?: string; appPassword?: string; appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI'; tenantId?: string };

/** Settings and dependencies of the Teams adapter. Without an app id it runs only with `allowUnauthenticated` (local mode). */
export type TeamsAdapterOptions = {
  auth: TeamsAuthSettings;
  /** Explicit local mode (Emulator, tests): accept requests without a Bot Framework JWT. Refused when an app id is set. */
  allowUnauthenticated?: boolean;
  /** The conversation runner's turn function. */
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>;
  references: ReferenceStore<TeamsConversationRef>;
  logger: Logger;
  /** The agent desk: handoffs of Teams conversations are offered to a Bot Framework agent hub (`handoff.initiate`). */
  desk?: Desk;
  attachments?: {
    maxBytes?: number;
    timeoutMs?: number;
    /** Exact extra origins files may come from (a local fake connector in tests); production leaves this empty. */
    extraOrigins?: readonly string[];
  };
};

/** The Teams channel: the route to mount and proactive sending. */
export type TeamsAdapter = {
  routes: Route[];
  /** Sends messages to a stored conversation; false when it has no stored reference; throws what `toSendFailure` says. */
  sendProactive(conversationId: string, messages: readonly OutboundMessage[]): Promise<boolean>;
};

/** The path the Azure Bot's messaging endpoint points at. */
export const TEAMS_MESSAGES_PATH = '/api/messages';

const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * Creates the Teams adapter: botbuilder's CloudAdapter behind `POST /api/messages`, checking the Bot Framework JWT
 * whenever an app id is configured.
 * @example const teams = createTeamsAdapter({ auth: { appId, appPassword, appType, tenantId }, handle: runner.handle, references, logger });
 *          http.mount(teams.routes);
 */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(authOptions(options), undefined, undefined, undefined, connectorClientOptions());
  const adapter = new CloudAdapter(auth);
  const log = options.logger.child({ channel: 'teams' });
  const callerAllowed = options.auth.appId ? createCallerCheck(auth, log) : undefined; // local mode takes anonymous callers
  adapter.onTurnError = async (context, error) => {
    const refusal = error instanceof UploadRefusedError ? error.reason : undefined;
    if (refusal) log.warn({ code: 'attachment_refused', reason: refusal }, 'upload refused');
    else log.error({ err: error }, 'Teams turn failed');
    // when the connector is what failed, telling the user fails too: log it here, or botbuilder prints it to the console
    await say(context, refusal ? uploadRefusals[refusal] : copy.failed).catch((e: unknown) => log.error({ err: e }, 'could not tell the user about the failure'));
  };
  const { maxBytes, timeoutMs, extraOrigins } = options.attachments ?? {};
  const download = createDownloader({
    allow: { hosts: TEAMS_FILE_HOSTS, origins: extraOrigins ?? [] }, logger: log, ...(maxBytes ? { maxBytes } : {}), ...(timeoutMs ? { timeoutMs } : {}),
  });
  const references = createCachedReferenceStore(options.references);
  const logic = (context: TurnContext) => onTurn(context, { ...options, references }, download);
  const handler: Route['handler'] = async (req, res) => {
    const body = await readBody(req, BODY_LIMIT_BYTES);
    if (!body.ok) return body.reason === 'too_large' ? sendJson(res, 413, { error: { code: 'too_large' } }) : undefined;
    const activity = parseJson(body.bytes);
    if (activity === undefined) return sendJson(res, 400, { error: { code: 'bad_request' } });
    if (callerAllowed && !(await callerAllowed(activity, req.headers.authorization))) return sendJson(res, 401, { error: { code: 'unauthorized' } });
    await adapter.process({ body: activity, headers: req.headers, method: req.method ?? 'POST' }, toBotResponse(res), logic);
  };
  // botbuilder hands an error of proactive work to onTurnError and resolves: a send to an unreachable connector would
  // look delivered (and onTurnError would try to tell the user a turn failed). Catch it here and throw it to the caller.
  const continueIn = async (conversationId: string, work: (context: TurnContext) => Promise<void>) => {
    const ref = await options.references.load(conversationId);
    if (!ref) return false;
    let failure: { error: unknown } | undefined;
    await adapter.continueConversationAsync(options.auth.appId ?? '', ref, async (context) => {
      try {
        await work(context);
      } catch (error) {
        failure = { error };
      }
    }).catch((error: unknown) => (failure = { error })); // e.g. no token: the login endpoint is away too
    if (failure) throw toSendFailure(failure.error);
    return true;
  };
  if (options.desk) initiateHandoffs(options.desk, continueIn, log);
  return {
    routes: [{ method: 'POST', path: TEAMS_MESSAGES_PATH, handler }],
    sendProactive: (conversationId, messages) => continueIn(conversationId, (context) => send(context, messages)),
  };
}

function authOptions(options: TeamsAdapterOptions): ConfigurationBotFrameworkAuthenticationOptions {
  const { appId, appPassword, appType, tenantId } = options.auth;
  if (!appId) {
    if (!options.allowUnauthenticated) throw new ConfigError('MicrosoftAppId is required for Teams (or enable local mode explicitly)');
    return {};
  }
  if (options.allowUnauthenticated) throw new ConfigError('local mode cannot be combined with MicrosoftAppId: requests would go unchecked');
  return {
    MicrosoftAppId: appId,
    ...(appPassword ? { MicrosoftAppPassword: appPassword } : {}),
    ...(appType ? { MicrosoftAppType: appType } : {}),
    ...(tenantId ? { MicrosoftAppTenantId: tenantId } : {}),
  };
}

async function onTurn(context: TurnContext, options: TeamsAdapterOptions, download: Downloader): Promise<void> {
  if (options.desk && (await onHandoffStatus(options.desk, context.activity, options.logger))) return;
  const parsed = TeamsMessageActivity.safeParse(context.activity);
  if (!parsed.success) return;
  const activity = parsed.data;
  if (activity.conversation.conversationType && activity.conversation.conversationType !== 'personal') {
    return void (await say(context, copy.personalOnly));
  }
  const conversationId = toConversationId(activity.conversation.id);
  await options.references.save(conversationId, toStoredReference(context));
  const source = { serviceUrl: context.activity.serviceUrl, authorization: () => botAuthorization(context) };
  const prefetched = await prefetchImages(inlineImages(activity), download, source);
  const failedUrls = new Set(prefetched.failed.map((image) => image.contentUrl));
  const usable = { ...activity, attachments: activity.attachments?.filter((a) => !a.contentUrl || !failedUrls.has(a.contentUrl)) };
  const inbound = toInbound(usable, { file: readTeamsFile(download), image: readPrefetched(prefetched) });
  if (failedUrls.size) await say(context, copy.sendAsFile);
  if (!inbound.text && !inbound.action && !inbound.attachments?.length) return;
  // Photo checks take a second or two: Teams' own typing indicator shows the photo arrived and is being looked at.
  if (inbound.attachments?.length) await context.sendActivity({ type: 'typing' });
  await send(context, await options.handle(inbound));
}

// Without the activity id, which changes with every message (so an unchanged reference is not saved again) and would
// make a proactive message a reply to whatever the person last said.
function toStoredReference(context: TurnContext): TeamsConversationRef {
  const { activityId: _activityId, ...ref } = TurnContext.getConversationReference(context.activity);
  return ref;
}

async function send(context: TurnContext, messages: readonly OutboundMessage[]): Promise<void> {
  for (const message of messages) await context.sendActivities(toTeamsActivities(message));
}

const say = (context: TurnContext, text: Localized) =>
  context.sendActivity({ type: 'message', text: pick(text, context.activity.locale), textFormat: 'plain' });

const pick = (text: Localized, locale: string | undefined): string => (locale?.toLowerCase().startsWith('zh') ? text.zh : text.en);

function parseJson(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
