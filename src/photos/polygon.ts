// Plane geometry of traced outlines: convex hull, area, simplification and the best 4-corner fit.

/** Andrew's monotone chain; returns the hull counter-clockwise without repeating the first point. */
export function convexHull(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: number[], a: number[], b: number[]) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const build = (list: [number, number][]) => {
    const out: [number, number][] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...build(sorted), ...build([...sorted].reverse())];
}

/** Shoelace area of a simple polygon. */
export function polygonArea(poly: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i]!;
    const [x2, y2] = poly[(i + 1) % poly.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** Length of a closed polygon's boundary. */
export function perimeter(poly: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < poly.length; i++) sum += Math.hypot(poly[i]![0] - poly[(i + 1) % poly.length]![0], poly[i]![1] - poly[(i + 1) % poly.length]![1]);
  return sum;
}

/** Douglas–Peucker on a closed polygon, split at its two farthest-apart vertices. */
export function simplifyClosed(poly: [number, number][], epsilon: number): [number, number][] {
  if (poly.length <= 3) return poly;
  const first = farthestFrom(poly, poly[0]!);
  const second = farthestFrom(poly, poly[first]!);
  const [a, b] = first < second ? [first, second] : [second, first];
  const left = simplifyOpen(poly.slice(a, b + 1), epsilon);
  const right = simplifyOpen([...poly.slice(b), ...poly.slice(0, a + 1)], epsilon);
  return [...left.slice(0, -1), ...right.slice(0, -1)];
}

function simplifyOpen(points: [number, number][], epsilon: number): [number, number][] {
  if (points.length <= 2) return points;
  const [ax, ay] = points[0]!;
  const [bx, by] = points[points.length - 1]!;
  const length = Math.hypot(bx - ax, by - ay) || 1;
  let worst = 0, at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = Math.abs((bx - ax) * (ay - points[i]![1]) - (ax - points[i]![0]) * (by - ay)) / length;
    if (d > worst) { worst = d; at = i; }
  }
  if (worst <= epsilon) return [points[0]!, points[points.length - 1]!];
  return [...simplifyOpen(points.slice(0, at + 1), epsilon).slice(0, -1), ...simplifyOpen(points.slice(at), epsilon)];
}

function farthestFrom(poly: [number, number][], p: [number, number]): number {
  let best = 0, at = 0;
  poly.forEach((q, i) => {
    const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
    if (d > best) { best = d; at = i; }
  });
  return at;
}

/** The largest-area quadrilateral on the hull's vertices (rotating search over a thinned hull). */
export function bestQuad(hull: [number, number][]): [number, number][] {
  const step = Math.max(1, Math.floor(hull.length / 40));
  const v = hull.filter((_, i) => i % step === 0);
  let best: [number, number][] = v.slice(0, 4);
  let bestArea = -1;
  for (let i = 0; i < v.length; i++) {
    for (let k = i + 2; k < v.length; k++) {
      const j = extremeBetween(v, i, k);
      const l = extremeBetween(v, k, i + v.length);
      const quad = [v[i]!, v[j % v.length]!, v[k]!, v[l % v.length]!];
      const area = polygonArea(quad);
      if (area > bestArea) { bestArea = area; best = quad; }
    }
  }
  return best;
}

/** Index strictly between from and to (mod n) farthest from the chord v[from]–v[to]. */
function extremeBetween(v: [number, number][], from: number, to: number): number {
  const n = v.length;
  const [ax, ay] = v[from % n]!;
  const [bx, by] = v[to % n]!;
  let best = -1, at = from + 1;
  for (let t = from + 1; t < to; t++) {
    const [px, py] = v[t % n]!;
    const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay));
    if (d > best) { best = d; at = t; }
  }
  return at;
}
