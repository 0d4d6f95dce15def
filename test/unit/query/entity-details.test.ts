import { describe, expect, it } from 'vitest';
import { entityDetails } from '../../../lib/query/entity-details';
import { ARTICLE_IDS, fixtureDataset } from './fixture-dataset';

describe('entityDetails', () => {
  it('gathers roles, agreements with every quote and source, related entities and articles', () => {
    const details = entityDetails(fixtureDataset, 'org:mindef');
    expect(details).toMatchObject({ name: 'Ministry of Defence', kind: 'org', country: 'Singapore', aliases: ['MINDEF', 'Ministry of Defense'] });
    expect(details?.agreements.map((agreement) => agreement.id)).toEqual(['agreement:fr-sg-defence-ai-joint-lab']);
    expect(details?.agreements[0]?.evidence[0]?.source?.title).toBe('France and Singapore to develop AI capabilities for cybersecurity');
    // Chan Heng Kee is linked twice (signatory and Permanent Secretary), so comes first.
    expect(details?.related[0]).toEqual({
      id: 'person:chan-heng-kee',
      name: 'Chan Heng Kee',
      kind: 'person',
      via: ['France–Singapore defence AI joint laboratory', 'Permanent Secretary (Defence)'],
    });
    expect(details?.related.map((entity) => entity.id)).toContain('org:moaf');
    // Newest first; the undated joint-lab story last.
    expect(details?.articles.map((article) => article.id)).toEqual([ARTICLE_IDS.FOLLOW_UP, ARTICLE_IDS.JOINT_LAB]);
  });

  it("shows a person's roles with their evidence", () => {
    const details = entityDetails(fixtureDataset, 'person:emmanuel-chiva');
    expect(details?.roles).toEqual([
      expect.objectContaining({ title: 'Chief Executive', org: { id: 'org:dga', name: 'Directorate General of Armaments', kind: 'org' } }),
    ]);
    expect(details?.roles[0]?.evidence.source?.id).toBe(ARTICLE_IDS.JOINT_LAB);
  });

  it('returns null for an unknown entity', () => {
    expect(entityDetails(fixtureDataset, 'person:nobody')).toBeNull();
  });
});
