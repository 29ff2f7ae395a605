import type { TextLine } from './types.ts';

/** Lines that sit side by side on the document, joined left to right (a label and its value are often two boxes). */
export type Row = { text: string; confidence: number; parts: TextLine[] };

/**
 * Groups OCR lines into rows: a line joins a row when their vertical centres are within half the smaller height.
 * Text is NFKC-normalised (full-width digits and letters become ASCII) and spaces are dropped.
 * @example toRows([{ text: '姓名', … }, { text: '陈欣琪', … }]) // [{ text: '姓名陈欣琪', … }]
 */
export function toRows(lines: readonly TextLine[]): Row[] {
  const sorted = [...lines].sort((a, b) => centre(a) - centre(b));
  const rows: TextLine[][] = [];
  for (const line of sorted) {
    const row = rows.find((r) => r.some((other) => Math.abs(centre(other) - centre(line)) < Math.min(other.box.height, line.box.height) / 2));
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows
    .map((parts) => parts.sort((a, b) => a.box.x - b.box.x))
    .sort((a, b) => centre(a[0]!) - centre(b[0]!))
    .map((parts) => ({
      text: parts.map((p) => clean(p.text)).join(''),
      confidence: Math.min(...parts.map((p) => p.confidence)),
      parts,
    }));
}

/** NFKC, no spaces: the form every parser matches against. */
export function clean(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function centre(line: TextLine): number {
  return line.box.y + line.box.height / 2;
}
