import type { TextBlock } from './collect-blocks';

export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * Maps an offset in `block.text` back to a text node, by binary search over `block.starts`.
 * At the seam between two nodes (or inside the space a `<br>` adds) a range `start` goes to the
 * beginning of the following node and a range `end` to the end of the preceding one, so a range
 * never begins or ends in a node it does not cover.
 */
export function locateOffset(block: TextBlock, offset: number, edge: 'start' | 'end'): TextPosition | null {
  const { nodes, starts, ends } = block;
  if (nodes.length === 0) return null;
  // Last node whose start is <= offset (for an end edge, < offset, so the end of a node wins the seam).
  let low = 0;
  let high = nodes.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = starts[middle] as number;
    if (edge === 'start' ? start <= offset : start < offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (found === -1) return { node: nodes[0] as Text, offset: 0 };
  const node = nodes[found] as Text;
  const local = offset - (starts[found] as number);
  const length = (ends[found] as number) - (starts[found] as number);
  if (local <= length) {
    if (edge === 'start' && local === length && found + 1 < nodes.length) {
      return { node: nodes[found + 1] as Text, offset: 0 };
    }
    return { node, offset: local };
  }
  // In a `<br>` gap past this node's end.
  if (edge === 'end') return { node, offset: length };
  const next = nodes[found + 1];
  return next === undefined ? { node, offset: length } : { node: next, offset: 0 };
}
