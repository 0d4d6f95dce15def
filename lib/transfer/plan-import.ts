import type { Agreement, Article, Dataset, Entity } from '../dataset-schema';
import { UserLayer } from '../user-layer';
import { formatFieldPath } from '../seed/data-error';
import { canonicalJson } from './canonical-json';
import type { ExportScope } from './export-file';
import { findDanglingReference } from './find-dangling-reference';
import { ImportError } from './import-error';
import { readExportFile } from './read-export-file';
import { summariseDifference } from './summarise-difference';

export type ImportResolution = 'keep-mine' | 'use-imported';
export type ImportEntryKind = 'entity' | 'agreement' | 'article';

/** An entry of the file that would replace, restore or remove something the reader has now. */
export interface ImportConflict {
  kind: ImportEntryKind;
  id: string;
  name: string;
  /** Short summary of what the reader has now. */
  mine: string;
  /** Short summary of what the file has. */
  theirs: string;
}

export interface ImportPlan {
  scope: ExportScope;
  counts: {
    /** `hidden`: bundled items the file removes that the reader still sees. */
    new: { entities: number; agreements: number; articles: number; hidden: number };
    identical: number;
    conflicts: number;
  };
  conflicts: ImportConflict[];
  /**
   * The reader's layer with the file applied; conflicts are settled by `resolution`, everything
   * else is added. Pure: `current` is left as it was, so applying nothing is simply not calling this.
   * Plan again if the layer changed since.
   */
  apply(resolution: ImportResolution): UserLayer;
}

type Entry = Entity | Agreement | Article;

/** What to do with one entry of the file. `against` says which of the reader's versions it meets. */
type Step<T extends Entry> =
  | { outcome: 'new'; entry: T }
  | { outcome: 'identical' }
  | { outcome: 'conflict'; entry: T; against: 'own' | 'hidden' };

/**
 * Checks a file the reader picked and works out what importing it would change, before anything
 * does. Every check runs on the whole file first; any problem throws ImportError and nothing is
 * planned. An entry identical to what the reader has is skipped; one that differs from the reader's
 * own version, or that the reader removed, is a conflict for them to settle, never overwritten
 * silently; one that differs only from the bundled version is applied over it, as a correction.
 */
export function planImport(fileText: string, current: UserLayer, bundled: Dataset): ImportPlan {
  const file = readExportFile(fileText);
  const layer = file.layer;

  const known = {
    entities: new Set([...layer.entities, ...current.entities, ...bundled.entities].map((e) => e.id)),
    articles: new Set([...layer.articles, ...current.articles, ...bundled.articles].map((a) => a.id)),
  };
  const dangling = findDanglingReference(layer, known);
  if (dangling) {
    throw new ImportError(`The file is not valid: ${dangling.field}: "${dangling.id}" is neither in the file, nor in your dataset, nor in the bundled one.`, dangling.field);
  }

  const hidden = new Set(current.hidden);
  const conflicts: ImportConflict[] = [];
  let identical = 0;
  function classify<T extends Entry>(kind: ImportEntryKind, incoming: readonly T[], own: readonly T[], bundledItems: readonly T[]): Step<T>[] {
    const ownById = new Map(own.map((item) => [item.id, item]));
    const bundledById = new Map(bundledItems.map((item) => [item.id, item]));
    return incoming.map((entry): Step<T> => {
      const mine = ownById.get(entry.id);
      const removed = hidden.has(entry.id);
      const seen = mine ?? (removed ? undefined : bundledById.get(entry.id));
      if (seen && canonicalJson(seen) === canonicalJson(entry)) {
        identical++;
        return { outcome: 'identical' };
      }
      if (removed) {
        conflicts.push({ kind, id: entry.id, name: entryName(entry), mine: 'Removed by you', theirs: describeEntry(entry) });
        return { outcome: 'conflict', entry, against: 'hidden' };
      }
      // Only the reader's own version can conflict: a file's version of a bundled entry is a
      // correction laid over the bundle (as their own corrections are), never a loss of their work.
      if (!mine) return { outcome: 'new', entry };
      conflicts.push({ kind, id: entry.id, name: entryName(entry), ...summariseDifference(mine, entry) });
      return { outcome: 'conflict', entry, against: 'own' };
    });
  }
  const entitySteps = classify('entity', layer.entities, current.entities, bundled.entities);
  const agreementSteps = classify('agreement', layer.agreements, current.agreements, bundled.agreements);
  const articleSteps = classify('article', layer.articles, current.articles, bundled.articles);

  // Removals in the file: one that would hide the reader's own entry is theirs to settle.
  const ownById = new Map<string, Entry>([...current.entities, ...current.agreements, ...current.articles].map((item) => [item.id, item]));
  const newHides: string[] = [];
  const conflictingHides: string[] = [];
  for (const id of new Set(layer.hidden)) {
    const mine = ownById.get(id);
    if (hidden.has(id)) identical++;
    else if (mine) {
      conflictingHides.push(id);
      conflicts.push({ kind: kindOfId(id), id, name: entryName(mine), mine: describeEntry(mine), theirs: 'Removed in the imported file' });
    } else newHides.push(id);
  }

  const countNew = (steps: Step<Entry>[]) => steps.filter((step) => step.outcome === 'new').length;
  return {
    scope: file.scope,
    counts: {
      new: { entities: countNew(entitySteps), agreements: countNew(agreementSteps), articles: countNew(articleSteps), hidden: newHides.length },
      identical,
      conflicts: conflicts.length,
    },
    conflicts,
    apply(resolution) {
      const useImported = resolution === 'use-imported';
      const fileHides = new Set(layer.hidden);
      // Taking the file's version of something the reader removed brings it back, unless the file removes it too.
      const restored = new Set(
        useImported
          ? [...entitySteps, ...agreementSteps, ...articleSteps].flatMap((step) => (step.outcome === 'conflict' && step.against === 'hidden' && !fileHides.has(step.entry.id) ? [step.entry.id] : []))
          : [],
      );
      const result = UserLayer.safeParse({
        version: current.version,
        entities: applySteps(current.entities, entitySteps, useImported),
        agreements: applySteps(current.agreements, agreementSteps, useImported),
        articles: applySteps(current.articles, articleSteps, useImported),
        hidden: [...current.hidden.filter((id) => !restored.has(id)), ...newHides, ...(useImported ? conflictingHides : [])],
      });
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new ImportError(`The imported entries do not fit with yours: ${formatFieldPath(issue?.path ?? [])}: ${issue?.message ?? 'is invalid'}.`);
      }
      return result.data;
    },
  };
}

/** The reader's entries stay in place (replaced where they chose the file's version); new ones follow in file order. */
function applySteps<T extends Entry>(own: readonly T[], steps: readonly Step<T>[], useImported: boolean): T[] {
  const result = [...own];
  const indexById = new Map(own.map((item, index) => [item.id, index]));
  for (const step of steps) {
    if (step.outcome === 'identical') continue;
    if (step.outcome === 'conflict' && !useImported) continue;
    const index = indexById.get(step.entry.id);
    if (index === undefined) result.push(step.entry);
    else result[index] = step.entry;
  }
  return result;
}

function entryName(entry: Entry): string {
  return 'name' in entry ? entry.name : entry.title;
}

function kindOfId(id: string): ImportEntryKind {
  if (id.startsWith('agreement:')) return 'agreement';
  if (id.startsWith('article:')) return 'article';
  return 'entity';
}

/** One line that says what an entry is, for a side that has no counterpart to compare with. */
function describeEntry(entry: Entry): string {
  if ('kind' in entry) return `${entry.kind}: ${entry.description}`;
  if ('parties' in entry) return `${entry.type}, ${entry.parties.length} parties: ${entry.summary}`;
  return [entry.site, entry.canonicalUrl ?? entry.url, entry.title].filter(Boolean).join(' · ');
}
