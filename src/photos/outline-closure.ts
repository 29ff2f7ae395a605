import type { Box } from './document-region.ts';
import { fillRuns } from './flood-fill.ts';
import { Scratch } from './scratch.ts';

/** The traced outline as the outline search labels it: its pixels carry `id` in `label`. */
export type LabelledOutline = { label: Int32Array; id: number; box: Box };

/**
 * How open the traced outline is: the share of the edge-free pixels inside it (between its first and last pixel on
 * each row) that the frame border reaches without crossing an edge of `barrier` or the outline itself. A document's own
 * edge closes its outline (a pale card on a pale desk still leaves a faint step all round), so the border reaches
 * almost nothing inside; print on paper that runs on past the frame (a logo on a box side filling the picture) leaves
 * the blank paper between the print open to the border.
 * @example openShare(outline, faintEdges, 500, 375) // 0.02 for a card on a desk, 0.34 for a logo on a box side
 */
export function openShare(outline: LabelledOutline, barrier: Uint8Array, w: number, h: number, scratch = new Scratch()): number {
  const { label, id, box } = outline;
  const wall = scratch.u8(w * h);
  for (let i = 0; i < wall.length; i++) wall[i] = barrier[i] || label[i] === id ? 1 : 0;
  const reached = floodFromBorder(wall, w, h, scratch);
  let inside = 0, open = 0;
  for (let y = box.y0; y <= box.y1; y++) {
    let first = -1, last = -1;
    for (let x = box.x0, i = y * w + box.x0; x <= box.x1; x++, i++) {
      if (label[i] !== id) continue;
      if (first < 0) first = x;
      last = x;
    }
    for (let x = first + 1, i = y * w + first + 1; x < last; x++, i++) {
      if (wall[i]) continue;
      inside++;
      if (reached[i]) open++;
    }
  }
  return inside ? open / inside : 0;
}

/** Marks every pixel not in `wall` that a 4-connected path from the frame's outermost pixels reaches. */
function floodFromBorder(wall: Uint8Array, w: number, h: number, scratch: Scratch): Uint8Array {
  const reached = scratch.u8(w * h);
  const free = scratch.u8(w * h);
  for (let i = 0; i < free.length; i++) free[i] = wall[i] ? 0 : 1;
  const stack = scratch.i32(w * h);
  let top = 0;
  const seed = (i: number) => {
    if (free[i]) { free[i] = 0; stack[top++] = i; }
  };
  for (let x = 0; x < w; x++) { seed(x); seed((h - 1) * w + x); }
  for (let y = 0; y < h; y++) { seed(y * w); seed(y * w + w - 1); }
  fillRuns(free, w, h, stack, top, (from, to) => reached.fill(1, from, to));
  return reached;
}
