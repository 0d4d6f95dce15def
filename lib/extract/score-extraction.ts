import type { Agreement, Entity } from '../dataset-schema';
import type { ExtractionResult } from './extract-candidates';
import { countryCodeOfName } from './country-names';
import { normaliseName } from './normalise-name';

export interface ExtractionScore {
  precision: number;
  recall: number;
  /** Curated names (or agreement titles) no candidate matched. */
  missed: string[];
  /** Candidate names (or titles) that matched nothing curated, or repeated a match. */
  spurious: string[];
}

/** What scoring needs of the curation; a curated `Entity` or `Agreement` has it all. */
export interface CuratedForScoring {
  entities: readonly Pick<Entity, 'id' | 'kind' | 'name' | 'aliases'>[];
  agreements: readonly Pick<Agreement, 'id' | 'title' | 'parties'>[];
}

/**
 * Precision and recall of extracted candidates against a curation.
 *
 * Entities (organisations and people only): a candidate matches a curated entity of its kind when
 * its name or any alias equals the curated name or any curated alias once both are normalised
 * (accents, case, punctuation and a leading "the" ignored), or when it is linked to it by id. Each
 * curated entity counts once; a second candidate for it is spurious.
 *
 * Agreements: candidate parties are resolved to curated entities the same way (countries by name
 * too). A candidate matches a curated agreement when they share at least two parties and the shared
 * parties are at least half of the smaller party list: most of who signed is the same. Pairs are
 * assigned one to one, those sharing most first.
 */
export function scoreExtraction(result: ExtractionResult, curated: CuratedForScoring): { entities: ExtractionScore; agreements: ExtractionScore } {
  return { entities: scoreEntities(result, curated), agreements: scoreAgreements(result, curated) };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function nameIndex(entities: CuratedForScoring['entities'], kinds: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const entity of entities) {
    if (!kinds.includes(entity.kind)) continue;
    for (const name of [entity.name, ...entity.aliases.map((a) => a.text)]) {
      const key = `${entity.kind}|${normaliseName(name)}`;
      const ids = index.get(key) ?? [];
      if (!ids.includes(entity.id)) ids.push(entity.id);
      index.set(key, ids);
    }
  }
  return index;
}

function scoreEntities(result: ExtractionResult, curated: CuratedForScoring): ExtractionScore {
  const scored = curated.entities.filter((e) => e.kind === 'org' || e.kind === 'person');
  const index = nameIndex(scored, ['org', 'person']);
  const matched = new Set<string>();
  const spurious: string[] = [];
  let correct = 0;
  for (const candidate of result.entities) {
    const ids = new Set<string>();
    if (candidate.knownEntityId && scored.some((e) => e.id === candidate.knownEntityId)) ids.add(candidate.knownEntityId);
    for (const name of [candidate.name, ...candidate.aliases.map((a) => a.text)]) {
      for (const id of index.get(`${candidate.kind}|${normaliseName(name)}`) ?? []) ids.add(id);
    }
    const free = [...ids].find((id) => !matched.has(id));
    if (free) {
      matched.add(free);
      correct += 1;
    } else {
      spurious.push(candidate.name);
    }
  }
  return {
    precision: ratio(correct, result.entities.length),
    recall: ratio(matched.size, scored.length),
    missed: scored.filter((e) => !matched.has(e.id)).map((e) => e.name),
    spurious,
  };
}

function scoreAgreements(result: ExtractionResult, curated: CuratedForScoring): ExtractionScore {
  const index = nameIndex(curated.entities, ['org', 'person', 'country']);
  const known = new Set(curated.entities.map((e) => e.id));
  const resolve = (party: ExtractionResult['agreements'][number]['parties'][number]): string | undefined => {
    if (party.entityId && known.has(party.entityId)) return party.entityId;
    const key = normaliseName(party.name);
    const byName = ['org', 'country', 'person'].flatMap((kind) => index.get(`${kind}|${key}`) ?? [])[0];
    if (byName) return byName;
    const code = countryCodeOfName(party.name);
    return code && known.has(`country:${code}`) ? `country:${code}` : undefined;
  };
  const pairs: { candidate: number; agreement: number; shared: number }[] = [];
  result.agreements.forEach((candidate, c) => {
    const parties = new Set(candidate.parties.map(resolve).map((id, i) => id ?? `unresolved:${i}`));
    curated.agreements.forEach((agreement, a) => {
      const shared = agreement.parties.filter((id) => parties.has(id)).length;
      if (shared >= 2 && shared >= Math.min(parties.size, agreement.parties.length) / 2) pairs.push({ candidate: c, agreement: a, shared });
    });
  });
  pairs.sort((x, y) => y.shared - x.shared);
  const usedCandidates = new Set<number>();
  const usedAgreements = new Set<number>();
  for (const pair of pairs) {
    if (usedCandidates.has(pair.candidate) || usedAgreements.has(pair.agreement)) continue;
    usedCandidates.add(pair.candidate);
    usedAgreements.add(pair.agreement);
  }
  return {
    precision: ratio(usedCandidates.size, result.agreements.length),
    recall: ratio(usedAgreements.size, curated.agreements.length),
    missed: curated.agreements.filter((_, a) => !usedAgreements.has(a)).map((a) => a.title),
    spurious: result.agreements.filter((_, c) => !usedCandidates.has(c)).map((c) => c.title),
  };
}
