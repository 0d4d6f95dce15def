/**
 * happy-dom has no CSS Custom Highlight API, no StaticRange, no caret hit-testing and no layout.
 * These doubles stand in for them on a happy-dom window, modelled on the spec's observable behaviour;
 * real painting and hit-testing are checked by the end-to-end tests in Chromium and Firefox.
 */

export class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    // Like the real constructor: offsets are not checked against the nodes, only node types are.
    for (const node of [init.startContainer, init.endContainer]) {
      if (node.nodeType === 10 || node.nodeType === 2) throw new DOMException('bad container', 'InvalidNodeTypeError');
    }
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

export type FakeHighlightRegistry = Map<string, FakeHighlight>;

let originalCss: PropertyDescriptor | undefined;

/** Puts StaticRange, Highlight and CSS.highlights on the window; returns the registry to inspect. */
export function installHighlightApi(view: Window & typeof globalThis): FakeHighlightRegistry {
  const registry: FakeHighlightRegistry = new Map();
  const target = view as unknown as Record<string, unknown>;
  target.StaticRange = FakeStaticRange;
  target.Highlight = FakeHighlight;
  // happy-dom's window.CSS is a getter returning a fresh object, so the whole property is replaced.
  originalCss ??= Object.getOwnPropertyDescriptor(view, 'CSS');
  const css: unknown = Object.assign(Object.create(view.CSS) as object, { highlights: registry });
  Object.defineProperty(view, 'CSS', { value: css, configurable: true, writable: true });
  return registry;
}

export function uninstallHighlightApi(view: Window & typeof globalThis): void {
  const target = view as unknown as Record<string, unknown>;
  delete target.StaticRange;
  delete target.Highlight;
  if (originalCss !== undefined) Object.defineProperty(view, 'CSS', originalCss);
}

/** Monospace layout double: every text node on its own line. */
export const CHAR_WIDTH = 10;
export const LINE_HEIGHT = 20;

interface Line {
  node: Text;
  top: number;
}

/**
 * Lays every text node of the document out on its own line (top = line × LINE_HEIGHT, left = 0) and
 * installs `caretPositionFromPoint` (nearest caret offset on the line under the point, clamped to
 * the line like a real browser when the point is beyond its end) and `Range#getClientRects`.
 * Call again after changing the DOM.
 */
export function installLayoutDouble(document: Document): { pointAt(node: Text, offset: number): { x: number; y: number } } {
  const lines: Line[] = [];
  const tops = new Map<Text, number>();
  const walker = document.createTreeWalker(document, 4);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const top = lines.length * LINE_HEIGHT;
    lines.push({ node: node as Text, top });
    tops.set(node as Text, top);
  }
  const doc = document as unknown as Record<string, unknown>;
  doc.caretPositionFromPoint = (x: number, y: number) => {
    const line = lines[Math.floor(y / LINE_HEIGHT)];
    if (line === undefined || y < 0) return null;
    const offset = Math.max(0, Math.min(line.node.data.length, Math.round(x / CHAR_WIDTH)));
    return { offsetNode: line.node, offset };
  };
  const view = document.defaultView as Window & typeof globalThis;
  view.Range.prototype.getClientRects = function getClientRects(this: Range) {
    const rects: { left: number; right: number; top: number; bottom: number }[] = [];
    for (const line of lines) {
      const { node, top } = line;
      if (!this.intersectsNode(node)) continue;
      const start = node === this.startContainer ? this.startOffset : 0;
      const end = node === this.endContainer ? this.endOffset : node.data.length;
      if (end <= start) continue;
      rects.push({ left: start * CHAR_WIDTH, right: end * CHAR_WIDTH, top, bottom: top + LINE_HEIGHT });
    }
    return rects as unknown as DOMRectList;
  };
  return {
    pointAt(node, offset) {
      const top = tops.get(node);
      if (top === undefined) throw new Error('text node not laid out');
      return { x: offset * CHAR_WIDTH + CHAR_WIDTH / 2, y: top + LINE_HEIGHT / 2 };
    },
  };
}
