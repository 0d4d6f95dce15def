// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityGraph, type EntityGraphProps } from '../../../components/entity-graph';
import { entityGraph } from '../../../lib/query/entity-graph';
import { fixtureDataset } from '../query/fixture-dataset';

function renderEntityGraph(props: Partial<EntityGraphProps> = {}) {
  const onSelectEntity = vi.fn();
  const graph = entityGraph(fixtureDataset, { 'org:mindef': 4, 'person:chan-heng-kee': 2 });
  render(<EntityGraph graph={graph} onSelectEntity={onSelectEntity} {...props} />);
  return { onSelectEntity, graph };
}

afterEach(cleanup);

describe('EntityGraph', () => {
  it('draws one focusable, named node per entity and one line per link', () => {
    const { graph } = renderEntityGraph();
    const group = screen.getByRole('group', { name: `Graph of ${graph.nodes.length} entities and ${graph.edges.length} links around this page` });
    const nodes = screen.getAllByRole('button');
    expect(nodes).toHaveLength(graph.nodes.length);
    for (const node of nodes) expect(node.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('button', { name: 'Ministry of Defence, organisation, on this page, 2 links' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ministry of the Armed Forces, organisation, 1 link' })).toBeTruthy();
    expect(group.querySelectorAll('line')).toHaveLength(graph.edges.length);
    expect(group.querySelector('line title')?.textContent).toBeTruthy();
  });

  it('marks kinds by shape, not colour alone', () => {
    renderEntityGraph();
    expect(screen.getByRole('button', { name: /^Chan Heng Kee/ }).querySelector('circle')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ministry of Defence/ }).querySelector('rect')).toBeTruthy();
  });

  it('selects a node by click, Enter or Space', () => {
    const { onSelectEntity } = renderEntityGraph();
    const node = screen.getByRole('button', { name: /^Ministry of Defence/ });
    fireEvent.click(node);
    fireEvent.keyDown(node, { key: 'Enter' });
    fireEvent.keyDown(node, { key: ' ' });
    fireEvent.keyDown(node, { key: 'a' });
    expect(onSelectEntity.mock.calls).toEqual([['org:mindef'], ['org:mindef'], ['org:mindef']]);
  });

  it('says so when there is nothing to draw', () => {
    renderEntityGraph({ graph: { width: 300, height: 200, nodes: [], edges: [] } });
    expect(screen.getByText('No entities to draw.')).toBeTruthy();
  });
});
