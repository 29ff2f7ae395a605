import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLeaks, personalValues } from './pii.ts';

/**
 * Vitest global setup: every worker (and every `dvbot` child process a test starts with the environment) copies its
 * log lines into one folder (see log-capture.setup.ts); after the run, no line may carry a value the tests used.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-test-logs-'));
  process.env.DVBOT_TEST_LOG_DIR = dir;
  return () => {
    try {
      const { lines, leaks } = findLeaks(dir, personalValues(join(import.meta.dirname, '..')));
      if (leaks.length) {
        const shown = leaks.slice(0, 10).map((l) => `  ${l.value} in ${l.file}: ${l.line}`).join('\n');
        console.error(`${leaks.length} log lines of this run carry personal data the tests used:\n${shown}`);
        process.exitCode = 1; // vitest reports an error thrown here but still exits 0
        return;
      }
      console.log(`log check: ${lines} log lines of this run carry none of the tests' personal data`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
