/**
 * The shared OpenCC converter with a memory of its last call: a question is simplified twice in a row (by the
 * synonym folding and by the nearby-topic check), and one conversion is most of the classifier's time per question.
 */
import { toSimplified } from '../domain/chinese-script.ts';

let lastIn = '';
let lastOut = '';

/** `toSimplified(text)`, computed once for the same text asked twice in a row. */
export function simplified(text: string): string {
  if (text !== lastIn) [lastIn, lastOut] = [text, toSimplified(text)];
  return lastOut;
}
