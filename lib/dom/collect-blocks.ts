import { composedParent } from './compare-composed-order';
import { elementRole } from './element-role';

/**
 * One piece of text as a reader sees it: the text of a block-level element up to the next nested
 * block, joined across inline elements (`<b>`, `<a>`, `<span>`…, and the open shadow roots of inline
 * custom elements), so a name split over markup is still one string. `<br>` counts as one space that
 * belongs to no text node.
 */
export interface TextBlock {
  /** The nearest block-level element; a block with nested blocks yields one TextBlock per run between them. */
  readonly element: Element;
  readonly text: string;
  /** Text nodes in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]` is where `nodes[i].data` begins in `text`: ascending, so binary-searchable. */
  readonly starts: readonly number[];
  /** `ends[i]` is where it ends, as read (asking a node for its data again costs a copy of it). */
  readonly ends: readonly number[];
}

export interface CollectOptions {
  isOwnUi(element: Element): boolean;
  /**
   * `subtree` (default): every block under the root. `own`: only the runs of the root's own block,
   * not entering nested blocks (re-reading one block after its text changed). `nested`: every block
   * under the root except the block the root itself sits in (an inline node added to a paragraph
   * belongs to that paragraph, which is re-read on its own).
   */
  scope?: 'subtree' | 'own' | 'nested';
  /** Called for every open shadow root entered, so the caller can observe its mutations too. */
  onShadowRoot?(root: ShadowRoot): void;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Anything but whitespace: a run of only whitespace has nothing to match. */
const HAS_CONTENT = /\S/;

interface Run {
  element: Element;
  /** The text so far, built by concatenation (one copy when the matcher first reads it). */
  text: string;
  nodes: Text[];
  starts: number[];
  ends: number[];
  hasContent: boolean;
}

/** Stack entry: a node to visit, or the end of the block whose run is open. */
const BLOCK_END = { blockEnd: true } as const;
type Step = Node | typeof BLOCK_END;

/** Hands out the text blocks under a root one at a time, in document order; null when done. */
export interface BlockWalker {
  next(): TextBlock | null;
}

/**
 * Walks the composed tree under `root` in document order, block by block. Iterative with an
 * explicit stack, so a page nested thousands of levels deep cannot overflow the call stack; one
 * block per call, so the caller can stop between blocks to yield the main thread (a plain object
 * rather than a generator: no result object per block, and quick before it is compiled).
 */
export function createBlockWalker(root: Document | ShadowRoot | Element, options: CollectOptions): BlockWalker {
  const scope = options.scope ?? 'subtree';
  const rootIsBlock = root.nodeType === ELEMENT_NODE && elementRole(root as Element, options.isOwnUi) === 'block';
  const rootElement = rootIsBlock ? (root as Element) : enclosingElement(root);
  const emitRoot = scope !== 'nested' || rootIsBlock;

  let run: Run = newRun(rootElement);
  const rootRun = run;
  const runs: Run[] = [];
  const stack: Step[] = [];
  let done = false;
  pushChildren(stack, root, options);

  const emits = (candidate: Run): boolean => candidate.hasContent && (emitRoot || candidate.element !== rootRun.element);

  function next(): TextBlock | null {
    while (stack.length > 0) {
      const step = stack.pop() as Step;
      if (step === BLOCK_END) {
        const ended = run;
        run = newRun((runs.pop() as Run).element);
        if (emits(ended)) return toBlock(ended);
        continue;
      }
      const node = step as Node;
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length === 0) continue;
        run.nodes.push(node as Text);
        run.starts.push(run.text.length);
        run.text += data;
        run.ends.push(run.text.length);
        if (!run.hasContent && HAS_CONTENT.test(data)) run.hasContent = true;
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      const role = elementRole(element, options.isOwnUi);
      if (role === 'skip') continue;
      if (role === 'break') {
        if (run.nodes.length > 0) run.text += ' ';
        continue;
      }
      if (role === 'block') {
        const ended = run;
        if (scope === 'own') {
          // Not entered, but it still ends the run before it, exactly as in a full walk.
          run = newRun(run.element);
          if (emits(ended)) return toBlock(ended);
          continue;
        }
        // Remember the enclosing block: its text resumes in a fresh run after this block ends.
        runs.push(run);
        run = newRun(element);
        stack.push(BLOCK_END);
        pushChildren(stack, element, options);
        if (emits(ended)) return toBlock(ended);
        continue;
      }
      pushChildren(stack, element, options);
    }
    if (done) return null;
    done = true;
    return emits(run) ? toBlock(run) : null;
  }

  return { next };
}

export function collectBlocks(root: Document | ShadowRoot | Element, options: CollectOptions): TextBlock[] {
  const walker = createBlockWalker(root, options);
  const blocks: TextBlock[] = [];
  for (let block = walker.next(); block !== null; block = walker.next()) blocks.push(block);
  return blocks;
}

/**
 * The block whose text `node` belongs to, or null when the node is in a skipped region (script,
 * hidden, editable, the extension's own UI…) or detached.
 */
export function enclosingBlock(node: Node, isOwnUi: (element: Element) => boolean): Element | null {
  let block: Element | null = null;
  let current: Node | null = node;
  let last: Node = node;
  for (; current !== null; current = composedParent(current)) {
    last = current;
    if (current.nodeType !== ELEMENT_NODE) continue;
    const role = elementRole(current as Element, isOwnUi);
    if (role === 'skip') return null;
    if (role === 'block' && block === null) block = current as Element;
  }
  // Detached nodes are not on the page.
  return last.nodeType === 9 ? block : null;
}

function newRun(element: Element): Run {
  return { element, text: '', nodes: [], starts: [], ends: [], hasContent: false };
}

function toBlock(run: Run): TextBlock {
  return { element: run.element, text: run.text, nodes: run.nodes, starts: run.starts, ends: run.ends };
}

/**
 * Pushes children so they pop in document order: an open shadow root's content first (it is what
 * renders), then light children (slotted content usually; the walk does not resolve slots).
 */
function pushChildren(stack: Step[], parent: Node, options: CollectOptions): void {
  for (let child = parent.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  const shadow = parent.nodeType === ELEMENT_NODE ? (parent as Element).shadowRoot : null;
  if (shadow !== null) {
    options.onShadowRoot?.(shadow);
    for (let child = shadow.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
}

/** The element a root's loose text belongs to: the root's enclosing block, or the root itself. */
function enclosingElement(root: Document | ShadowRoot | Element): Element {
  if (root.nodeType === 9) return (root as Document).documentElement;
  const start = root.nodeType === ELEMENT_NODE ? (root as Element) : (root as ShadowRoot).host;
  for (let current: Node | null = start; current !== null; current = composedParent(current)) {
    if (current.nodeType === ELEMENT_NODE && elementRole(current as Element, () => false) === 'block') {
      return current as Element;
    }
  }
  return start;
}
