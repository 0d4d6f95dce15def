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
  const at = nodeIndexAt(block, offset, edge);
  return at < 0 ? null : { node: block.nodes[at] as Text, offset: offsetIn(block, at, offset) };
}

/** A mention's range in the page, by the same rules, as the one object `new StaticRange()` takes. */
export function locateRange(block: TextBlock, start: number, end: number): StaticRangeInit | null {
  const first = nodeIndexAt(block, start, 'start');
  const last = nodeIndexAt(block, end, 'end');
  if (first < 0 || last < 0) return null;
  return {
    startContainer: block.nodes[first] as Text,
    startOffset: offsetIn(block, first, start),
    endContainer: block.nodes[last] as Text,
    endOffset: offsetIn(block, last, end),
  };
}

/** The index of the node holding `offset` as a range `edge`, or -1 when the block has no nodes. */
function nodeIndexAt(block: TextBlock, offset: number, edge: 'start' | 'end'): number {
  const { nodes, starts, ends } = block;
  if (nodes.length === 0) return -1;
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
  if (found === -1) return 0;
  // At the node's end (or in a `<br>` gap past it) a start belongs to the next node, if any.
  if (edge === 'start' && offset >= (ends[found] as number) && found + 1 < nodes.length) return found + 1;
  return found;
}

/** `offset` within node `at`, kept inside it (the start of a following node, the end in a `<br>` gap). */
function offsetIn(block: TextBlock, at: number, offset: number): number {
  const start = block.starts[at] as number;
  return Math.max(0, Math.min(offset, block.ends[at] as number) - start);
}
