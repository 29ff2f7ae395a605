import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createPhotoInspector } from '../../../src/photos/inspector.ts';
import { shoot } from '../../fixtures/photos/scene.ts';

const HEIC = readFileSync(new URL('../../fixtures/photos/card.heic', import.meta.url));
const inspector = createPhotoInspector({ workers: 2, timeoutMs: 20_000 });
afterAll(() => inspector.close());

describe('createPhotoInspector (worker threads)', () => {
  it('checks photos on worker threads and hands back real Buffers', async () => {
    const jpeg = await shoot({ width: 1200, height: 900, cardWidth: 760 });
    const [heic, photo, pdf] = await Promise.all([
      inspector.inspect(HEIC, { fileName: 'IMG_0001.HEIC', doc: 'id_card' }),
      inspector.inspect(jpeg, {}),
      inspector.inspect(Buffer.from('%PDF-1.4\n'), { fileName: 'x.pdf' }),
    ]);
    expect([heic.ok, heic.format, heic.problems]).toEqual([true, 'heic', []]);
    expect(Buffer.isBuffer(heic.output?.bytes)).toBe(true);
    expect([photo.ok, photo.format]).toEqual([true, 'jpeg']);
    expect([pdf.ok, pdf.problems.map((p) => p.code)]).toEqual([false, ['unsupported_format']]);
  });

  it('merges on a worker', async () => {
    const side = (await inspector.inspect(HEIC, {})).output!.bytes;
    const merged = await inspector.merge(side, side, { layout: 'stacked' });
    expect([merged.ok, merged.output?.width, merged.output?.height]).toEqual([true, 1200, 900 + 40 + 900]);
  });

  it('says a job over its time limit took too long (check_incomplete), not that the file is damaged', async () => {
    const hurried = createPhotoInspector({ workers: 1, timeoutMs: 1 });
    try {
      const r = await hurried.inspect(HEIC, {});
      expect([r.ok, r.problems.map((p) => p.code), r.metrics.timed_out_ms]).toEqual([false, ['check_incomplete'], 1]);
    } finally {
      await hurried.close();
    }
  });

  it('rejects with the abort reason when the caller gives up', async () => {
    const controller = new AbortController();
    const pending = inspector.inspect(HEIC, { signal: controller.signal });
    controller.abort(new Error('conversation ended'));
    await expect(pending).rejects.toThrow('conversation ended');
  });
});
