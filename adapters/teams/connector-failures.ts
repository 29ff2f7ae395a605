import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AppError } from '../../src/errors.ts';
import { ChannelUnavailableError } from '../../src/notify/channel-unavailable.ts';

type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;

/**
 * Longest wait for one connector answer. The connector client has none by default, so a connector that takes the
 * connection and never answers would hold a review round (and shutdown) for good. A timed-out request is not retried
 * by the client's retry policy (it only retries refused and reset connections, and 5xx answers, a few times).
 */
const CONNECTOR_TIMEOUT_MS = 15_000;

/** Connector client options: every request to the Bot Framework connector gives up after `timeoutMs`. */
export function connectorClientOptions(timeoutMs = CONNECTOR_TIMEOUT_MS): ConnectorClientOptions {
  type Resource = { timeout: number };
  type Next = { sendRequest(resource: Resource): Promise<unknown> };
  const withTimeout = { create: (next: Next) => ({ sendRequest: (resource: Resource) => next.sendRequest(Object.assign(resource, { timeout: timeoutMs })) }) };
  return { requestPolicyFactories: [withTimeout] } as unknown as ConnectorClientOptions;
}

/**
 * What a failed proactive send throws: ChannelUnavailableError when the connector is away, slow, overloaded or
 * throttling (the whole channel waits), else AppError('channel_send_failed') (this conversation's problem, e.g. a 403).
 */
export function toSendFailure(error: unknown): AppError {
  const { name, statusCode } = (error ?? {}) as { name?: unknown; statusCode?: unknown };
  if (statusCode === 429) return new ChannelUnavailableError('teams', { refused: true, cause: error });
  const network = (name === 'RestError' && statusCode === undefined) || name === 'AbortError';
  if (network || (typeof statusCode === 'number' && statusCode >= 500)) return new ChannelUnavailableError('teams', { cause: error });
  return new AppError('channel_send_failed', 'sending to Teams failed', { cause: error });
}
