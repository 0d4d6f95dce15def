export interface Point {
  x: number;
  y: number;
}

export interface ForceLayoutOptions {
  width: number;
  height: number;
  /** Space kept free at the edges for node circles and labels. */
  padding?: number;
  iterations?: number;
}

/**
 * A small Fruchterman–Reingold layout: linked nodes pull together, all nodes push apart, and the
 * step shrinks each round until the picture settles. Nodes start evenly on a circle in the order
 * given, with no randomness, so the same graph always gets the same picture (stable for tests and
 * for a reader who reopens the panel). Good up to a few dozen nodes, which is all the panel shows.
 */
export function forceLayout(nodeCount: number, links: readonly (readonly [number, number])[], options: ForceLayoutOptions): Point[] {
  const { width, height, padding = 40, iterations = 300 } = options;
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
      const fx = dx[index]! - point.x * k;
      const fy = dy[index]! - point.y * k;
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
  return positions.map((point) => ({
    x: round2(padding + ((point.x - minX) / spanX) * innerWidth),
    y: round2(padding + ((point.y - minY) / spanY) * innerHeight),
  }));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
