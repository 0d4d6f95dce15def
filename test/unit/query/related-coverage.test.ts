import { describe, expect, it } from 'vitest';
import { relatedCoverage } from '../../../lib/query/related-coverage';
import { ARTICLE_IDS, fixtureDataset } from './fixture-dataset';

describe('relatedCoverage', () => {
  const jointLab = fixtureDataset.articles.find((article) => article.id === ARTICLE_IDS.JOINT_LAB)!;

  it('ranks other articles by shared entities, rare ones weighing more, and excludes the page itself', () => {
    const result = relatedCoverage(fixtureDataset, { url: `${jointLab.url!}/#comments`, counts: jointLab.mentions });
    // The other two share one equally common country each (France, Singapore); the newer one wins.
    expect(result.map((related) => related.article.id)).toEqual([ARTICLE_IDS.FOLLOW_UP, ARTICLE_IDS.DEEPFAKES, ARTICLE_IDS.FRANCO_RUSSIAN]);
    const followUp = result[0]!;
    expect(followUp.shared.map((entity) => entity.id).sort()).toEqual(['country:fr', 'country:sg', 'org:cnrs', 'org:mindef']);
    // MINDEF is in two of four articles, Singapore in three: the rarer entity weighs more.
    const weight = (id: string) => followUp.shared.find((entity) => entity.id === id)!.weight;
    expect(weight('org:mindef')).toBeGreaterThan(weight('country:sg'));
  });

  it('prefers the more recent of two articles that share the same entities', () => {
    // A page naming only Singapore: the deepfakes story (Feb 2025) and the follow-up (Mar 2025)
    // both mention it, the joint-lab story too but it has no date.
    const result = relatedCoverage(fixtureDataset, { url: 'https://elsewhere.example/page', counts: { 'country:sg': 2 } });
    expect(result.map((related) => related.article.id)).toEqual([ARTICLE_IDS.FOLLOW_UP, ARTICLE_IDS.DEEPFAKES, ARTICLE_IDS.JOINT_LAB]);
    expect(result[0]!.score).toBeGreaterThan(result[1]!.score);
  });

  it('leaves out articles that share nothing and honours the limit', () => {
    const result = relatedCoverage(fixtureDataset, { url: 'https://elsewhere.example/', counts: { 'person:vivian-balakrishnan': 1 } });
    expect(result.map((related) => related.article.id)).toEqual([ARTICLE_IDS.DEEPFAKES]);
    expect(relatedCoverage(fixtureDataset, { url: 'https://elsewhere.example/', counts: { 'country:sg': 1 } }, { limit: 1 })).toHaveLength(1);
  });
});
