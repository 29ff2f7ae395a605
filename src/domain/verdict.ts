import type { Localized } from '../i18n/localized.ts';

/** A problem with one answer: a stable code and a message, in both languages, that says what to do. */
export type Issue = { readonly code: string; readonly message: Localized };

/** The result of checking one answer: user mistakes are values, never exceptions. */
export type Verdict =
  | { readonly valid: true; readonly normalized: string; readonly warnings: readonly Issue[] }
  | { readonly valid: false; readonly error: Issue };

/** An accepted answer, with optional advice. */
export function accept(normalized: string, warnings: readonly Issue[] = []): Verdict {
  return { valid: true, normalized, warnings };
}

/** A rejected answer. */
export function reject(code: string, en: string, zh: string): Verdict {
  return { valid: false, error: { code, message: { en, zh } } };
}
