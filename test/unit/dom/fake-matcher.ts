import type { EntityKind } from '../../../lib/dataset-schema';
import type { BlockScan, IndexedEntity, Matcher, Mention } from '../../../lib/match/matcher-types';

export interface FakeEntity {
  id: string;
  kind: EntityKind;
  /** Names matched at word boundaries, any run of whitespace between words. */
  names: string[];
  /** A name that counts only after one of `names` appeared in an earlier (or the same) block. */
  surname?: string;
}

interface FakeScan extends BlockScan {
  readonly found: readonly (Mention & { surname: boolean })[];
}

export interface FakeMatcher extends Matcher {
  /** Every text `scan` was called with, in call order. */
  readonly scanned: string[];
  readonly resolveCalls: number;
}

/**
 * A small stand-in for the real matcher, with one page-level rule (a surname counts only after the
 * full name appeared earlier on the page), so tests can see that resolve gets the whole page in order.
 */
export function createFakeMatcher(entities: FakeEntity[], options: { scanDelayMs?: number } = {}): FakeMatcher {
  const patterns = entities.flatMap((entity, index) => [
    ...entity.names.map((name) => ({ index, surname: false, pattern: wordPattern(name) })),
    ...(entity.surname === undefined ? [] : [{ index, surname: true, pattern: wordPattern(entity.surname) }]),
  ]);
  const scanned: string[] = [];
  let resolveCalls = 0;
  const resolveAll = (scans: readonly BlockScan[], kinds: ReadonlySet<EntityKind>): Mention[][] => {
    const named = new Set<number>();
    return scans.map((scan) => {
      const out: Mention[] = [];
      for (const mention of (scan as FakeScan).found) {
        if (!mention.surname) named.add(mention.entity);
        else if (!named.has(mention.entity)) continue;
        if (!kinds.has((entities[mention.entity] as FakeEntity).kind)) continue;
        out.push({ start: mention.start, end: mention.end, entity: mention.entity });
      }
      return out;
    });
  };
  return {
    entityCount: entities.length,
    entity(index): IndexedEntity {
      const entity = entities[index];
      if (entity === undefined) throw new RangeError(`no entity ${index}`);
      return { id: entity.id, kind: entity.kind };
    },
    scan(text): FakeScan {
      scanned.push(text);
      if (options.scanDelayMs !== undefined) busyWait(options.scanDelayMs);
      const found: (Mention & { surname: boolean })[] = [];
      for (const { index, surname, pattern } of patterns) {
        for (const match of text.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          if (found.some((other) => start < other.end && other.start < end)) continue;
          found.push({ start, end, entity: index, surname });
        }
      }
      found.sort((a, b) => a.start - b.start);
      return { textLength: text.length, found };
    },
    scanBlocks(texts) {
      return texts.map((text) => this.scan(text));
    },
    resolve(scans, kinds) {
      resolveCalls++;
      return resolveAll(scans, kinds);
    },
    resolvePage(scans, kinds) {
      resolveCalls++;
      const resolved = resolveAll(scans, kinds);
      return (block) => resolved[block] as Mention[];
    },
    scanned,
    get resolveCalls() {
      return resolveCalls;
    },
  };
}

function wordPattern(name: string): RegExp {
  const words = name.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
}

function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Simulates a matcher that takes this long on a block.
  }
}
