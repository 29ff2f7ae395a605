/** The two languages the bot speaks. */
export type Lang = 'en' | 'zh';

/** Every user-facing text is written once per language, side by side, where it is used. */
export type Localized = { readonly en: string; readonly zh: string };

/** Picks the text for a language. */
export function t(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Fills `{name}` placeholders in both languages at once. */
export function fill(text: Localized, values: Record<string, string | number>): Localized {
  const apply = (s: string) => s.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
  return { en: apply(text.en), zh: apply(text.zh) };
}

/** Guesses the language of a message: any CJK ideograph means Chinese. */
export function detectLang(text: string | undefined, fallback: Lang = 'en'): Lang {
  if (!text) return fallback;
  if (/[\u4e00-\u9fff\u3400-\u4dbf]/.test(text)) return 'zh';
  if (/[a-z]{2,}/i.test(text)) return 'en';
  return fallback;
}
