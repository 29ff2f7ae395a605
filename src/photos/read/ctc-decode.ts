/** One recognised line: its text and the mean probability of the characters kept. */
export type DecodedText = { text: string; confidence: number };

/**
 * Greedy CTC decoding of the recogniser's output ([steps × classes] probabilities): the best class per step, repeats
 * collapsed, blanks (class 0) dropped. `alphabet[i]` is the character of class i + 1 (PaddleOCR's dictionary order).
 * @example decodeCtc(output, 40, 6625, alphabet) // { text: '公民身份号码', confidence: 0.97 }
 */
export function decodeCtc(output: Float32Array, steps: number, classes: number, alphabet: readonly string[]): DecodedText {
  let text = '';
  let total = 0;
  let kept = 0;
  let previous = -1;
  for (let t = 0; t < steps; t += 1) {
    const row = t * classes;
    let best = 0;
    for (let c = 1; c < classes; c += 1) if (output[row + c]! > output[row + best]!) best = c;
    if (best !== 0 && best !== previous) {
      text += alphabet[best - 1] ?? '';
      total += output[row + best]!;
      kept += 1;
    }
    previous = best;
  }
  return { text, confidence: kept ? total / kept : 0 };
}
