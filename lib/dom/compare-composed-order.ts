/**
 * Document order across open shadow roots. The text collector visits a shadow host, then its shadow
 * root's content, then its light children; this comparator agrees with that order, so blocks found
 * later (page mutations) can be inserted where a fresh walk would have put them.
 */

/** The parent in the composed tree: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) return ((node as ShadowRoot).host as Element | undefined) ?? null;
  return node.parentNode;
}

const DOCUMENT_FRAGMENT_NODE = 11;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Negative when `a` comes before `b`, positive when after, 0 when they are the same node. */
export function compareComposedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  // For each node: itself, then the host of every shadow tree it sits in, innermost first.
  const chainA = hostChain(a);
  const rootsA = new Map<Node, number>();
  chainA.forEach((node, index) => rootsA.set(node.getRootNode(), index));
  let indexB = 0;
  for (let node: Node | undefined = b; node !== undefined; node = shadowHostOf(node)) {
    const indexA = rootsA.get(node.getRootNode());
    if (indexA !== undefined) {
      const representativeA = chainA[indexA] as Node;
      if (representativeA === node) {
        // One is a shadow host and the other lies inside it: the host comes first.
        return indexA === 0 ? -1 : indexB === 0 ? 1 : 0;
      }
      return representativeA.compareDocumentPosition(node) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    indexB++;
  }
  // Different documents or detached trees: any stable answer will do.
  return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function hostChain(node: Node): Node[] {
  const chain: Node[] = [];
  for (let current: Node | undefined = node; current !== undefined; current = shadowHostOf(current)) chain.push(current);
  return chain;
}

function shadowHostOf(node: Node): Node | undefined {
  const root = node.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host as Element | undefined) : undefined;
}
