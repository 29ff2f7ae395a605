/** An axis-aligned box around one line of text, in pixels of the image it was found in. */
export type TextBox = { x: number; y: number; width: number; height: number; score: number };

/** PaddleOCR's DB post-processing settings (its defaults: threshold 0.3, box score 0.6, unclip ratio 1.5). */
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
const UNCLIP_RATIO = 1.5;
const MIN_SIDE = 3;

/**
 * Turns the detector's probability map into text-line boxes: threshold, 4-connected components, mean probability as the
 * score, then the box grown the way DB's "unclip" grows it (by area × ratio / perimeter), scaled to the caller's image.
 * Axis-aligned boxes are enough here: the reader rotates the photo in quarter turns, and a slight tilt fits in the box.
 * @example findTextBoxes(prob, 960, 608, 1600 / 960) // [{ x, y, width, height, score }, …] top to bottom
 */
export function findTextBoxes(prob: Float32Array, width: number, height: number, scale: number): TextBox[] {
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const boxes: TextBox[] = [];
  for (let start = 0; start < prob.length; start += 1) {
    if (seen[start] || prob[start]! <= PIXEL_THRESHOLD) continue;
    const box = component(prob, width, height, start, seen, stack);
    if (box) boxes.push(unclip(box, width, height, scale));
  }
  return boxes.sort((a, b) => a.y - b.y || a.x - b.x);
}

function component(prob: Float32Array, width: number, height: number, start: number, seen: Uint8Array, stack: Int32Array): TextBox | undefined {
  let top = 0;
  stack[top++] = start;
  seen[start] = 1;
  let [minX, minY, maxX, maxY, sum, count] = [width, height, 0, 0, 0, 0];
  while (top > 0) {
    const at = stack[--top]!;
    const x = at % width;
    const y = (at - x) / width;
    sum += prob[at]!;
    count += 1;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    for (const next of [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1, y < height - 1 ? at + width : -1]) {
      if (next >= 0 && !seen[next] && prob[next]! > PIXEL_THRESHOLD) { seen[next] = 1; stack[top++] = next; }
    }
  }
  const box = { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1, score: sum / count };
  return box.score >= BOX_THRESHOLD && Math.min(box.width, box.height) >= MIN_SIDE ? box : undefined;
}

function unclip(box: TextBox, width: number, height: number, scale: number): TextBox {
  const grow = (box.width * box.height * UNCLIP_RATIO) / (2 * (box.width + box.height));
  const x0 = Math.max(0, box.x - grow);
  const y0 = Math.max(0, box.y - grow);
  const x1 = Math.min(width, box.x + box.width + grow);
  const y1 = Math.min(height, box.y + box.height + grow);
  return { x: Math.round(x0 * scale), y: Math.round(y0 * scale), width: Math.round((x1 - x0) * scale), height: Math.round((y1 - y0) * scale), score: box.score };
}
