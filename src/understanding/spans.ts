/** Where a value sits in the message: [start, end) in UTF-16 units, the same in the typed and the folded text. */
export type Span = { start: number; end: number };

/** The text with the given spans replaced by spaces (positions stay put, so later finds keep their spans). */
export function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The span with the spaces (and the given edge characters) at both ends trimmed off. */
export function trimSpan(text: string, span: Span, edge: RegExp = /[\s]/u): Span {
  let { start, end } = span;
  while (start < end && edge.test(text[start]!)) start += 1;
  while (end > start && edge.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
