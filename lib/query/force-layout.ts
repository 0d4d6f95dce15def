export interface Point {
  x: number;
  y: number;
}

/** Strength of the pull to the centre, relative to a link's pull: enough to keep islands in view. */
const GRAVITY = 0.3;

export interface ForceLayoutOptions {
  width: number;
  height: number;
  /** Space kept free at the edges for node circles and labels. */
  padding?: number;
  iterations?: number;
  /**
   * Nodes closer than this on both axes are pushed apart after the layout settles, so labels
   * (wide and short) do not print over each other. Best effort when the picture is too small.
   */
  minSeparation?: { x: number; y: number };
}

/**
 * A small Fruchterman–Reingold layout: linked nodes pull together, all nodes push apart, and the
 * step shrinks each round until the picture settles. Nodes start evenly on a circle in the order
 * given, with no randomness, so the same graph always gets the same picture (stable for tests and
 * for a reader who reopens the panel). Good up to a few dozen nodes, which is all the panel shows.
 */
export function forceLayout(nodeCount: number, links: readonly (readonly [number, number])[], options: ForceLayoutOptions): Point[] {
  const { width, height, padding = 40, iterations = 300, minSeparation } = options;
  if (nodeCount === 0) return [];
  const innerWidth = Math.max(1, width - 2 * padding);
  const innerHeight = Math.max(1, height - 2 * padding);
  if (nodeCount === 1) return [{ x: width / 2, y: height / 2 }];

  const positions: Point[] = Array.from({ length: nodeCount }, (_, index) => {
    const angle = (2 * Math.PI * index) / nodeCount;
    return { x: Math.cos(angle), y: Math.sin(angle) };
  });
  // Ideal edge length for nodes spread over a unit square.
  const k = Math.sqrt(4 / nodeCount);
  let temperature = 0.2;
  const cooling = temperature / (iterations + 1);
  const dx = new Float64Array(nodeCount);
  const dy = new Float64Array(nodeCount);

  for (let round = 0; round < iterations; round++) {
    dx.fill(0);
    dy.fill(0);
    for (let a = 0; a < nodeCount; a++) {
      for (let b = a + 1; b < nodeCount; b++) {
        const pa = positions[a]!;
        const pb = positions[b]!;
        let ddx = pa.x - pb.x;
        let ddy = pa.y - pb.y;
        let distance = Math.hypot(ddx, ddy);
        if (distance < 1e-6) {
          // Coincident nodes: separate them along a fixed direction that depends only on the pair.
          ddx = Math.cos(a + b);
          ddy = Math.sin(a + b);
          distance = 1e-3;
        }
        const force = (k * k) / distance;
        dx[a]! += (ddx / distance) * force;
        dy[a]! += (ddy / distance) * force;
        dx[b]! -= (ddx / distance) * force;
        dy[b]! -= (ddy / distance) * force;
      }
    }
    for (const [a, b] of links) {
      if (a === b) continue;
      const pa = positions[a]!;
      const pb = positions[b]!;
      const ddx = pa.x - pb.x;
      const ddy = pa.y - pb.y;
      const distance = Math.max(Math.hypot(ddx, ddy), 1e-6);
      const force = (distance * distance) / k;
      dx[a]! -= (ddx / distance) * force;
      dy[a]! -= (ddy / distance) * force;
      dx[b]! += (ddx / distance) * force;
      dy[b]! += (ddy / distance) * force;
    }
    for (let index = 0; index < nodeCount; index++) {
      const point = positions[index]!;
      // A weak pull to the centre keeps unlinked parts of the graph from drifting apart.
      const fx = dx[index]! - point.x * k * GRAVITY;
      const fy = dy[index]! - point.y * k * GRAVITY;
      const length = Math.hypot(fx, fy);
      if (length > 0) {
        const step = Math.min(length, temperature);
        point.x += (fx / length) * step;
        point.y += (fy / length) * step;
      }
    }
    temperature -= cooling;
  }

  const xs = positions.map((point) => point.x);
  const ys = positions.map((point) => point.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX || 1;
  const spanY = Math.max(...ys) - minY || 1;
  const placed = positions.map((point) => ({
    x: padding + ((point.x - minX) / spanX) * innerWidth,
    y: padding + ((point.y - minY) / spanY) * innerHeight,
  }));
  if (minSeparation) separate(placed, minSeparation, { minX: padding, minY: padding, maxX: width - padding, maxY: height - padding });
  return placed.map((point) => ({ x: round2(point.x), y: round2(point.y) }));
}

const SEPARATION_ROUNDS = 60;

/**
 * Pushes overlapping pairs apart along the axis where they overlap least (half each), clamped to
 * the bounds, for a fixed number of rounds. Deterministic: pairs are visited in index order.
 */
function separate(points: Point[], min: { x: number; y: number }, bounds: { minX: number; minY: number; maxX: number; maxY: number }): void {
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    let moved = false;
    for (let a = 0; a < points.length; a++) {
      for (let b = a + 1; b < points.length; b++) {
        const pa = points[a]!;
        const pb = points[b]!;
        const overlapX = min.x - Math.abs(pa.x - pb.x);
        const overlapY = min.y - Math.abs(pa.y - pb.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Moving along y costs less: labels are wide, so a small vertical step clears them.
        if (overlapY / min.y <= overlapX / min.x) {
          const direction = pa.y < pb.y || (pa.y === pb.y && a < b) ? -1 : 1;
          pa.y += (direction * overlapY) / 2;
          pb.y -= (direction * overlapY) / 2;
        } else {
          const direction = pa.x < pb.x || (pa.x === pb.x && a < b) ? -1 : 1;
          pa.x += (direction * overlapX) / 2;
          pb.x -= (direction * overlapX) / 2;
        }
      }
    }
    for (const point of points) {
      point.x = Math.min(bounds.maxX, Math.max(bounds.minX, point.x));
      point.y = Math.min(bounds.maxY, Math.max(bounds.minY, point.y));
    }
    if (!moved) break;
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
