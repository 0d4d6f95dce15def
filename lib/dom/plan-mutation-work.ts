import { enclosingBlock } from './collect-blocks';
import { composedParent } from './compare-composed-order';

/** What a batch of mutation records asks to be re-read. */
export interface MutationWork {
  /** Blocks whose own text changed (characters, inline children added or removed). */
  readonly dirtyBlocks: Set<Element>;
  /** Added subtrees, and elements whose hidden/editable state changed: every block inside is new. */
  readonly addedRoots: Set<Element>;
  /** Subtrees that left (or may have left) their place: every block inside is forgotten. */
  readonly removedRoots: Element[];
}

/**
 * Sorts mutation records into blocks to re-read. Records inside skipped regions (scripts, editable
 * areas, the extension's own UI…) are dropped here, so they never cause a rescan.
 */
export function planMutationWork(records: readonly MutationRecord[], isOwnUi: (element: Element) => boolean): MutationWork {
  const work: MutationWork = { dirtyBlocks: new Set(), addedRoots: new Set(), removedRoots: [] };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      // The extension's UI shows and hides itself through these attributes.
      if (isOwnUi(target as Element)) continue;
      const parent = composedParent(target);
      const block = parent === null ? null : enclosingBlock(parent, isOwnUi);
      if (block === null) continue;
      // Its text may have joined or left the enclosing block's runs, and its own blocks appear or go.
      work.dirtyBlocks.add(block);
      work.removedRoots.push(target as Element);
      work.addedRoots.add(target as Element);
      continue;
    }
    if (record.type === 'childList' && onlyOwnUi(record, isOwnUi)) continue;
    const block = enclosingBlock(target, isOwnUi);
    if (block === null) continue;
    work.dirtyBlocks.add(block);
    if (record.type !== 'childList') continue;
    for (const node of record.removedNodes) if (node.nodeType === 1) work.removedRoots.push(node as Element);
    for (const node of record.addedNodes) if (node.nodeType === 1) work.addedRoots.add(node as Element);
  }
  return work;
}

/** Mounting or unmounting the extension's UI (a shadow host added to the page) changes no page text. */
function onlyOwnUi(record: MutationRecord, isOwnUi: (element: Element) => boolean): boolean {
  const isOwn = (node: Node): boolean => node.nodeType === 1 && isOwnUi(node as Element);
  return [...record.addedNodes, ...record.removedNodes].every(isOwn);
}
