import type { TextPosition } from './locate-offset';

/**
 * The text position under a point, through `caretPositionFromPoint` (standard; Chromium 128+,
 * Firefox) or `caretRangeFromPoint` (older Chromium, Safari). Open shadow roots are passed so the
 * answer is not retargeted to their host. Null when the point is not over text or neither API exists.
 */
export function caretAt(document: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[]): TextPosition | null {
  let node: Node | null = null;
  let offset = 0;
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    if (position !== null) {
      node = position.offsetNode;
      offset = position.offset;
    }
  } else if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y);
    if (range !== null) {
      node = range.startContainer;
      offset = range.startOffset;
    }
  }
  return node !== null && node.nodeType === 3 ? { node: node as Text, offset } : null;
}

/**
 * Whether the point lies inside one of the boxes of `range`. A caret position is also reported for
 * points in the margin beside a line, so this is what confirms the pointer is on the mention itself.
 * `scratch` is one reused live Range: creating one per pointer move would leave many live ranges
 * for the browser to update on every page mutation until they are collected.
 */
export function rangeContainsPoint(scratch: Range, range: AbstractRange, x: number, y: number): boolean {
  try {
    scratch.setStart(range.startContainer, range.startOffset);
    scratch.setEnd(range.endContainer, range.endOffset);
  } catch {
    return false; // The page shortened the text since it was read.
  }
  const rects = scratch.getClientRects();
  let inside = false;
  for (let i = 0; i < rects.length && !inside; i++) {
    const rect = rects[i] as DOMRect;
    inside = x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }
  // Let go of the page's nodes.
  scratch.collapse(true);
  return inside;
}
