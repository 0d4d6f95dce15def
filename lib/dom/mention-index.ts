import type { TextBlock } from './collect-blocks';

/** A mention's share of one text node, in that node's offsets. */
export interface NodeSpan<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/**
 * For hit-testing: each text node maps to the mentions crossing it, sorted, so the mention under a
 * caret is found by binary search instead of scanning every mention on the page.
 */
export type MentionIndex<T> = WeakMap<Text, readonly NodeSpan<T>[]>;

/** Replaces the entries of every node of `block` with `mentions` (block offsets, sorted, disjoint). */
export function indexBlock<T>(
  index: MentionIndex<T>,
  block: TextBlock,
  mentions: readonly { start: number; end: number; value: T }[],
): void {
  const { nodes, starts } = block;
  let first = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    const nodeStart = starts[i] as number;
    const nodeEnd = nodeStart + node.data.length;
    const spans: NodeSpan<T>[] = [];
    // Mentions are sorted and nodes are in order, so skip the mentions that ended before this node.
    while (first < mentions.length && (mentions[first] as { end: number }).end <= nodeStart) first++;
    for (let m = first; m < mentions.length; m++) {
      const mention = mentions[m] as { start: number; end: number; value: T };
      if (mention.start >= nodeEnd) break;
      spans.push({
        start: Math.max(mention.start, nodeStart) - nodeStart,
        end: Math.min(mention.end, nodeEnd) - nodeStart,
        value: mention.value,
      });
    }
    if (spans.length > 0) index.set(node, spans);
    else index.delete(node);
  }
}

export function unindexBlock<T>(index: MentionIndex<T>, block: TextBlock): void {
  for (const node of block.nodes) index.delete(node);
}

/**
 * Spans touching `offset`, ends included: a caret offset falls between characters, so a pointer on
 * a mention's last character may report the offset just after it. At most two spans qualify.
 */
export function spansAt<T>(index: MentionIndex<T>, node: Text, offset: number): NodeSpan<T>[] {
  const spans = index.get(node);
  if (spans === undefined) return [];
  // First span whose end is >= offset.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle] as NodeSpan<T>).end < offset) low = middle + 1;
    else high = middle;
  }
  const found: NodeSpan<T>[] = [];
  for (let i = low; i < spans.length; i++) {
    const span = spans[i] as NodeSpan<T>;
    if (span.start > offset) break;
    found.push(span);
  }
  return found;
}
