// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityKind } from '../../../lib/dataset-schema';
import { createPageHighlighter, type PageHighlighter, type PageHighlighterOptions } from '../../../lib/dom/page-highlighter';
import { createFakeMatcher, type FakeEntity, type FakeMatcher } from './fake-matcher';
import { installHighlightApi, installLayoutDouble, uninstallHighlightApi, type FakeHighlightRegistry } from './highlight-api-doubles';

const view = document.defaultView as Window & typeof globalThis;
const ENTITIES: FakeEntity[] = [
  { id: 'person:jean-dupont', kind: 'person', names: ['Jean Dupont'], surname: 'Dupont' },
  { id: 'org:cnrs', kind: 'org', names: ['CNRS'] },
  { id: 'country:fr', kind: 'country', names: ['France'] },
];
const PERSON = 0;
const ORG = 1;
const COUNTRY = 2;
const DEFAULT_KINDS: ReadonlySet<EntityKind> = new Set(['org', 'person']);

let highlights: FakeHighlightRegistry;
let matcher: FakeMatcher;
let highlighter: PageHighlighter | null;
let counts: Map<number, number>[];

beforeEach(() => {
  highlights = installHighlightApi(view);
  matcher = createFakeMatcher(ENTITIES);
  highlighter = null;
  counts = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  highlighter?.stop();
  uninstallHighlightApi(view);
  document.body.innerHTML = '';
});

async function start(html: string, options: Partial<PageHighlighterOptions> = {}): Promise<PageHighlighter> {
  document.body.innerHTML = html;
  highlighter = createPageHighlighter({
    document,
    matcher,
    kinds: DEFAULT_KINDS,
    isOwnUi: (element) => element.id === 'backstory-ui',
    onChange: (next) => counts.push(next),
    ...options,
  });
  await highlighter.start();
  return highlighter;
}

function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** What is painted, as "highlight name: text", sorted. */
function painted(): string[] {
  return [...highlights].flatMap(([name, highlight]) => [...highlight].map((range) => `${name}: ${rangeText(range)}`)).sort();
}

/**
 * The highlighter yields through scheduler.yield or a MessageChannel, as in browsers; Node drains a
 * port's messages (up to 1,000) before running timers, which would starve the test's timer ticks,
 * so timing tests take the setTimeout path.
 */
function withoutMessageChannel(): void {
  vi.stubGlobal('MessageChannel', undefined);
}

const lastCounts = (): [number, number][] => [...(counts.at(-1) ?? new Map<number, number>())].sort();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the idle fallback delay: any mutation processing has run by then. */
const afterIdle = (): Promise<void> => sleep(150);

describe('createPageHighlighter', () => {
  it('highlights names split over inline elements, by kind, and reports counts', async () => {
    const page = await start('<h1>CNRS news</h1><p>Jean <b>Du</b>pont met <a href="#">CNRS</a> in France.</p><p>Dupont said.</p>');
    expect(painted()).toEqual([
      'backstory-org: CNRS',
      'backstory-org: CNRS',
      'backstory-person: Dupont',
      'backstory-person: Jean Dupont',
    ]);
    expect(page.mentions().map((mention) => [mention.entity, rangeText(mention.range), mention.block.localName])).toEqual([
      [ORG, 'CNRS', 'h1'],
      [PERSON, 'Jean Dupont', 'p'],
      [ORG, 'CNRS', 'p'],
      [PERSON, 'Dupont', 'p'],
    ]);
    expect(lastCounts()).toEqual([[PERSON, 2], [ORG, 2]]);
    expect(page.mentions()[1]?.range).toBeInstanceOf(view.StaticRange);
  });

  it('applies page-level rules over the whole page in document order', async () => {
    await start('<p>Dupont spoke first.</p><p>Later, Jean Dupont.</p><p>Then Dupont again.</p>');
    expect(painted()).toEqual(['backstory-person: Dupont', 'backstory-person: Jean Dupont']);
    expect(highlighter?.mentions().map((m) => (m.block.textContent ?? '').slice(0, 5))).toEqual(['Later', 'Then ']);
  });

  it('toggles kinds by re-resolving, without scanning again', async () => {
    const page = await start('<p>Jean Dupont in France.</p>');
    const scans = matcher.scanned.length;
    expect(painted()).toEqual(['backstory-person: Jean Dupont']);
    page.setKinds(new Set(['org', 'person', 'country']));
    await vi.waitFor(() => expect(painted()).toEqual(['backstory-country: France', 'backstory-person: Jean Dupont']));
    expect(lastCounts()).toEqual([[PERSON, 1], [COUNTRY, 1]]);
    page.setKinds(new Set(['org']));
    await vi.waitFor(() => expect(painted()).toEqual([]));
    expect(lastCounts()).toEqual([]);
    expect(matcher.scanned.length).toBe(scans);
  });

  describe('following the page', () => {
    it('highlights an added paragraph, reading only the new text', async () => {
      await start('<main><p>Jean Dupont.</p></main>');
      const scans = matcher.scanned.length;
      const added = document.createElement('p');
      added.innerHTML = 'Then <em>CNRS</em> answered.';
      document.querySelector('main')?.append(added);
      await vi.waitFor(() => expect(painted()).toEqual(['backstory-org: CNRS', 'backstory-person: Jean Dupont']));
      expect(matcher.scanned.slice(scans)).toEqual(['Then CNRS answered.']);
      expect(lastCounts()).toEqual([[PERSON, 1], [ORG, 1]]);
      expect(highlighter?.mentions().map((m) => rangeText(m.range))).toEqual(['Jean Dupont', 'CNRS']);
    });

    it('inserts blocks added before others in document order', async () => {
      await start('<p id="last">Dupont again.</p>');
      expect(painted()).toEqual([]);
      const first = document.createElement('p');
      first.textContent = 'Jean Dupont first.';
      document.body.prepend(first);
      // The surname now follows the full name, so it counts too.
      await vi.waitFor(() => expect(painted()).toEqual(['backstory-person: Dupont', 'backstory-person: Jean Dupont']));
      expect(highlighter?.mentions().map((m) => rangeText(m.range))).toEqual(['Jean Dupont', 'Dupont']);
    });

    it('forgets a removed paragraph', async () => {
      await start('<p>Jean Dupont.</p><div><p id="gone">CNRS and <b>CNRS</b>.</p></div>');
      expect(lastCounts()).toEqual([[PERSON, 1], [ORG, 2]]);
      document.querySelector('div')?.remove();
      await vi.waitFor(() => expect(painted()).toEqual(['backstory-person: Jean Dupont']));
      expect(lastCounts()).toEqual([[PERSON, 1]]);
    });

    it('rescans a text node whose data the page rewrote, and only its block', async () => {
      await start('<p>Jean Dupont.</p><p>Nothing <span>here</span>.</p>');
      const scans = matcher.scanned.length;
      const text = document.querySelector('span')?.firstChild as Text;
      text.data = 'CNRS';
      await vi.waitFor(() => expect(painted()).toEqual(['backstory-org: CNRS', 'backstory-person: Jean Dupont']));
      expect(matcher.scanned.slice(scans)).toEqual(['Nothing CNRS.']);
    });

    it('follows hidden attributes', async () => {
      await start('<p>Jean Dupont.</p><p id="p">CNRS</p>');
      document.getElementById('p')?.setAttribute('hidden', '');
      await vi.waitFor(() => expect(painted()).toEqual(['backstory-person: Jean Dupont']));
      document.getElementById('p')?.removeAttribute('hidden');
      await vi.waitFor(() => expect(painted()).toEqual(['backstory-org: CNRS', 'backstory-person: Jean Dupont']));
    });

    it('never reacts to the extension’s own UI', async () => {
      await start('<p>Jean Dupont.</p>');
      const scans = matcher.scanned.length;
      const resolves = matcher.resolveCalls;
      const ui = document.createElement('div');
      ui.id = 'backstory-ui';
      ui.innerHTML = '<p>Card: CNRS, Jean Dupont</p>';
      document.body.append(ui);
      await afterIdle();
      ui.querySelector('p')?.append(' more CNRS');
      ui.setAttribute('hidden', '');
      await afterIdle();
      ui.remove();
      await afterIdle();
      expect(matcher.scanned.length).toBe(scans);
      expect(matcher.resolveCalls).toBe(resolves);
      expect(painted()).toEqual(['backstory-person: Jean Dupont']);
    });

    it('follows text inside open shadow roots', async () => {
      document.body.innerHTML = '<p>Before <x-name></x-name></p>';
      const root = (document.querySelector('x-name') as Element).attachShadow({ mode: 'open' });
      root.innerHTML = '<span>Jean Dupont</span>';
      highlighter = createPageHighlighter({ document, matcher, kinds: DEFAULT_KINDS, isOwnUi: () => false });
      await highlighter.start();
      expect(painted()).toEqual(['backstory-person: Jean Dupont']);
      root.append(' and CNRS');
      await vi.waitFor(() => expect(painted()).toEqual(['backstory-org: CNRS', 'backstory-person: Jean Dupont']));
    });

    it('rescans on client-side navigation, reusing unchanged blocks’ scans', async () => {
      await start('<p>Jean Dupont.</p><p>CNRS</p>');
      const scans = matcher.scanned.length;
      const resolves = matcher.resolveCalls;
      view.dispatchEvent(new view.PopStateEvent('popstate'));
      await vi.waitFor(() => expect(matcher.resolveCalls).toBeGreaterThan(resolves));
      expect(matcher.scanned.length).toBe(scans);
      expect(painted()).toEqual(['backstory-org: CNRS', 'backstory-person: Jean Dupont']);
    });
  });

  it('setMatcher rescans with the new dataset', async () => {
    const page = await start('<p>Jean Dupont, CNRS and Marie Curie.</p>');
    matcher = createFakeMatcher([{ id: 'person:marie-curie', kind: 'person', names: ['Marie Curie'] }]);
    page.setMatcher(matcher);
    await vi.waitFor(() => expect(painted()).toEqual(['backstory-person: Marie Curie']));
    expect(page.mentions().map((m) => m.entity)).toEqual([0]);
    expect(lastCounts()).toEqual([[0, 1]]);
  });

  it('stop() removes every highlight and leaves the page byte-identical', async () => {
    const html = '<h1>CNRS</h1><p>Jean <b>Du</b>pont<br>met <x-a></x-a> CNRS.</p><ul><li>France</li></ul>';
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const page = createPageHighlighter({ document, matcher, kinds: new Set(['org', 'person', 'country']), isOwnUi: () => false });
    await page.start();
    expect(painted().length).toBe(4);
    page.focus(page.mentions()[0] ?? null);
    page.stop();
    expect([...highlights.keys()]).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    expect(page.mentions()).toEqual([]);
    // Nothing follows the page any more.
    document.body.insertAdjacentHTML('beforeend', '<p>CNRS</p>');
    await afterIdle();
    expect([...highlights.keys()]).toEqual([]);
  });

  it('aborting the signal stops it, even mid-scan', async () => {
    withoutMessageChannel();
    const controller = new AbortController();
    matcher = createFakeMatcher(ENTITIES, { scanDelayMs: 2 });
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>CNRS ${i}</p>`).join('');
    highlighter = createPageHighlighter({ document, matcher, kinds: DEFAULT_KINDS, isOwnUi: () => false, signal: controller.signal });
    const started = highlighter.start();
    await sleep(5);
    controller.abort();
    await started;
    const scansAtAbort = matcher.scanned.length;
    expect(scansAtAbort).toBeLessThan(40);
    await afterIdle();
    expect(matcher.scanned.length).toBe(scansAtAbort);
    expect([...highlights.keys()]).toEqual([]);
  });

  it('works in slices, yielding to the event loop, on a large page', async () => {
    withoutMessageChannel();
    matcher = createFakeMatcher(ENTITIES, { scanDelayMs: 1 });
    const html = Array.from({ length: 120 }, (_, i) => `<p>Paragraph ${i} about CNRS.</p>`).join('');
    const ticks: number[] = [];
    let ticking = true;
    const tick = (): void => {
      ticks.push(performance.now());
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await start(html);
    ticking = false;
    expect(painted().length).toBe(120);
    // ~120 ms of matching: unsliced it would be one long task with no tick in between.
    expect(ticks.length).toBeGreaterThanOrEqual(8);
    const gaps = ticks.slice(1).map((t, i) => t - (ticks[i] as number));
    // Far below the ~120 ms one task would take, with room for a loaded test machine.
    expect(Math.max(...gaps)).toBeLessThan(80);
  });

  /**
   * 30 short paragraphs, the reader at the 21st, the last five padded with `tailChars` characters
   * each: starts the highlighter and returns what was painted when the top of the page was scanned.
   */
  async function startInViewOf21st(tailChars: number): Promise<{ scanned: string[]; paintedWhenTopScanned: string[] | null }> {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p id="p${i}">Paragraph ${i} about CNRS.</p>`).join('');
    const inView = document.getElementById('p20') as Element;
    (document as unknown as Record<string, unknown>).elementFromPoint = () => inView;
    let paintedWhenTopScanned: string[] | null = null;
    const real = createFakeMatcher(ENTITIES);
    matcher = {
      ...real,
      scan(text) {
        if (text.startsWith('Paragraph 0 ')) paintedWhenTopScanned = painted();
        return real.scan(text);
      },
    };
    try {
      for (let i = 25; i < 30; i++) (document.getElementById(`p${i}`) as Element).append(' x'.repeat(tailChars / 2));
      highlighter = createPageHighlighter({ document, matcher, kinds: DEFAULT_KINDS, isOwnUi: () => false });
      await highlighter.start();
    } finally {
      delete (document as unknown as Record<string, unknown>).elementFromPoint;
    }
    return { scanned: real.scanned, paintedWhenTopScanned };
  }

  it('scans and paints the part in view first', async () => {
    // A long page (past 150,000 characters), whose visible-first budget (20,000) runs out before the tail.
    const { scanned, paintedWhenTopScanned } = await startInViewOf21st(32_000);
    expect(scanned[0]).toBe('Paragraph 19 about CNRS.');
    expect(paintedWhenTopScanned).not.toBeNull();
    expect((paintedWhenTopScanned as unknown as string[]).length).toBeGreaterThan(0);
    expect(highlighter!.mentions()).toHaveLength(30);
  });

  it('paints a page short enough to be highlighted whole once, when all of it is scanned', async () => {
    const { scanned, paintedWhenTopScanned } = await startInViewOf21st(10_000);
    // Still scanned from the part in view, but nothing painted until the whole page was.
    expect(scanned[0]).toBe('Paragraph 19 about CNRS.');
    expect(paintedWhenTopScanned).toEqual([]);
    expect(painted().length).toBe(30);
  });

  it('on a very long page registers only the mentions around the part in view, and follows scrolling', async () => {
    // 200 paragraphs of about 1,000 characters: 200,000 characters, past the windowing threshold.
    const filler = ' Officials said the talks had been cordial.'.repeat(23);
    const html = Array.from({ length: 200 }, (_, i) => `<p id="p${i}">Paragraph ${i} about CNRS.${filler}</p>`).join('');
    let inView = 'p0';
    (document as unknown as Record<string, unknown>).elementFromPoint = () => document.getElementById(inView);
    try {
      const page = await start(html);
      // Every mention is found, counted and listed…
      expect(page.mentions()).toHaveLength(200);
      expect(lastCounts()).toEqual([[ORG, 200]]);
      // …but only those near the top are registered with the browser.
      const registered = (): Set<number> =>
        new Set(page.mentions().filter((m) => highlights.get('backstory-org')?.has(m.range)).map((m) => Number(m.block.id.slice(1))));
      expect(registered().has(0)).toBe(true);
      expect(registered().has(50)).toBe(true);
      expect(registered().has(150)).toBe(false);
      expect(registered().size).toBeLessThan(120);

      // The reader scrolls far down: the window follows within a frame.
      inView = 'p150';
      view.dispatchEvent(new view.Event('scroll'));
      await vi.waitFor(() => expect(registered().has(150)).toBe(true));
      expect(registered().has(0)).toBe(false);
      expect(registered().size).toBeLessThan(120);
      // A short scroll does not move it again.
      const before = registered();
      inView = 'p152';
      view.dispatchEvent(new view.Event('scroll'));
      await sleep(50);
      expect(registered()).toEqual(before);
    } finally {
      delete (document as unknown as Record<string, unknown>).elementFromPoint;
    }
  });

  describe('hitTest', () => {
    it('finds the mention under the pointer, confirmed against its boxes', async () => {
      const page = await start('<p>Jean <b>Du</b>pont met CNRS.</p>');
      const layout = installLayoutDouble(document);
      const paragraph = document.querySelector('p') as Element;
      const jean = paragraph.firstChild as Text;
      const du = paragraph.querySelector('b')?.firstChild as Text;
      const pont = paragraph.lastChild as Text;
      expect([jean.data, du.data, pont.data]).toEqual(['Jean ', 'Du', 'pont met CNRS.']);
      const atDu = layout.pointAt(du, 1);
      expect(page.hitTest(atDu.x, atDu.y)?.entity).toBe(PERSON);
      const atJean = layout.pointAt(jean, 0);
      expect(rangeText((page.hitTest(atJean.x, atJean.y) as { range: StaticRange }).range)).toBe('Jean Dupont');
      // "pont met CNRS.": CNRS is at 9..13 of this node; "met" is not a mention.
      const atCnrs = layout.pointAt(pont, 10);
      expect(page.hitTest(atCnrs.x, atCnrs.y)?.entity).toBe(ORG);
      const atMet = layout.pointAt(pont, 6);
      expect(page.hitTest(atMet.x, atMet.y)).toBeNull();
      // Beyond the end of the line the caret clamps to the last offset, but the point is outside the boxes.
      expect(page.hitTest(500, atCnrs.y)).toBeNull();
    });

    it('returns null where the caret APIs are missing', async () => {
      const page = await start('<p>Jean Dupont</p>');
      expect(page.hitTest(5, 5)).toBeNull();
    });

    it('focus() puts one mention in backstory-focus', async () => {
      const page = await start('<p>Jean Dupont and CNRS</p>');
      const cnrs = page.mentions()[1] ?? null;
      page.focus(cnrs);
      expect([...(highlights.get('backstory-focus') ?? [])]).toEqual([cnrs?.range]);
      page.focus(null);
      expect(highlights.get('backstory-focus')?.size).toBe(0);
    });
  });

  it('reports unsupported and leaves the page alone without the Highlight API', async () => {
    uninstallHighlightApi(view);
    document.body.innerHTML = '<p>Jean Dupont</p>';
    const page = createPageHighlighter({ document, matcher, kinds: DEFAULT_KINDS, isOwnUi: () => false });
    expect(page.supported).toBe(false);
    await page.start();
    expect(page.mentions()).toEqual([]);
    expect(matcher.scanned).toEqual([]);
    highlights = installHighlightApi(view);
  });
});
