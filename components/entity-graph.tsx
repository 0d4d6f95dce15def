import type { TargetedKeyboardEvent } from 'preact';
import type { EntityGraphData, GraphNode } from '../lib/query/entity-graph';
import { KIND_LABELS } from './kind-badge';
import { plural } from './plural';

export interface EntityGraphProps {
  graph: EntityGraphData;
  onSelectEntity(entityId: string): void;
  selectedId?: string;
}

const NODE_RADIUS = 9;
/** Labels longer than this are cut so neighbours stay readable; the full name is in the accessible name. */
const LABEL_MAX = 20;

function shortLabel(name: string): string {
  return name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1)}…` : name;
}

/** Same shapes as the kind badge: square for organisations, circle for people, diamond for countries. */
function NodeShape({ node }: { node: GraphNode }) {
  const r = NODE_RADIUS;
  if (node.kind === 'person') return <circle class="bs-graph__shape" cx={node.x} cy={node.y} r={r} />;
  if (node.kind === 'country') {
    const points = `${node.x},${node.y - r * 1.2} ${node.x + r * 1.2},${node.y} ${node.x},${node.y + r * 1.2} ${node.x - r * 1.2},${node.y}`;
    return <polygon class="bs-graph__shape" points={points} />;
  }
  return <rect class="bs-graph__shape" x={node.x - r} y={node.y - r} width={r * 2} height={r * 2} rx={2} />;
}

/**
 * Entities around the page and the agreements between them. Every node is a focusable button
 * (Tab, then Enter or Space) named with its kind and links; colours come from the theme tokens, so
 * the picture reads in light and dark, and page entities differ by fill and a thicker outline.
 */
export function EntityGraph({ graph, onSelectEntity, selectedId }: EntityGraphProps) {
  if (graph.nodes.length === 0) return <p class="bs-empty-note">No entities to draw.</p>;
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const linkCount = new Map<string, number>();
  for (const edge of graph.edges) {
    linkCount.set(edge.source, (linkCount.get(edge.source) ?? 0) + 1);
    linkCount.set(edge.target, (linkCount.get(edge.target) ?? 0) + 1);
  }
  const onKeyDown = (id: string) => (event: TargetedKeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectEntity(id);
    }
  };
  return (
    <svg
      class="bs-graph"
      viewBox={`0 0 ${graph.width} ${graph.height}`}
      role="group"
      aria-label={`Graph of ${plural(graph.nodes.length, 'entity', 'entities')} and ${plural(graph.edges.length, 'link')} around this page`}
    >
      <g class="bs-graph__edges" aria-hidden="true">
        {graph.edges.map((edge) => {
          const source = byId.get(edge.source);
          const target = byId.get(edge.target);
          if (!source || !target) return null;
          return (
            <line key={edge.id} class="bs-graph__edge" x1={source.x} y1={source.y} x2={target.x} y2={target.y} stroke-width={Math.min(1 + edge.agreements.length, 4)}>
              <title>{edge.agreements.map((agreement) => agreement.title).join('\n')}</title>
            </line>
          );
        })}
      </g>
      {graph.nodes.map((node) => {
        const links = linkCount.get(node.id) ?? 0;
        const name = `${node.name}, ${KIND_LABELS[node.kind].toLowerCase()}${node.onPage ? ', on this page' : ''}, ${plural(links, 'link')}`;
        return (
          <g
            key={node.id}
            role="button"
            // Lower case on purpose: SVG attributes are case-sensitive, and "tabIndex" would not make it focusable.
            tabindex={0}
            aria-label={name}
            aria-current={selectedId === node.id ? "true" : undefined}
            class={`bs-graph__node bs-graph__node--${node.kind}${node.onPage ? ' bs-graph__node--on-page' : ''}`}
            onClick={() => onSelectEntity(node.id)}
            onKeyDown={onKeyDown(node.id)}
          >
            <NodeShape node={node} />
            <text class="bs-graph__label" x={node.x} y={node.y + NODE_RADIUS + 12} text-anchor="middle" aria-hidden="true">
              {shortLabel(node.name)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
