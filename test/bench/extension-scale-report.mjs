/**
 * The real-extension scale run's part of the bench report (figures from extension-scale.mjs):
 * lines for the report and its checks, called from budgets.mjs's evaluateBudgets. The side panel
 * budgets are DESIGN.md's, as in side-panel-report.mjs; import time, highlighting time and heaps are
 * reported without a budget.
 */
import { VIEW_BUDGET, keystrokeLines } from './side-panel-report.mjs';

const int = (n) => Math.round(n).toLocaleString('en');
const ms = (n, digits = 1) => (Number.isFinite(n) ? `${n.toFixed(digits)} ms` : '—');
const mb = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const heap = (usage) => (usage ? `${mb(usage.usedSize)} (+ ${mb(usage.backingStorageSize ?? 0)} array buffers)` : '—');

export function extensionScaleReport(result, lines, check) {
  const importLabel = 'real extension: a 10,000-entity / 5,000-article file imported through the side panel, its entities highlighted on a page and their card shown';
  const firstLabel = `real extension: side panel first render under ${VIEW_BUDGET.firstRenderMs} ms with the imported dataset`;
  const keyLabel = `real extension: search under ${VIEW_BUDGET.keystrokeMs} ms per keystroke with the imported dataset`;
  if (result.error) {
    lines.push('', `Real extension at scale: not run — ${result.error}`);
    for (const label of [importLabel, firstLabel, keyLabel]) check(label, false, `not run: ${result.error}`);
    return;
  }
  const { imported, stored, highlight, panel, heaps } = result;
  lines.push(
    '',
    `Real extension at scale (the built extension in Chromium; ${result.runs} fresh tabs per figure, medians; ${result.seconds.toFixed(0)} s):`,
    `  dataset: seed + ${int(result.layer.entities)} entities, ${int(result.layer.agreements)} agreements and ${int(result.layer.articles)} articles of the reader's-views bench, as an "Export my additions" file of ${mb(result.fileBytes)};`,
    `  ${int(result.dataset.entities)} entities, ${int(result.dataset.agreements)} agreements, ${int(result.dataset.articles)} articles once merged with the seed`,
  );
  lines.push(
    `  import (side panel "Import" input → "Imported" status): ${ms(imported.totalMs, 0)} — checked in the panel ${ms(imported.checkMs, 0)}, then "Apply import" → applied, indexed and published by the service worker ${ms(imported.applyMs, 0)}`,
    `    "${imported.status}"`,
    `    the seed page's tab, left open meanwhile: longest task on its main thread ${ms(imported.openTabLongestTaskMs, 0)} (the new index read and highlighted with; storage changes delivered)`,
    `    stored: ${int(stored.entities)} entities, ${int(stored.agreements)} agreements, ${int(stored.articles)} articles in the reader's layer; alias index of ${int(stored.indexedEntities)} entities, ${int(stored.indexedAliases)} aliases; storage.local ${mb(stored.localBytes)} in use`,
  );
  const timing = (h) =>
    `first ranges painted ${ms(h.firstMs)} after the load event, all ${ms(h.allMs)} (worst ${ms(h.worstAllMs)}; ${ms(h.allSinceNavigationMs, 0)} after navigation start); longest task ${ms(h.longestTaskMs, 0)}`;
  lines.push(
    `  highlight, from the load event to ranges in CSS.highlights painted (read from the page's main world; ${highlight.loads} fresh tabs each, medians;`,
    "  longest task: the tab's main thread, page and content script together, in Chromium's trace, worst tab):",
    `    a page naming imported entities (${int(highlight.pageChars)} chars of HTML): ${timing(highlight)}`,
    `      ${int(highlight.ranges)} ranges; the tab reported ${int(highlight.mentions)} mentions of ${int(highlight.entities)} entities, ${int(highlight.importedMentions)} mentions of ${int(highlight.importedEntities)} imported ones`,
    `      pointer on "${highlight.card.name}": ${highlight.card.shown ? `its card shown after ${ms(highlight.card.ms, 0)} (150 ms hover delay included)` : 'NO CARD within 5 s'}`,
    `    the same kind of page naming the seed's entities, seed only (before the import): ${timing(highlight.seedBefore)}; ${int(highlight.seedBefore.ranges)} ranges`,
    `    the same seed page after the import: ${timing(highlight.seedAfter)}; ${int(highlight.seedAfter.ranges)} ranges`,
    `    the stored alias index: ${mb(stored.indexBytes)} as JSON; read back from storage.local in ${ms(stored.indexReadMs)} (in the service worker; each tab reads it once)`,
  );
  const sequence = panel.frames.map((f) => `${f.listed} at ${ms(f.paintedMs, 0)}`).join(' → ');
  lines.push(
    `  side panel (sidepanel.html?tab=ID of that page, fresh each run): "On this page" lists all ${panel.listed} names, painted ${ms(panel.listedMs)} after the panel's navigation start (worst ${ms(panel.worstListedMs)})`,
    `    first contentful paint ${ms(panel.firstContentfulMs)}; names listed, frame by frame (first run): ${sequence}`,
    `    the whole dataset: the reader's layer read ${panel.layerReads} time(s) by the panel (first run: delivered at ${(panel.layerReadTimes ?? []).map((t) => ms(t, 0)).join(', ')}), the last read delivered ${ms(panel.layerReadMs, 0)} after navigation start (median); search index ${ms(panel.indexMs, 0)}, built at idle after that`,
    `    reading the stored layer alone (chrome.storage.local.get in the panel, afterwards): ${ms(panel.storageReadMs)}`,
    '    search per keystroke, keydown → next paint (→ DOM updated), real key events in the Search tab:',
    ...keystrokeLines(panel.keystrokes, panel.topHits, panel.typo),
  );
  if (result.save) {
    lines.push(
      `  one save at this scale (the reader removes an imported article): ${result.save.ok ? `answered in ${ms(result.save.ms, 0)}` : 'FAILED'}; the news tab, left open: longest task on its main thread ${ms(result.save.openTabLongestTaskMs, 0)}`,
    );
  }
  lines.push(
    `  heaps after GC: service worker ${heap(heaps.swBefore)} before the import, ${heap(heaps.swAfter)} after, ${heap(heaps.swEnd)} at the end; news tab (main world + content script) ${heap(heaps.tab)}, the seed page's tab before the import ${heap(heaps.tabSeed)}; side panel ${heap(heaps.panel)}`,
    `  service worker targets seen: ${result.workers}${result.workers > 1 ? ' (Chromium restarted the worker)' : ''}; extension errors: ${result.errors.length}; requests off the machine: ${result.offMachine.length}`,
  );
  for (const error of result.errors.slice(0, 5)) lines.push(`    ${error}`);

  const expected = result.layer;
  const allStored = stored.entities === expected.entities && stored.agreements === expected.agreements && stored.articles === expected.articles;
  check(
    importLabel,
    allStored && highlight.importedMentions > 0 && highlight.card.shown && result.errors.length === 0,
    `${allStored ? 'all stored' : `stored ${stored.entities}/${expected.entities} entities, ${stored.articles}/${expected.articles} articles`} in ${ms(imported.totalMs, 0)}; ${int(highlight.importedMentions)} mentions of ${int(highlight.importedEntities)} imported entities; card ${highlight.card.shown ? 'shown' : 'not shown'}; ${result.errors.length} extension errors`,
  );
  check(firstLabel, panel.listedMs < VIEW_BUDGET.firstRenderMs, `${ms(panel.listedMs)} from the panel's navigation start to every name listed and painted (median)`);
  const worstKey = panel.keystrokes.reduce((worst, s) => (s.paintMs > worst.paintMs ? s : worst), panel.keystrokes[0]);
  check(keyLabel, worstKey.paintMs < VIEW_BUDGET.keystrokeMs, `worst keystroke "${worstKey.query}" ${ms(worstKey.paintMs)} (median of its runs)`);
}
