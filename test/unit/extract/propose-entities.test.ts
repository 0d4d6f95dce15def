import { describe, expect, it } from 'vitest';
import { proposeEntities, type EntityProposal } from '../../../lib/extract/propose-entities';
import { splitSentences } from '../../../lib/extract/split-sentences';

const propose = (text: string): EntityProposal[] => proposeEntities(splitSentences(text));
const named = (proposals: EntityProposal[], name: string): EntityProposal | undefined => proposals.find((p) => p.name === name);

describe('proposeEntities', () => {
  it('defines organisations by acronym, with the acronym and the name without "of <country>" as aliases', () => {
    const [csa] = propose('The Cyber Security Agency of Singapore (CSA) issued a warning.');
    expect(csa).toMatchObject({ kind: 'org', name: 'Cyber Security Agency of Singapore', country: 'sg' });
    expect(csa?.aliases).toEqual(expect.arrayContaining([{ text: 'CSA', strength: 'weak' }, { text: 'Cyber Security Agency', strength: 'weak' }]));
  });

  it('reads names spelt in lower case from the acronym, and long acronyms as strong', () => {
    const [anssi] = propose("France's Agence nationale de la sécurité des systèmes d'information (ANSSI) published the report.");
    expect(anssi?.name).toBe("Agence nationale de la sécurité des systèmes d'information");
    expect(anssi?.aliases).toContainEqual({ text: 'ANSSI', strength: 'strong' });
  });

  it('finds a person with a role at an organisation from a title before the name', () => {
    const people = propose('"We are ready," NICT president Hideyuki Tokuda said on Monday. Tokuda added that work starts soon.');
    expect(named(people, 'Hideyuki Tokuda')).toMatchObject({ kind: 'person', role: { title: 'president', orgName: 'NICT' } });
    expect(named(people, 'Hideyuki Tokuda')?.aliases).toEqual([{ text: 'Tokuda', strength: 'weak' }]);
  });

  it('reads roles from appositions and honorifics, and the family name a text uses', () => {
    const text = 'It was signed by Mr. Chan Heng Kee, MINDEF\'s Permanent Secretary (Defence), and Dr. Emmanuel Chiva, Chief Executive of the French Directorate General of Armaments. Mr. Chan said more.';
    const found = propose(text);
    expect(named(found, 'Chan Heng Kee')).toMatchObject({ role: { title: 'Permanent Secretary (Defence)', orgName: 'MINDEF' }, aliases: [{ text: 'Chan', strength: 'weak' }] });
    expect(named(found, 'Emmanuel Chiva')?.role).toEqual({ title: 'Chief Executive', orgName: 'French Directorate General of Armaments' });
    expect(named(found, 'French Directorate General of Armaments')?.aliases).toContainEqual({ text: 'Directorate General of Armaments', strength: 'weak' });
  });

  it('does not propose countries, places, sentence starters or title-case headlines', () => {
    const found = propose('Singapore Reaffirms Strong Ties With The US Amid Deepfake Security Concerns\n\nDuring talks in Paris, France and Singapore agreed to cooperate. In Moscow, officials declined to comment.');
    expect(found).toEqual([]);
  });

  it('finds companies from descriptors, camel case, lists and "which" clauses', () => {
    const found = propose(
      'Swedish battery maker Northvolt signed a deal. The firms held talks with companies including France\'s BlaBlaCar, Atos and Linagora. It pushed others to invest, including Microsoft, which backs OpenAI.',
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Atos', 'BlaBlaCar', 'Linagora', 'Microsoft', 'Northvolt', 'OpenAI']);
    expect(named(found, 'Northvolt')).toMatchObject({ country: 'se', description: 'battery maker' });
  });

  it('splits "X and Y University" lists and possessives into separate organisations', () => {
    const found = propose("Sweden's Lund University and Uppsala University joined the Russian Academy of Sciences' Program Systems Institute.");
    expect(found.map((p) => p.name)).toEqual(['Lund University', 'Uppsala University', 'Russian Academy of Sciences', 'Program Systems Institute']);
  });
});
