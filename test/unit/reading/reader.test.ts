import { describe, expect, it } from 'vitest';
import { createTextReader } from '../../../src/photos/read/reader.ts';
import { CHEN, photograph } from '../../fixtures/reading/photos.ts';

describe('createTextReader', () => {
  it('answers "could not read" for bytes that are no image, and "closed" once closed', async () => {
    const reader = createTextReader({ timeoutMs: 60_000 });
    try {
      expect(await reader.read(Buffer.from('not an image'))).toEqual({ ok: false, reason: 'failed' });
    } finally {
      await reader.close();
    }
    expect(await reader.read(Buffer.from('x'))).toEqual({ ok: false, reason: 'closed' });
  }, 120_000);

  it('answers a read over the time limit as timed out (the worker cannot even start in 1 ms)', async () => {
    const reader = createTextReader({ timeoutMs: 1 });
    try {
      expect(await reader.read(Buffer.from('late'))).toEqual({ ok: false, reason: 'timed_out' });
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('closes while a read is inside the OCR runtime without aborting the process, the read answered "closed"', async () => {
    const reader = createTextReader({ timeoutMs: 60_000 });
    const photo = await photograph(CHEN);
    await reader.read(photo); // the models are loaded: the next read is spent in inference
    const reading = reader.read(photo);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await reader.close();
    expect(await reading).toEqual({ ok: false, reason: 'closed' });
  }, 120_000);
});
