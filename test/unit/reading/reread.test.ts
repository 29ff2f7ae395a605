import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/documents/reading/read-document.ts';
import type { LineAt, OcrLine } from '../../../src/photos/read/ocr-engine.ts';
import type { TextReader } from '../../../src/photos/read/reader.ts';

/** An OCR line at row `row` (48 px rows), starting at `x`, with the rectangle a re-read is asked for. */
const at = (text: string, row: number, x = 0): OcrLine => {
  const box = { x, y: row * 60, width: 40 * text.length, height: 48, score: 0.9 };
  return { text, confidence: 0.97, box: { ...box, line: { cx: x + box.width / 2, cy: box.y + 24, ux: 1, uy: 0, length: box.width, thickness: 48 } } };
};
const RIGHT = '110101199004230021';
const MISREAD = '110101199004230041'; // one digit taken for another: the check character no longer holds
const front = (number: string) => [at('姓名', 0), at('陈欣琪', 0, 120), at('性别女', 1), at('出生1990年4月23日', 2), at('公民身份号码', 6), at(number, 6, 300)];

/** The OCR boundary, scripted: the first read of the photo, then what each re-read of a line returns. */
function scriptedReader(first: OcrLine[], rereads: string[][]): TextReader & { asked: LineAt[] } {
  const asked: LineAt[] = [];
  return {
    asked,
    read: async () => ({ ok: true, ms: 5, result: { lines: first, rotation: 0, width: 1000, height: 640 } }),
    reread: async (_bytes, lineAt) => {
      asked.push(lineAt);
      return { ok: true, ms: 5, result: { lines: (rereads.shift() ?? []).map((text) => at(text, 6, 300)), rotation: 0, width: 1000, height: 640 } };
    },
    close: async () => {},
  };
}

describe('a number that fails its check character is read again before the user hears of it', () => {
  it('takes the re-read that passes, and records the first read as a misread', async () => {
    const reader = scriptedReader(front(MISREAD), [[MISREAD, RIGHT]]);
    const attempt = await readDocument(reader, Buffer.from('photo'), 'id_card');
    expect(attempt).toMatchObject({ ok: true, reading: { problems: [], fields: { idNumber: RIGHT, name: '陈欣琪' } } });
    if (attempt.ok) expect(attempt.misread?.map((p) => p.code)).toContain('id_number_check');
    expect(reader.asked).toHaveLength(1);
    expect(reader.asked[0]!.line).toEqual(front(MISREAD).at(-1)!.box.line);
  });

  it('keeps the problem, said plainly, when no re-read passes', async () => {
    const attempt = await readDocument(scriptedReader(front(MISREAD), [[MISREAD, '11010119900423004']]), Buffer.from('photo'), 'id_card');
    expect(attempt.ok && attempt.reading.problems.map((p) => p.code)).toContain('id_number_check');
    expect(attempt.ok && attempt.misread).toBeUndefined();
  });

  it('reads a clean card once', async () => {
    const reader = scriptedReader(front(RIGHT), []);
    expect(await readDocument(reader, Buffer.from('photo'), 'id_card')).toMatchObject({ ok: true, reading: { problems: [] } });
    expect(reader.asked).toEqual([]);
  });
});
