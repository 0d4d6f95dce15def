import { describe, expect, it } from 'vitest';
import { Entity } from '../../../lib/dataset-schema';
import { extractCandidates } from '../../../lib/extract/extract-candidates';

const entity = (fields: { id: string; kind: 'org' | 'person' | 'country'; name: string; aliases?: string[]; country?: string }): Entity =>
  Entity.parse({
    ...fields,
    aliases: (fields.aliases ?? []).map((text) => ({ text, strength: 'strong' })),
    description: `${fields.name} (test)`,
  });

const KNOWN = {
  entities: [
    entity({ id: 'org:cnrs', kind: 'org', name: 'French National Centre for Scientific Research', aliases: ['CNRS'], country: 'fr' }),
    entity({ id: 'org:nict', kind: 'org', name: 'National Institute of Information and Communication Technology', country: 'jp' }),
    entity({ id: 'person:antoine-petit', kind: 'person', name: 'Antoine Petit' }),
    entity({ id: 'country:fr', kind: 'country', name: 'France' }),
    entity({ id: 'country:sg', kind: 'country', name: 'Singapore' }),
  ],
  agreements: [],
};

describe('extractCandidates', () => {
  it('links names the dataset knows instead of proposing duplicates', () => {
    const text = 'CNRS signed a partnership with Temasek Laboratories. "It matters," said Antoine Petit, Chairman and CEO of CNRS.';
    const result = extractCandidates({ text }, KNOWN);
    expect(result.entities.find((e) => e.knownEntityId === 'org:cnrs')).toMatchObject({ name: 'French National Centre for Scientific Research' });
    expect(result.entities.find((e) => e.name === 'Antoine Petit')).toMatchObject({ knownEntityId: 'person:antoine-petit' });
    expect(result.entities.filter((e) => e.name === 'Antoine Petit')).toHaveLength(1);
    const [agreement] = result.agreements;
    expect(agreement?.parties).toEqual([
      { name: 'French National Centre for Scientific Research', entityId: 'org:cnrs' },
      { name: 'Temasek Laboratories', candidateKey: 'org:temasek-laboratories' },
    ]);
  });

  it('offers a near-identical known entity as a merge rather than linking it', () => {
    const text = "Japan's National Institute of Information and Communications Technology (NICT) opened a lab.";
    const [candidate] = extractCandidates({ text }, KNOWN).entities;
    expect(candidate?.knownEntityId).toBeUndefined();
    expect(candidate?.mergeSuggestions[0]?.entityId).toBe('org:nict');
    expect(candidate?.mergeSuggestions[0]?.score).toBeGreaterThan(0.6);
  });

  it('takes countries as parties, linked to known country entities, never as new entities', () => {
    const text = 'France and Singapore agreed on Tuesday to set up a joint research laboratory on artificial intelligence.';
    const result = extractCandidates({ text, publishedAt: { text: '25 April 2024', value: '2024-04-25', precision: 'day' } }, KNOWN);
    expect(result.entities).toEqual([]);
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]).toMatchObject({
      type: 'joint-lab',
      parties: [{ name: 'France', entityId: 'country:fr' }, { name: 'Singapore', entityId: 'country:sg' }],
      date: { text: 'Tuesday', value: '2024-04-23', precision: 'day' },
      evidence: text,
    });
  });

  it('adds the signatories and date of "The agreement was signed ..." to the agreement before it', () => {
    const text =
      "Natural Resources Canada and Mexico's Secretariat of Economy agreed to cooperate on critical minerals. The agreement was signed on 5 February 2024 by Canada's Minister of Energy Jonathan Wilkinson and Mexico's Secretary of Economy Marcelo Ebrard.";
    const [agreement] = extractCandidates({ text }, { entities: [], agreements: [] }).agreements;
    expect(agreement?.parties.map((p) => p.name)).toEqual(['Natural Resources Canada', 'Secretariat of Economy']);
    expect(agreement?.signatories).toEqual([
      { name: 'Jonathan Wilkinson', onBehalfOf: 'Natural Resources Canada' },
      { name: 'Marcelo Ebrard', onBehalfOf: 'Secretariat of Economy' },
    ]);
    expect(agreement?.date?.value).toBe('2024-02-05');
  });

  it('proposes no agreement for denied, single-party or merely co-mentioned organisations', () => {
    const text = 'The University of Tokyo has not signed any agreement with Kyoto University. The Skolkovo Foundation agreed to expand. NordForsk and the Berlin Institute of Health published reports.';
    expect(extractCandidates({ text }, { entities: [], agreements: [] }).agreements).toEqual([]);
  });

  it('keeps evidence verbatim', () => {
    const text = 'Swedish battery maker Northvolt  and Danish shipping group Maersk signed a partnership.';
    const result = extractCandidates({ text }, { entities: [], agreements: [] });
    for (const e of result.entities) expect(text).toContain(e.evidence);
    for (const a of result.agreements) expect(text).toContain(a.evidence);
  });
});
