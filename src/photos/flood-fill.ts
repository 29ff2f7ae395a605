/**
 * Scanline flood fill over a mask of free pixels (1 = may be entered and not yet taken): each pixel taken is set to
 * 0, a horizontal run at a time. A pixel-at-a-time fill pushes, pops and divides (for its column) once a pixel; this
 * one does so once a run, which matters when a region is most of the frame (a desk the colour of skin, the surface
 * around a document). The runs cover the same pixels as the pixel-at-a-time fill, in another order.
 */

/** Called for each run taken: pixels `from` to `to - 1`, all on one row. */
export type OnRun = (from: number, to: number) => void;

/**
 * Takes the region of free pixels 4-connected (8-connected when `diagonal`) to the seeds already on `stack`
 * (`stack[0 .. top)`, each already set to 0 in `free`); `stack` needs room for as many pixels as the region holds.
 * @example free[s] = 0; stack[0] = s; fillRuns(free, w, h, stack, 1, (a, b) => { size += b - a; });
 */
export function fillRuns(free: Uint8Array, w: number, h: number, stack: Int32Array, top: number, onRun: OnRun, diagonal = false): void {
  const reach = diagonal ? 1 : 0;
  while (top > 0) {
    const seed = stack[--top]!;
    const rowStart = seed - (seed % w), rowEnd = rowStart + w;
    let from = seed, to = seed + 1;
    while (from > rowStart && free[from - 1]) free[--from] = 0;
    while (to < rowEnd && free[to]) free[to++] = 0;
    onRun(from, to);
    const a = Math.max(rowStart, from - reach) - rowStart, b = Math.min(rowEnd, to + reach) - rowStart;
    if (rowStart > 0) top = seedRow(free, stack, top, rowStart - w + a, rowStart - w + b);
    if (rowEnd < w * h) top = seedRow(free, stack, top, rowEnd + a, rowEnd + b);
  }
}

/** Pushes the first free pixel of each run of free pixels in `[from, to)`; the rest of a run is taken when it is popped. */
function seedRow(free: Uint8Array, stack: Int32Array, top: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!free[i]) continue;
    free[i] = 0;
    stack[top++] = i;
    while (i + 1 < to && free[i + 1]) i++;
  }
  return top;
}
