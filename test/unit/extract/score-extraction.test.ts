import { describe, expect, it } from 'vitest';
import type { AgreementCandidate, EntityCandidate, ExtractionResult } from '../../../lib/extract/extract-candidates';
import { scoreExtraction, type CuratedForScoring } from '../../../lib/extract/score-extraction';

const candidate = (kind: 'org' | 'person', name: string, aliases: string[] = []): EntityCandidate => ({
  key: `${kind}:${name}`,
  kind,
  name,
  aliases: aliases.map((text) => ({ text, strength: 'strong' as const })),
  evidence: name,
  mergeSuggestions: [],
});
const agreement = (parties: string[]): AgreementCandidate => ({ key: 'a', title: parties.join('–'), type: 'agreement', parties: parties.map((name) => ({ name })), signatories: [], evidence: 'x' });

const CURATED: CuratedForScoring = {
  entities: [
    { id: 'org:inria', kind: 'org', name: 'Inria', aliases: [{ text: 'National Institute for Digital Research and Technology', strength: 'strong' }] },
    { id: 'org:univ-sp', kind: 'org', name: 'Universidade de São Paulo', aliases: [] },
    { id: 'person:giry', kind: 'person', name: 'Claire Giry', aliases: [] },
    { id: 'org:anr', kind: 'org', name: 'ANR', aliases: [] },
    { id: 'country:fr', kind: 'country', name: 'France', aliases: [] },
    { id: 'country:br', kind: 'country', name: 'Brazil', aliases: [] },
  ],
  agreements: [
    { id: 'agreement:a', title: 'FR–BR', parties: ['country:fr', 'country:br', 'org:anr'] },
    { id: 'agreement:b', title: 'INRIA–USP', parties: ['org:inria', 'org:univ-sp'] },
  ],
};

describe('scoreExtraction', () => {
  it('matches entities by any name or alias, ignoring accents and case; scores only organisations and people', () => {
    const result: ExtractionResult = {
      entities: [candidate('org', 'INRIA', ['national institute for digital research and technology']), candidate('org', 'UNIVERSIDADE DE SAO PAULO'), candidate('person', 'Emma Stone'), candidate('org', 'Inria')],
      agreements: [],
    };
    const { entities } = scoreExtraction(result, CURATED);
    expect(entities.recall).toBeCloseTo(2 / 4);
    // A second candidate for an entity already matched is a duplicate, so spurious.
    expect(entities.precision).toBeCloseTo(2 / 4);
    expect(entities.missed).toEqual(['Claire Giry', 'ANR']);
    expect(entities.spurious).toEqual(['Emma Stone', 'Inria']);
  });

  it('matches agreements that share at least two parties, at least half of the smaller list', () => {
    const result: ExtractionResult = {
      entities: [],
      agreements: [agreement(['France', 'Brazil']), agreement(['Inria', 'Claire Giry', 'Nobody', 'Someone', 'Else']), agreement(['Inria', 'Universidade de São Paulo'])],
    };
    const { agreements } = scoreExtraction(result, CURATED);
    expect(agreements.recall).toBe(1);
    expect(agreements.precision).toBeCloseTo(2 / 3);
    expect(agreements.spurious).toEqual(['Inria–Claire Giry–Nobody–Someone–Else']);
  });
});
