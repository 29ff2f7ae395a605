import type { Runner } from '../conversation/runner.ts';
import type { Logger } from '../logger.ts';
import type { Desk } from './desk.ts';

/**
 * The runner, with every turn kept for the transcript support agents read (bounded, encrypted like the rest of the
 * store), so an agent sees what was said before the handoff. Keeping a turn never fails it: the user gets their answer.
 * @example const runner = withTranscript(createRunner(deps), desk, logger);
 */
export function withTranscript(runner: Runner, desk: Desk, logger: Logger): Runner {
  return {
    ...runner,
    async handle(msg, options) {
      // While a case is open the dialog relays what the user sends to the desk itself.
      const relayed = (await desk.get(msg.conversationId)) !== undefined;
      const replies = await runner.handle(msg, options);
      // Outside a handoff every turn answers: none means a message seen before (a channel's retry).
      if (replies.length || relayed) {
        await desk.recordTurn(msg, replies, relayed).catch((err: unknown) => logger.warn({ err, conversationId: msg.conversationId }, 'turn not kept for the transcript'));
      }
      return replies;
    },
  };
}
