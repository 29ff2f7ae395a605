/**
 * One line of text, in pixels of the image it was found in: its axis-aligned box (for layout), and the rotated
 * rectangle along the line (centre, direction, length, thickness) to read it from, so a tilted line is read straight.
 */
export type TextBox = { x: number; y: number; width: number; height: number; score: number; line: LineRect };

/** A rectangle along a text line: centre, unit direction of the line, its length and thickness. */
export type LineRect = { cx: number; cy: number; ux: number; uy: number; length: number; thickness: number };

/** PaddleOCR's DB post-processing settings (its defaults: threshold 0.3, box score 0.6, unclip ratio 1.5). */
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
const UNCLIP_RATIO = 1.5;
const MIN_SIDE = 3;
/** Lines tilted more than this (30°) are read axis-aligned. */
const MAX_TILT = Math.PI / 6;

/**
 * Turns the detector's probability map into text-line boxes: threshold, 4-connected components, mean probability as the
 * score, the line's direction from the component's principal axis (what OpenCV's minAreaRect gives PaddleOCR), then
 * the box grown the way DB's "unclip" grows it (by area × ratio / perimeter), scaled by `scale`.
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
  const pixels: number[] = [];
  let top = 0;
  stack[top++] = start;
  seen[start] = 1;
  let sum = 0;
  while (top > 0) {
    const at = stack[--top]!;
    pixels.push(at);
    sum += prob[at]!;
    const x = at % width;
    for (const next of [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, at >= width ? at - width : -1, at + width < prob.length ? at + width : -1]) {
      if (next >= 0 && !seen[next] && prob[next]! > PIXEL_THRESHOLD) { seen[next] = 1; stack[top++] = next; }
    }
  }
  const score = sum / pixels.length;
  if (score < BOX_THRESHOLD || pixels.length < MIN_SIDE * MIN_SIDE) return undefined;
  const line = lineRect(pixels, width);
  if (line.thickness < MIN_SIDE) return undefined;
  return { ...axisBox(line), score, line };
}

/** The rectangle along the component's principal axis that holds all its pixels. */
function lineRect(pixels: readonly number[], width: number): LineRect {
  let [mx, my] = [0, 0];
  for (const p of pixels) { mx += p % width; my += Math.floor(p / width); }
  mx /= pixels.length;
  my /= pixels.length;
  let [xx, xy, yy] = [0, 0, 0];
  for (const p of pixels) {
    const dx = (p % width) - mx, dy = Math.floor(p / width) - my;
    xx += dx * dx; xy += dx * dy; yy += dy * dy;
  }
  // Only a clearly elongated component has a direction; steep ones are left to the reader's quarter turns.
  const principal = 0.5 * Math.atan2(2 * xy, xx - yy);
  const angle = Math.abs(principal) <= MAX_TILT && xx > 2 * yy ? principal : 0;
  const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
  let [u0, u1, v0, v1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of pixels) {
    const dx = (p % width) - mx, dy = Math.floor(p / width) - my;
    const u = dx * ux + dy * uy, v = -dx * uy + dy * ux;
    u0 = Math.min(u0, u); u1 = Math.max(u1, u); v0 = Math.min(v0, v); v1 = Math.max(v1, v);
  }
  const [du, dv] = [(u0 + u1) / 2, (v0 + v1) / 2];
  return { cx: mx + du * ux - dv * uy, cy: my + du * uy + dv * ux, ux, uy, length: u1 - u0 + 1, thickness: v1 - v0 + 1 };
}

function axisBox(r: LineRect): { x: number; y: number; width: number; height: number } {
  const hw = (Math.abs(r.ux) * r.length + Math.abs(r.uy) * r.thickness) / 2;
  const hh = (Math.abs(r.uy) * r.length + Math.abs(r.ux) * r.thickness) / 2;
  return { x: r.cx - hw, y: r.cy - hh, width: 2 * hw, height: 2 * hh };
}

function unclip(box: TextBox, width: number, height: number, scale: number): TextBox {
  const { line } = box;
  const grow = (line.length * line.thickness * UNCLIP_RATIO) / (2 * (line.length + line.thickness));
  const grown: LineRect = { ...line, cx: line.cx * scale, cy: line.cy * scale, length: (line.length + 2 * grow) * scale, thickness: (line.thickness + 2 * grow) * scale };
  const a = axisBox(grown);
  const x0 = Math.max(0, a.x), y0 = Math.max(0, a.y);
  const x1 = Math.min(width * scale, a.x + a.width), y1 = Math.min(height * scale, a.y + a.height);
  return { x: Math.round(x0), y: Math.round(y0), width: Math.round(x1 - x0), height: Math.round(y1 - y0), score: box.score, line: grown };
}

/**
 * True when most lines found (at least 3) run down the image rather than across it (twice as tall as wide): a page
 * turned a quarter, whose lines the recogniser would read as confident nonsense.
 */
export function runDown(boxes: readonly TextBox[]): boolean {
  const tall = boxes.filter((box) => box.height > 2 * box.width).length;
  return boxes.length >= 3 && tall / boxes.length >= 0.6;
}
