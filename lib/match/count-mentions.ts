import { ENTITY_KINDS, type Agreement, type Entity } from '../dataset-schema';
import { buildAliasIndex } from './alias-index';
import { createMatcher } from './create-matcher';

const ALL_KINDS = new Set(ENTITY_KINDS);

/**
 * Counts each entity's mentions in a plain-text article with the same matcher and rules the
 * highlighter applies on pages; paragraphs (blank-line or line separated) play the part of blocks.
 */
export function countMentions(entities: readonly Entity[], agreements: readonly Agreement[], text: string): Record<string, number> {
  const matcher = createMatcher(buildAliasIndex(entities, agreements));
  const blocks = text.split(/\n+/).filter((line) => line.trim() !== '');
  const mentions = matcher.resolve(blocks.map((block) => matcher.scan(block)), ALL_KINDS);
  const counts: Record<string, number> = {};
  for (const block of mentions) {
    for (const mention of block) {
      const id = matcher.entity(mention.entity).id;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return counts;
}
