import { browser } from 'wxt/browser';
import type { EntityKind } from '../dataset-schema';
import { createPageHighlighter, type PageHighlighter, type PageMention } from '../dom/page-highlighter';
import { enabledKinds, isPausedFor } from '../highlight-policy';
import { createMatcher } from '../match/create-matcher';
import type { Matcher } from '../match/matcher-types';
import type { PageHtml, TabMessage } from '../protocol';
import type { EntityCardData } from '../query/entity-card';
import { sendMessage } from '../send-message';
import type { Settings } from '../settings-schema';
import { DEFAULT_SETTINGS } from '../default-settings';
import type { StoredIndex } from '../storage-items';
import { ALIAS_INDEX_KEY, SETTINGS_KEY } from '../storage-keys';
import { localValue } from './local-value';
import { readStoredIndex } from './read-stored-index';

/**
 * One page's life with Backstory:
 *
 *   settings + alias index (storage) ─▶ matcher ─▶ highlighter ─▶ counts ─▶ background
 *                                                                 ◀─ cards of those entities
 *   storage changes ─▶ new matcher / kinds / pause, applied live
 *   background messages ─▶ jump to an entity, step through mentions
 *
 * The card and its pointer handling are the `ui` given to it; everything stops with `signal`.
 */
export interface PageUi {
  isOwnUi(element: Element): boolean;
  /** Shows the card of a mention; `viaKeyboard` moves focus into it. */
  showCard(mention: PageMention, card: EntityCardData, options: { viaKeyboard: boolean }): void;
  hideCard(): void;
  announce(text: string): void;
}

export interface PageSession {
  highlighter(): PageHighlighter | null;
  cardFor(mention: PageMention): Promise<EntityCardData | null>;
  entityId(mention: PageMention): string;
}

/** How long a jumped-to mention stays flashed. */
const FLASH_MS = 1600;

/** `settingsItem` and `aliasIndexItem` of storage-items.ts, read without @wxt-dev/storage (see local-value.ts). */
const settingsValue = localValue<Settings>(SETTINGS_KEY, DEFAULT_SETTINGS);
const aliasIndexValue = localValue<StoredIndex | null>(ALIAS_INDEX_KEY, null);

export async function startPageSession(document: Document, ui: PageUi, signal: AbortSignal): Promise<PageSession> {
  const view = document.defaultView!;
  let settings: Settings = await settingsValue.get();
  let matcher: Matcher | null = null;
  let highlighter: PageHighlighter | null = null;
  let cards = new Map<string, EntityCardData>();
  let cursor = -1;
  let flashTimer: number | undefined;

  const pageUrl = () => view.location.href;
  const kinds = (): ReadonlySet<EntityKind> => enabledKinds(settings);

  async function report(counts: Map<number, number>, status: 'ready' | 'paused' = 'ready'): Promise<void> {
    const byId: Record<string, number> = {};
    if (matcher) for (const [entity, count] of counts) byId[matcher.entity(entity).id] = count;
    const received = await sendMessage<'pageScanned', Record<string, EntityCardData>>('pageScanned', {
      status,
      url: pageUrl().slice(0, 8192),
      title: document.title.slice(0, 2048),
      counts: byId,
    });
    for (const [id, card] of Object.entries(received)) cards.set(id, card);
  }

  function stopHighlighting(): void {
    highlighter?.stop();
    highlighter = null;
    ui.hideCard();
  }

  async function startHighlighting(): Promise<void> {
    stopHighlighting();
    if (isPausedFor(settings, pageUrl())) {
      // Saying so is best effort: a background that fails to record it must not stop this page's
      // session (its rejection would abort the content script before hover is wired up).
      await report(new Map(), 'paused').catch(() => {});
      return;
    }
    const stored = readStoredIndex(await aliasIndexValue.get());
    if (!stored) return; // The background writes it on install; its watcher below starts us then.
    matcher = createMatcher(stored.index);
    highlighter = createPageHighlighter({
      document,
      matcher,
      kinds: kinds(),
      isOwnUi: ui.isOwnUi,
      onChange: (counts) => void report(counts).catch(() => {}),
      signal,
    });
    await highlighter.start();
  }

  function jumpTo(mention: PageMention, viaKeyboard: boolean): void {
    const current = highlighter;
    if (!current) return;
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: view.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    current.focus(mention);
    view.clearTimeout(flashTimer);
    if (!viaKeyboard) flashTimer = view.setTimeout(() => current.focus(null), FLASH_MS);
  }

  async function cardFor(mention: PageMention): Promise<EntityCardData | null> {
    const id = matcher?.entity(mention.entity).id;
    if (!id) return null;
    const known = cards.get(id);
    if (known) return known;
    const card = await sendMessage<'getCard', EntityCardData | null>('getCard', { entityId: id });
    if (card) cards.set(id, card);
    return card;
  }

  async function step(direction: 1 | -1): Promise<void> {
    const mentions = highlighter?.mentions() ?? [];
    if (mentions.length === 0) {
      ui.announce('Backstory found no names on this page.');
      return;
    }
    cursor = (cursor + direction + mentions.length) % mentions.length;
    const mention = mentions[cursor]!;
    jumpTo(mention, true);
    const card = await cardFor(mention);
    if (card) {
      ui.announce(`${card.name}, ${cursor + 1} of ${mentions.length}`);
      ui.showCard(mention, card, { viaKeyboard: true });
    }
  }

  function onMessage(message: unknown, sender: { id?: string }): Promise<boolean | PageHtml> | undefined {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const typed = message as TabMessage;
    if (typed.type === 'jumpTo' && typeof typed.entityId === 'string') {
      const mentions = highlighter?.mentions() ?? [];
      const ofEntity = mentions.filter((m) => matcher?.entity(m.entity).id === typed.entityId);
      if (ofEntity.length === 0) return Promise.resolve(false);
      // Each jump goes to the next mention of that entity, wrapping around.
      const after = ofEntity.find((m) => mentions.indexOf(m) > cursor) ?? ofEntity[0]!;
      cursor = mentions.indexOf(after);
      jumpTo(after, false);
      return Promise.resolve(true);
    }
    if (typed.type === 'stepMention' && (typed.direction === 1 || typed.direction === -1)) {
      return step(typed.direction).then(() => true);
    }
    if (typed.type === 'ping') return Promise.resolve(true);
    if (typed.type === 'getPageHtml') {
      // Serialised here, extracted in the side panel: Readability stays out of every page.
      const answer: PageHtml = { url: pageUrl(), html: document.documentElement.outerHTML };
      return Promise.resolve(answer);
    }
    if (typed.type === 'cardsChanged') {
      cards = new Map();
      return Promise.resolve(true);
    }
    return undefined;
  }

  browser.runtime.onMessage.addListener(onMessage);
  const unwatchSettings = settingsValue.watch((next) => {
    const wasPaused = isPausedFor(settings, pageUrl());
    settings = next;
    const paused = isPausedFor(settings, pageUrl());
    if (paused !== wasPaused || !highlighter) void startHighlighting();
    else highlighter.setKinds(kinds());
  });
  const unwatchIndex = aliasIndexValue.watch((next) => {
    const stored = readStoredIndex(next);
    if (!stored) return;
    cards = new Map();
    if (highlighter && matcher) {
      matcher = createMatcher(stored.index);
      highlighter.setMatcher(matcher);
    } else void startHighlighting();
  });
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatchSettings();
    unwatchIndex();
    view.clearTimeout(flashTimer);
    stopHighlighting();
  });

  await startHighlighting();
  return {
    highlighter: () => highlighter,
    cardFor,
    entityId: (mention) => matcher?.entity(mention.entity).id ?? '',
  };
}
