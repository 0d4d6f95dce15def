import { describe, expect, it } from 'vitest';
import { entityGraph } from '../../../lib/query/entity-graph';
import { forceLayout } from '../../../lib/query/force-layout';
import { fixtureDataset } from './fixture-dataset';

describe('entityGraph', () => {
  const counts = { 'org:mindef': 4, 'org:cnrs': 4, 'person:chan-heng-kee': 2 };

  it('adds agreement counterparts to the page entities and links them by agreement', () => {
    const graph = entityGraph(fixtureDataset, counts);
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    expect([...byId.keys()].sort()).toEqual(
      ['org:cnrs', 'org:dga', 'org:mindef', 'org:moaf', 'org:temasek-labs-nus', 'person:chan-heng-kee', 'person:emmanuel-chiva'].sort(),
    );
    expect(byId.get('org:mindef')?.onPage).toBe(true);
    expect(byId.get('org:moaf')?.onPage).toBe(false);
    expect(graph.edges.map((edge) => edge.id)).toEqual([
      'org:cnrs|org:temasek-labs-nus',
      'org:dga|person:emmanuel-chiva',
      'org:mindef|org:moaf',
      'org:mindef|person:chan-heng-kee',
    ]);
    expect(graph.edges[2]?.agreements).toEqual([{ id: 'agreement:fr-sg-defence-ai-joint-lab', title: 'France–Singapore defence AI joint laboratory' }]);
  });

  it('lays out every node inside the picture, labels clear of each other, the same way every time', () => {
    const graph = entityGraph(fixtureDataset, counts, { width: 400, height: 300 });
    for (const node of graph.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(400);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(300);
    }
    // Each node and its label under it need about 110 × 38 px; no two such boxes overlap.
    for (const a of graph.nodes) {
      for (const b of graph.nodes) {
        if (a !== b) expect(Math.abs(a.x - b.x) >= 109.9 || Math.abs(a.y - b.y) >= 37.9, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    expect(entityGraph(fixtureDataset, counts, { width: 400, height: 300 })).toEqual(graph);
  });

  it('caps the number of nodes, keeping the most mentioned page entities', () => {
    const graph = entityGraph(fixtureDataset, { 'org:mindef': 9, 'org:cnrs': 1, 'country:fr': 5 }, { maxPageNodes: 2, maxNodes: 3 });
    expect(graph.nodes.filter((node) => node.onPage).map((node) => node.id)).toEqual(['org:mindef', 'country:fr']);
    expect(graph.nodes).toHaveLength(3);
  });

  it('draws linked nodes closer than unlinked ones', () => {
    // 0–1 linked, 2 alone: the link should pull 0 and 1 together.
    const [a, b, c] = forceLayout(3, [[0, 1]], { width: 300, height: 300, padding: 0 });
    const linked = Math.hypot(a!.x - b!.x, a!.y - b!.y);
    const unlinked = Math.min(Math.hypot(a!.x - c!.x, a!.y - c!.y), Math.hypot(b!.x - c!.x, b!.y - c!.y));
    expect(linked).toBeLessThan(unlinked);
  });
});
