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

/** Labels of the fields printed below a name: a row holding one is never the name's continuation. */
const FIELD_LABEL = /性别|民族|出生|住址|国籍|有效期|号码|签发/;

/**
 * The Chinese name after a name label: on the label's row, or alone on the row below it (a romanised name or a second
 * box may sit between); undefined when neither holds one.
 * @example nameAfterLabel(rows, ['姓\\s*名']) // { value: '陈欣琪', row }
 */
export function nameAfterLabel(rows: readonly Row[], labels: readonly string[]): { value: string; row: Row } | undefined {
  const label = valueAfter(rows, labels);
  if (!label) return undefined;
  const own = chineseName(label.value);
  if (own) return { value: own, row: label.row };
  for (const row of rows.slice(label.index + 1, label.index + 3)) {
    if (FIELD_LABEL.test(row.text)) return undefined;
    const value = chineseName(row.text);
    if (value) return { value, row };
  }
  return undefined;
}
