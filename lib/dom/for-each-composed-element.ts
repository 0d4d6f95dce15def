/** Visits `root` (when an element) and every element under it, open shadow trees included; iterative. */
export function forEachComposedElement(root: Node, visit: (element: Element) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 1) {
      visit(node as Element);
      const shadow = (node as Element).shadowRoot;
      if (shadow !== null) stack.push(shadow);
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) {
      if (child.nodeType === 1) stack.push(child);
    }
  }
}
