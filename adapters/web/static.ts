import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_HEADERS } from '../../src/http/respond.ts';
import type { Route } from '../../src/http/types.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The page may load only its own script and styles; images may be data URLs (inline replies) or blob URLs (previews). */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
  + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Routes that serve the page's files as they are (no build step). Files are read once at start-up; `no-cache` plus an
 * ETag makes browsers revalidate, so an upgrade is picked up at once while unchanged files cost a 304.
 */
export function staticRoutes(dir: string, files: Record<string, string>, substitutions: Record<string, string> = {}): Route[] {
  return Object.entries(files).map(([path, file]) => {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [key, value] of Object.entries(substitutions)) text = text.replaceAll(key, value);
    const body = Buffer.from(text);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    const headers = { ...BASE_HEADERS, 'content-type': type, 'cache-control': 'no-cache', etag, 'content-security-policy': CSP };
    return {
      method: 'GET',
      path,
      handler: (req, res) => {
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
        res.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
      },
    } satisfies Route;
  });
}
