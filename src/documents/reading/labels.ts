import type { Row } from './rows.ts';

/**
 * Finds the row whose text starts with (or contains) a label, tolerating the misreads OCR makes of printed labels,
 * and returns the text after it. `labels` are regular-expression sources, tried in order.
 * @example valueAfter(rows, ['姓名', '[娃性]名']) // { value: '陈欣琪', row }
 */
export function valueAfter(rows: readonly Row[], labels: readonly string[]): { value: string; row: Row; index: number } | undefined {
  for (const label of labels) {
    const pattern = new RegExp(`(?:${label})[:：]?`);
    const index = rows.findIndex((row) => pattern.test(row.text));
    if (index >= 0) {
      const row = rows[index]!;
      const match = pattern.exec(row.text)!;
      return { value: row.text.slice(match.index + match[0].length), row, index };
    }
  }
  return undefined;
}

/** Keeps the characters a Chinese name is written with (Han characters and the middle dot of transliterated names). */
export function chineseName(text: string): string {
  return text.replace(/[.•・‧∙]/g, '·').replace(/[^\p{Script=Han}·]/gu, '');
}
