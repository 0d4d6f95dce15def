import type { BlockScan, Mention } from '../match/matcher-types';
import type { TextBlock } from './collect-blocks';
import { compareComposedOrder } from './compare-composed-order';

/** What the page highlighter knows about one text block. */
export interface BlockState<M> {
  readonly block: TextBlock;
  /** The matcher's findings for `block.text`; null until scanned. */
  scan: BlockScan | null;
  /** The resolved mentions currently painted, to skip blocks whose mentions did not change. */
  painted: readonly Mention[] | null;
  mentions: readonly M[];
  /** Forgotten (its text changed or left the page); kept only until the next compaction. */
  dead: boolean;
}

export function newBlockState<M>(block: TextBlock, scan: BlockScan | null): BlockState<M> {
  return { block, scan, painted: null, mentions: [], dead: false };
}

/**
 * The page's blocks in document order, findable by element so a mutation replaces just the blocks
 * it touched, and new blocks are inserted where a fresh walk would have put them.
 */
export interface BlockStore<M> {
  /** Living blocks in document order. */
  ordered(): readonly BlockState<M>[];
  /**
   * Replaces everything (a full walk), with `byElement` the states indexed by `rememberState` as the
   * walk found them, so a huge page's index is built in the walk's slices, not in one task. Marking
   * the blocks that were there dead is the caller's job: some are carried over.
   */
  replaceAll(states: BlockState<M>[], byElement?: ElementIndex<M>): void;
  /** The living blocks of `element`, if any. */
  statesOf(element: Element): readonly BlockState<M>[] | undefined;
  /** Marks every block of `element` dead and appends them to `into`. */
  forget(element: Element, into: BlockState<M>[]): void;
  /** Adds blocks in document order; a contiguous group (one subtree's walk) is placed with one search. */
  insert(group: readonly BlockState<M>[], contiguous: boolean): void;
}

/**
 * Blocks by their element: a mutation names elements, and one element may hold several runs (a
 * list then; most hold one, kept as it is).
 */
export type ElementIndex<M> = WeakMap<Element, BlockState<M> | BlockState<M>[]>;

export function rememberState<M>(byElement: ElementIndex<M>, state: BlockState<M>): void {
  const known = byElement.get(state.block.element);
  if (known === undefined) byElement.set(state.block.element, state);
  else if (Array.isArray(known)) known.push(state);
  else byElement.set(state.block.element, [known, state]);
}

function statesIn<M>(entry: BlockState<M> | BlockState<M>[] | undefined): readonly BlockState<M>[] | undefined {
  return entry === undefined || Array.isArray(entry) ? entry : [entry];
}

export function createBlockStore<M>(): BlockStore<M> {
  let order: BlockState<M>[] = [];
  let hasDead = false;
  let byElement: ElementIndex<M> = new WeakMap();
  const remember = (state: BlockState<M>): void => rememberState(byElement, state);

  function compact(): void {
    if (!hasDead) return;
    order = order.filter((state) => !state.dead);
    hasDead = false;
  }

  /** Index of the first living block after `node`. */
  function insertionPoint(node: Node): number {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareComposedOrder((order[middle] as BlockState<M>).block.nodes[0] as Text, node) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  return {
    ordered() {
      compact();
      return order;
    },
    replaceAll(states, index) {
      order = states;
      hasDead = false;
      if (index !== undefined) {
        byElement = index;
        return;
      }
      byElement = new WeakMap();
      for (const state of states) remember(state);
    },
    statesOf(element) {
      return statesIn(byElement.get(element));
    },
    forget(element, into) {
      const list = statesIn(byElement.get(element));
      if (list === undefined) return;
      byElement.delete(element);
      for (const state of list) {
        if (state.dead) continue;
        state.dead = true;
        hasDead = true;
        into.push(state);
      }
    },
    insert(group, contiguous) {
      if (group.length === 0) return;
      compact();
      for (const state of group) remember(state);
      if (contiguous) {
        // Not splice(…, ...group): spreading a huge group would overflow the argument limit.
        const at = insertionPoint((group[0] as BlockState<M>).block.nodes[0] as Text);
        order = order.slice(0, at).concat(group, order.slice(at));
        return;
      }
      for (const state of group) order.splice(insertionPoint(state.block.nodes[0] as Text), 0, state);
    },
  };
}
