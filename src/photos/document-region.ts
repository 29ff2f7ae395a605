import { coversCorner, findHand, reaches } from './hand.ts';
import { fillRuns } from './flood-fill.ts';
import { openShare } from './outline-closure.ts';
import { bestQuad, convexHull, perimeter, polygonArea, simplifyClosed } from './polygon.ts';
import { Scratch } from './scratch.ts';

/** A box in analysis-raster pixels. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** A side of the frame, as the photo is displayed (EXIF orientation applied). */
export type FrameSide = 'top' | 'bottom' | 'left' | 'right';

/** Where the document is in the frame, as far as its outline can be traced. */
export type DocumentRegion = {
  /** The outline's bounding box in the grey image's pixels; undefined when no document-sized outline was found. */
  box?: Box;
  /** Share of the frame inside the outline's convex hull. */
  areaFraction: number;
  /** The outline reaches the frame's outermost pixels: part of the document may be outside the picture, or something covers it from outside. */
  touchesEdge: boolean;
  /** Corners of the simplified outline: 4 for a whole document, more when a corner is cut or covered. */
  corners: number;
  /** Hull area over the area of the best 4-corner fit: about 1 for a clean card, higher when something sticks out. */
  hullToQuad: number;
  /** A hand (a skin-coloured patch coming in from the frame edge) reaches the document; it is left out of the outline. */
  handOnDocument: boolean;
  /**
   * The edge network (every edge, as on a plain desk) reaches three or four frame edges: a patterned surface merged
   * with the outline (or a document far larger than the frame), so it tells nothing about the corners.
   */
  cluttered: boolean;
  /** How many frame edges the edge network reaches. */
  sides: number;
  /** The outline reaches the frame edge only through a hand: a hand holding the document, not a cut. */
  touchesOnlyThroughSkin: boolean;
  /** The outline has a corner cut away and a hand lies where that corner would be: the corner is covered. */
  cornerCovered: boolean;
  /** The frame sides the outline reaches (see `touchesEdge`). */
  touching: FrameSide[];
  /**
   * For an outline inside the frame: the share of the blank inside it that the frame border reaches without crossing
   * even a faint edge (see outline-closure.ts). About 0 for a document's own edge, high for print on paper filling the frame.
   */
  openShare: number;
};

/** Grey pixels of one plane. */
export type Grey = { data: Uint8Array; width: number; height: number };

/** Edge thresholds in intensity steps: colour noise is weaker than brightness noise, so colour edges count sooner. */
const LUMA_EDGE = 14;
const OPPONENT_EDGE = 7;
const MIN_AREA = 0.08;
/**
 * A surface with a grain of its own (granite, wood, a woven cloth) makes edges everywhere along the frame edge, which
 * would join the outline to it: edges must stand this many times above the typical (median) edge strength of the
 * frame's outer ring. Plain desks measure 0.5–2.5 steps there, a granite top 6.5. Print is always an edge: the raised
 * threshold stops at PRINT_EDGE, so text running off the frame on a cut-off page still joins the outline to the edge.
 */
const SURFACE_FACTOR = 3;
const PRINT_EDGE = 24;
/** The outer ring of the frame where the surface is, as a share of the short side. */
const RING = 0.04;
/** The outline reaches the frame edge when it has pixels this close to it (half-size pixels: the outermost an edge can be). */
const EDGE_BAND = 2;
/**
 * A faint step (in intensity steps) still closes an outline: a pale card on a pale desk shows one of about 5 luma levels
 * where the outline search (LUMA_EDGE) sees none; the colour plane's noise is half as strong. Noise smoothed by the
 * two box blurs, light falling off across a page and the weave of a cardboard box stay below it.
 */
const FAINT_LUMA_EDGE = 5;
const FAINT_OPPONENT_EDGE = 2.5;

/**
 * Traces the document outline: smooth, gradient edges, the biggest connected edge network (the card outline and
 * everything printed on it), its convex hull, and a polygon fit of that hull, like `approxPolyDP` on the outer contour.
 * Edges come from luma and, when given, a colour-opponent plane (a light card on a light desk differs in colour).
 */
export function findDocument(grey: Grey, opponent?: Grey, skin?: Grey): DocumentRegion {
  try {
    return traceOutline(grey, opponent, skin, SCRATCH);
  } finally {
    SCRATCH.release();
  }
}

/** Every working array of the outline search, lent for one call at a time (see scratch.ts). */
const SCRATCH = new Scratch();

function traceOutline(grey: Grey, opponent: Grey | undefined, skin: Grey | undefined, scratch: Scratch): DocumentRegion {
  const { width: w, height: h } = grey;
  // `edges` holds the edges that stand above the surface's grain, `plain` all of them (as on a plain desk).
  const edges = scratch.u8(w * h), plain = scratch.u8(w * h);
  let raised = false;
  // Faint edges only tell whether an outline inside the frame is closed (see FAINT_LUMA_EDGE).
  const faint = scratch.u8(w * h);
  for (const [plane, base, faintBase] of [[grey, LUMA_EDGE, FAINT_LUMA_EDGE], [opponent, OPPONENT_EDGE, FAINT_OPPONENT_EDGE]] as const) {
    if (!plane) continue;
    const smooth = boxBlur(boxBlur(plane, scratch), scratch);
    const threshold = Math.max(base, Math.min(PRINT_EDGE, SURFACE_FACTOR * surfaceTexture(smooth)));
    if (threshold > base) raised = true;
    edgeMasks(smooth, [[threshold, edges], [base, plain], [faintBase, faint]], scratch);
  }
  const hand = skin ? findHand(skin, scratch) : undefined;
  // A thumb holding the document would join its outline to the frame edge: leave the hand out of the edge network.
  if (hand) for (let i = 0; i < edges.length; i++) if (hand.grown[i]) edges[i] = plain[i] = 0;
  const component = largestComponent(edges, w, h, scratch);
  const none: DocumentRegion = {
    areaFraction: 0, touchesEdge: false, corners: 0, hullToQuad: 0, handOnDocument: false, cluttered: false, sides: 0, touchesOnlyThroughSkin: false, cornerCovered: false,
    touching: [], openShare: 0,
  };
  if (!component) return none;
  const hull = convexHull(component.points);
  const area = polygonArea(hull);
  const areaFraction = area / (w * h);
  if (areaFraction < MIN_AREA) return { ...none, areaFraction };
  const margin = Math.max(2, Math.round(0.01 * Math.max(w, h)));
  const { box } = component;
  // A document edge running parallel just inside the frame comes within the margin too: only reaching the outermost
  // pixels counts as touching.
  const reached: [FrameSide, boolean][] = [['top', box.y0 < EDGE_BAND], ['bottom', box.y1 >= h - EDGE_BAND], ['left', box.x0 < EDGE_BAND], ['right', box.x1 >= w - EDGE_BAND]];
  const touching = reached.filter(([, r]) => r).map(([side]) => side);
  const touchesEdge = touching.length > 0;
  const simplified = simplifyClosed(hull, 0.02 * perimeter(hull));
  const quad = bestQuad(hull);
  // A pattern (a check tablecloth) joins the plain edges to three or four frame edges even where the raised ones
  // leave gaps in it: how far it spreads is read from the plain network.
  const spread = raised ? largestComponent(plain, w, h, scratch)!.box : box;
  const sides = [spread.x0 < margin, spread.y0 < margin, spread.x1 >= w - margin, spread.y1 >= h - margin].filter(Boolean).length;
  // Only an outline wholly inside the frame can be open or closed; the faint edges are found only for it.
  const open = touchesEdge || sides >= 3 ? 0 : openShare(component, faint, w, h, scratch);
  return {
    box, areaFraction, touchesEdge, corners: simplified.length, hullToQuad: area / Math.max(1, polygonArea(quad)),
    handOnDocument: hand ? reaches(hand.grown, box, w, margin) : false,
    cluttered: sides >= 3, sides, touchesOnlyThroughSkin: hand && touchesEdge ? ringInside(component, hand.grown, w, h, margin) : false,
    cornerCovered: hand ? coversCorner(hand, simplified, w) : false,
    touching, openShare: open,
  };
}


/** True when every pixel of the component within `margin` of the frame edge is also in `mask`. */
function ringInside(c: Component, mask: Uint8Array, w: number, h: number, margin: number): boolean {
  for (let y = 0; y < h; y++) {
    const rowInRing = y < margin || y >= h - margin;
    for (let x = 0; x < w; x++) {
      if (!rowInRing && x >= margin && x < w - margin) { x = w - margin - 1; continue; }
      const i = y * w + x;
      if (c.label[i] === c.id && !mask[i]) return false;
    }
  }
  return true;
}

/** `THIRD[s]` is s / 3 truncated, as a Uint8Array stores it: a table look-up instead of a division a pixel. */
const THIRD = Uint8Array.from({ length: 3 * 255 + 1 }, (_, s) => s / 3);

/** 3×3 box blur, a row pass then a column pass; the edge pixels repeat themselves. */
function boxBlur(g: Grey, scratch: Scratch): Grey {
  const { width: w, height: h, data } = g;
  const tmp = scratch.u8(w * h);
  const out = scratch.u8(w * h);
  // The frame's edges are done apart from the inner loops, which then need no bounds tests.
  for (let y = 0; y < h; y++) {
    const row = y * w, last = row + w - 1;
    tmp[row] = THIRD[data[row]! + data[row]! + data[Math.min(row + 1, last)]!]!;
    for (let i = row + 1; i < last; i++) tmp[i] = THIRD[data[i - 1]! + data[i]! + data[i + 1]!]!;
    if (last > row) tmp[last] = THIRD[data[last - 1]! + data[last]! + data[last]!]!;
  }
  const end = w * h;
  for (let i = 0; i < Math.min(w, end); i++) out[i] = THIRD[tmp[i]! + tmp[i]! + tmp[i + w >= end ? i : i + w]!]!;
  for (let i = w; i < end - w; i++) out[i] = THIRD[tmp[i - w]! + tmp[i]! + tmp[i + w]!]!;
  for (let i = Math.max(w, end - w); i < end; i++) out[i] = THIRD[tmp[i - w]! + tmp[i]! + tmp[i]!]!;
  return { data: out, width: w, height: h };
}

/** Median Sobel magnitude (in intensity steps) over the frame's outer ring. */
function surfaceTexture(g: Grey): number {
  const { width: w, height: h, data: p } = g;
  const ring = Math.max(2, Math.round(RING * Math.min(w, h)));
  const histogram = new Uint32Array(256);
  let n = 0;
  for (let y = 1; y < h - 1; y++) {
    const inner = y > ring && y < h - 1 - ring;
    for (let x = 1; x < w - 1; x++) {
      if (inner && x === ring + 1) { x = w - 2 - ring; continue; }
      const i = y * w + x;
      histogram[Math.min(255, Math.round(sobel(p, i, w) / 4))]!++;
      n++;
    }
  }
  for (let v = 0, seen = 0; v < 256; v++) if ((seen += histogram[v]!) * 2 >= n) return v;
  return 0;
}

function sobel(p: Uint8Array, i: number, w: number): number {
  const gx = p[i - w + 1]! + 2 * p[i + 1]! + p[i + w + 1]! - p[i - w - 1]! - 2 * p[i - 1]! - p[i + w - 1]!;
  const gy = p[i + w - 1]! + 2 * p[i + w]! + p[i + w + 1]! - p[i - w - 1]! - 2 * p[i - w]! - p[i - w + 1]!;
  return Math.abs(gx) + Math.abs(gy);
}

/** An edge threshold (intensity steps) and the mask the edges above it are marked in. */
type EdgeMask = readonly [threshold: number, out: Uint8Array];

/**
 * For each [threshold, out]: marks in `out` where the Sobel magnitude (in intensity steps) is above the threshold,
 * dilated by one pixel to close gaps. One pass computes the magnitude and sets a bit a threshold, a second dilates
 * the three masks at once.
 */
function edgeMasks(g: Grey, masks: readonly [EdgeMask, EdgeMask, EdgeMask], scratch: Scratch): void {
  const { width: w, height: h, data: p } = g;
  const [[t0, o0], [t1, o1], [t2, o2]] = masks;
  const l0 = t0 * 4, l1 = t1 * 4, l2 = t2 * 4;
  const bits = scratch.u8(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let i = y * w + 1, end = y * w + w - 1; i < end; i++) {
      const m = sobel(p, i, w);
      bits[i] = (m > l0 ? 1 : 0) | (m > l1 ? 2 : 0) | (m > l2 ? 4 : 0);
    }
  }
  for (let y = 1; y < h - 1; y++) {
    for (let i = y * w + 1, end = y * w + w - 1; i < end; i++) {
      const near = bits[i]! | bits[i - 1]! | bits[i + 1]! | bits[i - w]! | bits[i + w]!;
      if (near === 0) continue;
      if (near & 1) o0[i] = 1;
      if (near & 2) o1[i] = 1;
      if (near & 4) o2[i] = 1;
    }
  }
}

type Component = { box: Box; points: [number, number][]; label: Int32Array; id: number };

/** Among the edge networks with the largest bounding boxes, the one whose convex hull covers most of the frame. */
function largestComponent(mask: Uint8Array, w: number, h: number, scratch: Scratch): Component | undefined {
  const label = scratch.i32(w * h);
  const stack = scratch.i32(w * h);
  // The fill takes pixels out of its own copy of the mask: a pixel still set there starts a new network.
  const free = scratch.u8(w * h);
  free.set(mask);
  const found: { id: number; box: Box; size: number }[] = [];
  let next = 0;
  for (let start = 0; start < free.length; start++) {
    if (!free[start]) continue;
    const id = ++next;
    const box = labelNetwork(free, label, stack, start, id, w, h);
    found.push({ id, box, size: (box.x1 - box.x0 + 1) * (box.y1 - box.y0 + 1) });
  }
  const candidates = found.sort((a, b) => b.size - a.size).slice(0, 5).map((c) => {
    const points = rowExtremes(label, c.id, c.box, w);
    return { box: c.box, points, label, id: c.id, area: polygonArea(convexHull(points)) };
  });
  return candidates.sort((a, b) => b.area - a.area)[0];
}

/** Labels `id` on the 8-connected network at `start`, taking it out of `free`; returns its bounding box. */
function labelNetwork(free: Uint8Array, label: Int32Array, stack: Int32Array, start: number, id: number, w: number, h: number): Box {
  const box = { x0: w, y0: h, x1: 0, y1: 0 };
  free[start] = 0;
  stack[0] = start;
  fillRuns(free, w, h, stack, 1, (from, to) => {
    label.fill(id, from, to);
    const x = from % w, y = (from - x) / w, last = x + to - from - 1;
    if (x < box.x0) box.x0 = x;
    if (last > box.x1) box.x1 = last;
    if (y < box.y0) box.y0 = y;
    if (y > box.y1) box.y1 = y;
  }, true);
  return box;
}

function rowExtremes(label: Int32Array, id: number, box: Box, w: number): [number, number][] {
  const points: [number, number][] = [];
  for (let y = box.y0; y <= box.y1; y++) {
    let first = -1, last = -1;
    for (let x = box.x0; x <= box.x1; x++) {
      if (label[y * w + x] !== id) continue;
      if (first < 0) first = x;
      last = x;
    }
    if (first >= 0) points.push([first, y], [last, y]);
  }
  return points;
}
