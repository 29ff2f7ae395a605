import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { Store } from '../store/types.ts';

/** A support agent as stored: only a hash of the sign-in token is kept. */
type StoredAgent = { name: string; tokenHash: string; createdAt: string };

/** A support agent as listed. */
export type AgentInfo = { name: string; createdAt: string };

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u;

/** The token is 32 random bytes, so one SHA-256 pass is enough (no password stretching needed). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The agents of the desk: `add` returns a sign-in token once; `authenticate` maps a presented token to its agent.
 * @example const { token } = await agents.add('Li Na'); await agents.authenticate(token) // 'Li Na'
 */
export function createAgents(store: Store) {
  const byName = store.kv<StoredAgent>('agent');
  const byToken = store.kv<string>('agent-token');
  return {
    /** Creates an agent; throws a usage error for a bad or taken name. */
    async add(name: string): Promise<{ name: string; token: string }> {
      const clean = name.trim();
      if (!NAME.test(clean)) throw new AppError('usage', `agent name ${JSON.stringify(name)} must be 1-40 letters, digits, spaces, dots, dashes or underscores`);
      if (await byName.get(clean)) throw new AppError('usage', `an agent named ${JSON.stringify(clean)} already exists`);
      const token = `dva_${randomBytes(32).toString('base64url')}`;
      const tokenHash = hashToken(token);
      await byToken.set(tokenHash, clean, 0);
      await byName.set(clean, { name: clean, tokenHash, createdAt: new Date().toISOString() }, 0);
      return { name: clean, token };
    },
    /** Every agent, by name. */
    async list(): Promise<AgentInfo[]> {
      const agents: AgentInfo[] = [];
      for await (const [, agent] of byName.entries()) agents.push({ name: agent.name, createdAt: agent.createdAt });
      return agents.sort((a, b) => a.name.localeCompare(b.name));
    },
    /** Removes an agent and its token; false when there was none. */
    async remove(name: string): Promise<boolean> {
      const agent = await byName.get(name.trim());
      if (!agent) return false;
      await byToken.delete(agent.tokenHash);
      return byName.delete(agent.name);
    },
    /** The agent a token belongs to, or undefined (a removed agent's token no longer works). */
    async authenticate(token: string): Promise<string | undefined> {
      if (!token || token.length > 200) return undefined;
      const name = await byToken.get(hashToken(token));
      return name && (await byName.get(name))?.tokenHash === hashToken(token) ? name : undefined;
    },
  };
}

/** The agents registry. */
export type Agents = ReturnType<typeof createAgents>;
