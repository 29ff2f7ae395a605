import { EventEmitter } from 'node:events';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { KeyvStoreAdapter, StoredData } from 'keyv';

const PURGE_EVERY_MS = 10 * 60_000;

/** One open SQLite file shared by every namespace adapter; statements are prepared once. */
export type SqliteFile = {
  adapter(namespace: string): SqliteKeyvAdapter;
  close(): void;
};

type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER)');
  return {
    get: db.prepare<[string], { value: string; expires: number | null }>('SELECT value, expires FROM kv WHERE key = ?'),
    set: db.prepare<[string, string, number | null]>(
      'INSERT INTO kv (key, value, expires) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires = excluded.expires',
    ),
    delete: db.prepare<[string]>('DELETE FROM kv WHERE key = ?'),
    clear: db.prepare<[string]>("DELETE FROM kv WHERE key LIKE ? ESCAPE '\\'"),
    scan: db.prepare<[string, number], { key: string; value: string }>(
      "SELECT key, value FROM kv WHERE key LIKE ? ESCAPE '\\' AND (expires IS NULL OR expires > ?)",
    ),
    purge: db.prepare<[number]>('DELETE FROM kv WHERE expires IS NOT NULL AND expires <= ?'),
  };
}

/**
 * Opens (creating if needed) a SQLite key-value file tuned for many small durable writes:
 * WAL with `synchronous=NORMAL` commits without an fsync per turn and stays crash-consistent.
 * @example const file = openSqliteFile('./data/dvbot.sqlite'); new Keyv({ store: file.adapter('conv') });
 */
export function openSqliteFile(path: string): SqliteFile {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const db = new Database(path);
  chmodSync(path, 0o600); // SQLite gives its -wal and -shm files the same mode
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000'); // another process (e.g. `dvbot chat` next to `serve`) may hold the write lock briefly
  const statements = prepare(db);
  statements.purge.run(Date.now());
  const timer = setInterval(() => statements.purge.run(Date.now()), PURGE_EVERY_MS).unref();
  return {
    adapter: (namespace) => new SqliteKeyvAdapter(statements, namespace),
    close() {
      clearInterval(timer);
      db.close();
    },
  };
}

const likePrefix = (namespace: string) => `${namespace.replace(/[\\%_]/g, (c) => `\\${c}`)}:%`;

/** A keyv store adapter over a shared SQLite file; keys arrive already prefixed by keyv with `<namespace>:`. */
export class SqliteKeyvAdapter extends EventEmitter implements KeyvStoreAdapter {
  readonly opts = { dialect: 'sqlite' }; // 'sqlite' makes keyv expose its iterator
  namespace?: string;
  readonly #sql: Statements;

  constructor(statements: Statements, namespace: string) {
    super();
    this.#sql = statements;
    this.namespace = namespace;
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const row = this.#sql.get.get(key);
    if (!row || (row.expires !== null && row.expires <= Date.now())) return undefined;
    return row.value as StoredData<Value>;
  }

  async set(key: string, value: string, ttl?: number): Promise<boolean> {
    this.#sql.set.run(key, value, typeof ttl === 'number' && ttl > 0 ? Date.now() + ttl : null);
    return true;
  }

  async delete(key: string): Promise<boolean> {
    return this.#sql.delete.run(key).changes > 0;
  }

  async has(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }

  async clear(): Promise<void> {
    if (this.namespace) this.#sql.clear.run(likePrefix(this.namespace));
  }

  async *iterator(namespace?: string): AsyncGenerator<[string, string], void> {
    const prefix = namespace ?? this.namespace ?? '';
    for (const row of this.#sql.scan.all(likePrefix(prefix), Date.now())) yield [row.key, row.value];
  }
}
