import type { ExtractionResult } from './extract-candidates';
import { normaliseName } from './normalise-name';

/** Several articles' results as one, as a dataset holds them: an entity named in two articles once. */
export function combineExtractions(results: readonly ExtractionResult[]): ExtractionResult {
  const entities: ExtractionResult['entities'] = [];
  for (const entity of results.flatMap((r) => r.entities)) {
    const names = new Set([entity.name, ...entity.aliases.map((a) => a.text)].map(normaliseName));
    const same = entities.find((e) => e.kind === entity.kind && [e.name, ...e.aliases.map((a) => a.text)].some((n) => names.has(normaliseName(n))));
    if (!same) entities.push(entity);
  }
  return { entities, agreements: results.flatMap((r) => r.agreements) };
}
