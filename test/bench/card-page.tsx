/**
 * The hover card bench page (bundled by side-panel-bench.mjs with esbuild into an IIFE): the
 * content script's reader-facing path, wired as entrypoints/content/index.ts wires it (page
 * highlighter, hover controller, card view with the card's CSS in a shadow root), on a page naming
 * thirty entities of the seed + 10,000-entity dataset, with the cards the background would have
 * sent for them. The pointer comes from the bench (real pointer events through CDP); the page times
 * each card from the pointer coming to rest. Exposed as `window.cardBench`.
 */
import { createCardView } from '../../lib/content/card-view';
import { createHoverController } from '../../lib/content/hover-controller';
import type { Dataset, EntityKind } from '../../lib/dataset-schema';
import { createPageHighlighter, type PageHighlighter, type PageMention } from '../../lib/dom/page-highlighter';
import { OPEN_DELAY_MS } from '../../lib/hover-intent';
import { buildAliasIndex } from '../../lib/match/alias-index';
import { createMatcher } from '../../lib/match/create-matcher';
import type { Matcher } from '../../lib/match/matcher-types';
import { entityCard, type EntityCardData } from '../../lib/query/entity-card';
import { afterNextPaint } from './next-paint';
import { benchPage, panelBenchDataset } from './side-panel-dataset';

export interface CardSample {
  name: string;
  /** Whether this was the page's first card (its shadow root and stylesheet are made then). */
  first: boolean;
  /** From the pointer at rest to the dialog in the DOM, less the hover delay. */
  openMs: number;
  /** From the pointer at rest to the end of the frame showing the placed card, less the hover delay. */
  paintedMs: number;
}

declare global {
  interface Window {
    seedDataset: Dataset;
    cardCss: string;
    cardBench: typeof cardBench;
  }
}

/** The content script's default: countries are off. */
const KINDS: ReadonlySet<EntityKind> = new Set(['org', 'person']);

const now = (): number => performance.now();

let highlighter: PageHighlighter | null = null;
let matcher: Matcher | null = null;
const cards = new Map<string, EntityCardData>();
const samples: CardSample[] = [];
let lastMove = 0;
let shownBefore = false;

/** Writes the story naming the page's entities, builds the index (off the page in the extension), highlights. */
async function prepare(): Promise<{ mentions: number; cards: number }> {
  const dataset = panelBenchDataset(window.seedDataset);
  const page = benchPage(dataset);
  const byId = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const article = document.createElement('article');
  for (const id of Object.keys(page.counts)) {
    const p = document.createElement('p');
    p.textContent = `Officials said ${byId.get(id)!.name} had taken part in the talks, which were described as cordial.`;
    article.append(p);
  }
  document.body.append(article);

  matcher = createMatcher(buildAliasIndex(dataset.entities, dataset.agreements));
  // What the background answers to the page's report: the cards of the entities found.
  for (const id of Object.keys(page.counts)) {
    const card = entityCard(dataset, id);
    if (card) cards.set(id, card);
  }
  const controller = new AbortController();
  const view = createCardView(document, window.cardCss, { onOpenSidePanel() {} });
  highlighter = createPageHighlighter({ document, matcher, kinds: KINDS, isOwnUi: view.isOwnUi, signal: controller.signal });
  await highlighter.start();

  document.addEventListener('pointermove', (event) => (lastMove = event.timeStamp), { capture: true, passive: true });
  // As entrypoints/content/index.ts: the card comes through the session's (cached) cardFor.
  const cardFor = async (mention: PageMention) => cards.get(matcher!.entity(mention.entity).id) ?? null;
  createHoverController({
    document,
    highlighter: () => highlighter,
    isCard: view.contains,
    show: (mention) => {
      highlighter?.focus(mention);
      const restedAt = lastMove;
      void cardFor(mention).then((card) => {
        if (!card) return;
        view.show(mention, card, { viaKeyboard: false });
        const inDom = now();
        const first = !shownBefore;
        shownBefore = true;
        void afterNextPaint().then((paintedAt) =>
          samples.push({ name: card.name, first, openMs: inDom - restedAt - OPEN_DELAY_MS, paintedMs: paintedAt - restedAt - OPEN_DELAY_MS }),
        );
      });
    },
    hide: () => {
      highlighter?.focus(null);
      view.hide();
    },
    signal: controller.signal,
  });
  return { mentions: highlighter.mentions().length, cards: cards.size };
}

/** Where to rest the pointer: the middle of the first mention of each entity, in the viewport. */
function targets(): { name: string; x: number; y: number }[] {
  const seen = new Set<number>();
  const points: { name: string; x: number; y: number }[] = [];
  for (const mention of highlighter?.mentions() ?? []) {
    if (seen.has(mention.entity)) continue;
    seen.add(mention.entity);
    const range = document.createRange();
    range.setStart(mention.range.startContainer, mention.range.startOffset);
    range.setEnd(mention.range.endContainer, mention.range.endOffset);
    const box = range.getClientRects()[0];
    if (!box || box.bottom > innerHeight) continue;
    points.push({ name: range.toString(), x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 });
  }
  return points;
}

const cardBench = {
  prepare,
  targets,
  samples: () => samples,
  cardOpen: () => document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[role="dialog"]') != null,
};
window.cardBench = cardBench;
