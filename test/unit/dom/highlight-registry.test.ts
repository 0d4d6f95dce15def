// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlightRegistry, FOCUS_HIGHLIGHT_NAME } from '../../../lib/dom/highlight-registry';
import { installHighlightApi, uninstallHighlightApi, type FakeHighlightRegistry } from './highlight-api-doubles';

const view = document.defaultView as Window & typeof globalThis;
let highlights: FakeHighlightRegistry;

beforeEach(() => {
  highlights = installHighlightApi(view);
  document.body.innerHTML = '<p>Jean Dupont and Marie Curie</p>';
});
afterEach(() => uninstallHighlightApi(view));

const text = (): Text => (document.querySelector('p') as Element).firstChild as Text;
const sizes = (): Record<string, number> => Object.fromEntries([...highlights].map(([name, h]) => [name, h.size]));

describe('createHighlightRegistry', () => {
  it('groups ranges by kind and replaces or removes one owner’s ranges without touching others', () => {
    const registry = createHighlightRegistry(document);
    expect(registry.supported).toBe(true);
    const jean = registry.createRange({ startContainer: text(), startOffset: 0, endContainer: text(), endOffset: 11 });
    const marie = registry.createRange({ startContainer: text(), startOffset: 16, endContainer: text(), endOffset: 27 });
    if (jean === null || marie === null) throw new Error('no range');
    expect(jean).toBeInstanceOf(view.StaticRange);
    const first = {};
    const second = {};
    registry.replace(first, [{ kind: 'person', range: jean }]);
    registry.replace(second, [{ kind: 'person', range: marie }, { kind: 'org', range: marie }]);
    expect(sizes()).toEqual({ 'backstory-person': 2, 'backstory-org': 1, [FOCUS_HIGHLIGHT_NAME]: 0 });
    registry.replace(first, []);
    expect(sizes()).toEqual({ 'backstory-person': 1, 'backstory-org': 1, [FOCUS_HIGHLIGHT_NAME]: 0 });
    registry.remove(second);
    expect(sizes()).toEqual({ 'backstory-person': 0, 'backstory-org': 0, [FOCUS_HIGHLIGHT_NAME]: 0 });
    registry.setFocus(jean);
    expect([...(highlights.get(FOCUS_HIGHLIGHT_NAME) ?? [])]).toEqual([jean]);
    expect(highlights.get(FOCUS_HIGHLIGHT_NAME)?.priority).toBeGreaterThan(0);
  });

  it('clear() removes its highlights from CSS.highlights but leaves other names alone', () => {
    const registry = createHighlightRegistry(document);
    const range = registry.createRange({ startContainer: text(), startOffset: 0, endContainer: text(), endOffset: 4 });
    if (range === null) throw new Error('no range');
    highlights.set('someone-else', new (view.Highlight as unknown as new () => never)());
    registry.replace({}, [{ kind: 'org', range }]);
    registry.setFocus(range);
    registry.clear();
    expect([...highlights.keys()]).toEqual(['someone-else']);
    // Usable again after clear.
    registry.replace({}, [{ kind: 'country', range }]);
    expect(highlights.get('backstory-country')?.size).toBe(1);
  });

  it('reports unsupported and does nothing where the Highlight API is missing', () => {
    uninstallHighlightApi(view);
    const registry = createHighlightRegistry(document);
    expect(registry.supported).toBe(false);
    expect(registry.createRange({ startContainer: text(), startOffset: 0, endContainer: text(), endOffset: 4 })).toBeNull();
    expect(() => registry.clear()).not.toThrow();
    highlights = installHighlightApi(view);
  });
});
