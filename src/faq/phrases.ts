/** Splits a `|`-separated block of example phrasings into trimmed strings (keeps the example files compact). */
export function phrases(block: string): readonly string[] {
  return block.split('|').map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}
