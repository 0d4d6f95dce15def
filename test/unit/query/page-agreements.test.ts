import { describe, expect, it } from 'vitest';
import { pageAgreements } from '../../../lib/query/page-agreements';
import { pageEntityGroups, pageEntityList } from '../../../lib/query/page-entities';
import { fixtureDataset } from './fixture-dataset';

describe('pageAgreements', () => {
  it('puts agreements whose parties are both on the page first, then runs a timeline', () => {
    // A page about Franco-Russian ties that names INRIA, the Skolkovo Foundation, France and Russia.
    const result = pageAgreements(fixtureDataset, ['org:inria', 'org:skolkovo-foundation', 'country:fr', 'country:ru']);
    expect(result.map((agreement) => [agreement.id, agreement.coMentioned])).toEqual([
      ['agreement:fr-ru-digital-working-group', true],
      ['agreement:inria-program-systems-institute', false],
      // Undated: after every dated agreement.
      ['agreement:french-tech-skolkovo-working-group', false],
    ]);
    expect(result[0]?.onPage).toEqual(['country:fr', 'country:ru']);
    expect(result[0]?.parties.map((party) => party.name)).toEqual(['France', 'Russia']);
    expect(result[0]?.evidence[0]?.source?.site).toBe('The Reference');
  });

  it('includes agreements an entity on the page signed, and places year-less dates after dated ones', () => {
    const result = pageAgreements(fixtureDataset, ['person:chan-heng-kee', 'country:sg']);
    expect(result.map((agreement) => agreement.id)).toEqual(['agreement:sg-us-deepfake-cooperation', 'agreement:fr-sg-defence-ai-joint-lab']);
    expect(result[1]?.signatories.map((signatory) => signatory.label)).toContain('Chan Heng Kee (for Ministry of Defence)');
  });

  it('returns nothing for a page with no known entities', () => {
    expect(pageAgreements(fixtureDataset, [])).toEqual([]);
  });
});

describe('page entities', () => {
  const counts = { 'org:mindef': 4, 'person:chan-heng-kee': 2, 'country:sg': 6, 'org:cnrs': 4, 'org:gone': 3 };

  it('lists known entities by mentions, then name', () => {
    expect(pageEntityList(fixtureDataset, counts).map((entity) => [entity.name, entity.mentions])).toEqual([
      ['Singapore', 6],
      ['French National Centre for Scientific Research', 4],
      ['Ministry of Defence', 4],
      ['Chan Heng Kee', 2],
    ]);
  });

  it('groups them as organisations, people, countries', () => {
    expect(pageEntityGroups(fixtureDataset, counts).map((group) => [group.kind, group.entities.length])).toEqual([
      ['org', 2],
      ['person', 1],
      ['country', 1],
    ]);
  });
});
