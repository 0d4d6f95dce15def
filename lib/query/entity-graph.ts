import type { Dataset, EntityKind } from '../dataset-schema';
import { datasetLookup, entityRef } from './dataset-lookup';
import { forceLayout } from './force-layout';

export interface GraphNode {
  id: string;
  name: string;
  kind: EntityKind;
  /** Named on the current page (drawn stronger); the rest are counterparts from agreements. */
  onPage: boolean;
  mentions: number;
  x: number;
  y: number;
}

export interface GraphEdge {
  /** `source|target`, ids in sorted order. */
  id: string;
  source: string;
  target: string;
  agreements: { id: string; title: string }[];
}

export interface EntityGraphData {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface EntityGraphOptions {
  /** Most-mentioned page entities kept; a page naming 60 entities would be an unreadable hairball. */
  maxPageNodes?: number;
  /** Total nodes including counterparts. */
  maxNodes?: number;
  width?: number;
  height?: number;
}

const DEFAULTS = { maxPageNodes: 12, maxNodes: 24, width: 360, height: 360 };
/** Room each node needs with its label under it (about 20 characters at 11px, two lines of height). */
const NODE_FOOTPRINT = { x: 110, y: 38 };

/**
 * Entities on the page and their agreement counterparts, linked by agreements (parties with each
 * other, signatories with the body they signed for), laid out for an SVG of the given size.
 */
export function entityGraph(dataset: Dataset, counts: Readonly<Record<string, number>>, options: EntityGraphOptions = {}): EntityGraphData {
  const { maxPageNodes, maxNodes, width, height } = { ...DEFAULTS, ...options };
  const lookup = datasetLookup(dataset);
  const pageIds = Object.keys(counts)
    .filter((id) => (counts[id] ?? 0) > 0 && lookup.entity(id))
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b))
    .slice(0, Math.min(maxPageNodes, maxNodes));
  const nodeIds = new Set(pageIds);

  const agreements = new Map<string, Dataset['agreements'][number]>();
  for (const id of pageIds) for (const agreement of lookup.agreementsOf(id)) agreements.set(agreement.id, agreement);

  // Counterparts linked to the page by the most agreements earn the remaining places.
  const counterpartWeight = new Map<string, number>();
  for (const agreement of agreements.values()) {
    const involved = new Set([...agreement.parties, ...agreement.signatories.flatMap((s) => [s.personId, s.onBehalfOf])]);
    for (const id of involved) if (!nodeIds.has(id)) counterpartWeight.set(id, (counterpartWeight.get(id) ?? 0) + 1);
  }
  const counterparts = [...counterpartWeight]
    .sort(([a, weightA], [b, weightB]) => weightB - weightA || a.localeCompare(b))
    .slice(0, Math.max(0, maxNodes - nodeIds.size))
    .map(([id]) => id);
  for (const id of counterparts) nodeIds.add(id);

  const edges = new Map<string, GraphEdge>();
  const link = (a: string, b: string, agreement: { id: string; title: string }): void => {
    if (a === b || !nodeIds.has(a) || !nodeIds.has(b)) return;
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${source}|${target}`;
    const edge = edges.get(id) ?? { id, source, target, agreements: [] };
    if (!edge.agreements.some((existing) => existing.id === agreement.id)) edge.agreements.push({ id: agreement.id, title: agreement.title });
    edges.set(id, edge);
  };
  for (const agreement of agreements.values()) {
    const ref = { id: agreement.id, title: agreement.title };
    for (let i = 0; i < agreement.parties.length; i++) {
      for (let j = i + 1; j < agreement.parties.length; j++) link(agreement.parties[i]!, agreement.parties[j]!, ref);
    }
    for (const signatory of agreement.signatories) link(signatory.personId, signatory.onBehalfOf, ref);
  }

  const order = [...nodeIds];
  const indexOf = new Map(order.map((id, index) => [id, index]));
  const edgeList = [...edges.values()].sort((a, b) => a.id.localeCompare(b.id));
  const positions = forceLayout(
    order.length,
    edgeList.map((edge) => [indexOf.get(edge.source)!, indexOf.get(edge.target)!] as const),
    { width, height, padding: 56, minSeparation: NODE_FOOTPRINT },
  );
  const nodes = order.map((id, index) => {
    const ref = entityRef(lookup, id);
    return { ...ref, onPage: pageIds.includes(id), mentions: counts[id] ?? 0, ...positions[index]! };
  });
  return { width, height, nodes, edges: edgeList };
}
