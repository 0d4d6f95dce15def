import { describe, expect, it } from 'vitest';
import { Dataset } from '../../../lib/dataset-schema';
import { entityCard } from '../../../lib/query/entity-card';
import { ARTICLE_IDS, fixtureDataset } from './fixture-dataset';

describe('entityCard', () => {
  it('describes a person by role and affiliation, with the agreement they signed and its evidence', () => {
    const card = entityCard(fixtureDataset, 'person:chan-heng-kee');
    expect(card).toMatchObject({
      id: 'person:chan-heng-kee',
      name: 'Chan Heng Kee',
      kind: 'person',
      description: 'Permanent Secretary (Defence), Ministry of Defence',
      articleCount: 1,
    });
    expect(card?.agreements).toEqual([
      {
        id: 'agreement:fr-sg-defence-ai-joint-lab',
        title: 'France–Singapore defence AI joint laboratory',
        type: 'joint-lab',
        typeLabel: 'Joint lab',
        date: { text: '19 April (year not given)', sourceText: 'April 19', value: '--04-19', precision: 'day' },
        // He signed for MINDEF, so the other side is the French ministry, not his own.
        counterparties: ['Ministry of the Armed Forces'],
        signatories: ['Chan Heng Kee (for Ministry of Defence)', 'Emmanuel Chiva (for Directorate General of Armaments)'],
      },
    ]);
    expect(card?.evidence?.quote).toMatch(/^The agreement was signed on April 19 by Mr\. Chan Heng Kee/);
    expect(card?.evidence?.source).toEqual({
      id: ARTICLE_IDS.JOINT_LAB,
      title: 'France and Singapore to develop AI capabilities for cybersecurity',
      site: 'Example Tech News',
      url: 'https://news.example.com/2024/04/france-singapore-ai-joint-lab',
    });
  });

  it('describes an organisation by what and where, and counts every article that mentions it', () => {
    const card = entityCard(fixtureDataset, 'org:cnrs');
    expect(card?.description).toBe('Public research organisation, France');
    expect(card?.articleCount).toBe(2);
    expect(card?.agreements.map((agreement) => agreement.counterparties)).toEqual([['Temasek Laboratories @ National University of Singapore']]);
  });

  it('does not repeat the country when the description already names it', () => {
    expect(entityCard(fixtureDataset, 'org:mindef')?.description).toBe("Singapore's defence ministry");
  });

  it('lists agreements newest first, with year-less dates after dated ones', () => {
    const dataset = Dataset.parse({
      ...fixtureDataset,
      agreements: [
        ...fixtureDataset.agreements,
        {
          id: 'agreement:mindef-moaf-renewal',
          title: 'Joint lab renewal',
          type: 'agreement',
          parties: ['org:mindef', 'org:moaf'],
          date: { text: '2023', value: '2023', precision: 'year' },
          status: 'signed',
          summary: 'Renewal.',
          evidence: [{ articleId: ARTICLE_IDS.FOLLOW_UP, quote: 'The joint laboratory of MINDEF and CNRS opened in Singapore.' }],
        },
        {
          id: 'agreement:mindef-moaf-2025',
          title: 'Joint lab expansion',
          type: 'agreement',
          parties: ['org:mindef', 'org:moaf'],
          date: { text: 'March 2025', value: '2025-03', precision: 'month' },
          status: 'announced',
          summary: 'Expansion.',
          evidence: [{ articleId: ARTICLE_IDS.FOLLOW_UP, quote: 'The joint laboratory of MINDEF and CNRS opened in Singapore.' }],
        },
      ],
    });
    const card = entityCard(dataset, 'org:mindef');
    expect(card?.agreements.map((agreement) => agreement.date?.value)).toEqual(['2025-03', '2023', '--04-19']);
    // The quote comes from the newest agreement.
    expect(card?.evidence?.source.id).toBe(ARTICLE_IDS.FOLLOW_UP);
    expect(card?.evidence?.source.date).toBe('3 March 2025');
  });

  it('falls back to a role quote when the entity has no agreement', () => {
    const card = entityCard(fixtureDataset, 'person:antoine-petit');
    expect(card?.agreements).toEqual([]);
    expect(card?.evidence?.quote).toContain('said Mr. Antoine Petit, Chairman and CEO of CNRS.');
  });

  it('gives no link for a source without a web address', () => {
    const card = entityCard(fixtureDataset, 'org:inria');
    expect(card?.evidence?.source).toEqual({
      id: ARTICLE_IDS.FRANCO_RUSSIAN,
      title: 'Russia makes a fresh attempt to get France to help it develop its AI research capacity',
      site: 'The Reference',
      date: '9 December 2021',
    });
  });

  it('never passes on a link that is not http(s)', () => {
    const dataset = structuredClone(fixtureDataset);
    // Bypasses the schema on purpose: the card must not trust its input to have been validated.
    dataset.articles[0]!.url = 'javascript:alert(1)';
    expect(entityCard(dataset, 'person:chan-heng-kee')?.evidence?.source.url).toBeUndefined();
  });

  it('skips quotes whose article has been removed', () => {
    const dataset = { ...fixtureDataset, articles: fixtureDataset.articles.filter((article) => article.id !== ARTICLE_IDS.JOINT_LAB) };
    expect(entityCard(dataset, 'person:chan-heng-kee')?.evidence).toBeNull();
  });

  it('returns null for an unknown entity and plain JSON for a known one', () => {
    expect(entityCard(fixtureDataset, 'org:nobody')).toBeNull();
    const card = entityCard(fixtureDataset, 'org:mindef');
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});
