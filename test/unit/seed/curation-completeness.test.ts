import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../../lib/seed/curation-format';
import { CURATION_FILE, readSeeds } from './read-seeds';

// The acceptance bar of the seed: every organisation, body, programme, outlet, person and country a
// reader meets in the three seeds is an entity, under the exact spelling the seed uses.
const seeds = readSeeds();
const curation = parseCuration(seeds.curation.text, CURATION_FILE);
/** Seeds mix ordinary and non-breaking spaces; a reader sees both as a space. */
const seedText = seeds.articles.map((a) => a.text).join('\n').replace(/\u00a0/g, ' ');

function resolve(name: string): string[] {
  return curation.entities
    .filter((entity) => entity.name === name || entity.aliases.some((alias) => alias.text === name))
    .map((entity) => entity.id);
}

const NAMES_IN_SEEDS: [name: string, id: string][] = [
  ['France', 'country:fr'],
  ['Singapore', 'country:sg'],
  ['Russia', 'country:ru'],
  ['United States', 'country:us'],
  ['US', 'country:us'],
  ['European Union', 'org:eu'],
  ['Ministry of the Armed Forces', 'org:moaf'],
  ['MOAF', 'org:moaf'],
  ['Ministry of Defense', 'org:mindef'],
  ['MINDEF', 'org:mindef'],
  ['French Directorate General of Armaments', 'org:dga'],
  ['French National Centre for Scientific Research', 'org:cnrs'],
  ['CNRS', 'org:cnrs'],
  ['Temasek Laboratories @ National University of Singapore', 'org:temasek-labs-nus'],
  ['Joint Research & Development Laboratory', 'org:fr-sg-joint-lab'],
  ['Joint Lab', 'org:fr-sg-joint-lab'],
  ['SAFARI', 'org:safari'],
  ['Singapore and France Advanced Research Initiative', 'org:safari'],
  ['Defence Innovation Agency', 'org:aid'],
  ['OpenAI', 'org:openai'],
  ['Microsoft', 'org:microsoft'],
  ['CEMO Center', 'org:cemo-center'],
  ['The Reference', 'org:the-reference'],
  ['Russian Academy of Sciences', 'org:ras'],
  ['Program Systems Institute', 'org:program-systems-institute'],
  ['Skolkovo Foundation', 'org:skolkovo-foundation'],
  ['National Institute for Digital Research and Technology', 'org:inria'],
  ['INRIA', 'org:inria'],
  ['Russian Government Analytical Centre', 'org:russian-government-analytical-centre'],
  ['Skolkovo Institute of Science and Technology', 'org:skoltech'],
  ['Moscow Institute of Physics and Technology', 'org:mipt'],
  ['Innopolis University', 'org:innopolis-university'],
  ['Saint Petersburg University of Information Technology, Mechanics and Optics', 'org:itmo'],
  ['Higher School of Economics', 'org:hse'],
  ['Intelligence Online', 'org:intelligence-online'],
  ['joint working group on innovation and digital technology', 'org:fr-ru-digital-working-group'],
  ['French Tech', 'org:french-tech'],
  ['Ecritel', 'org:ecritel'],
  ['Franco-Russian Chamber of Commerce and Industry', 'org:cci-france-russie'],
  ['BlaBlaCar', 'org:blablacar'],
  ['Atos', 'org:atos'],
  ['Linagora', 'org:linagora'],
  ['SearchInform', 'org:searchinform'],
  ['Dassault Systems', 'org:dassault-systemes'],
  ['Chan Heng Kee', 'person:chan-heng-kee'],
  ['Emmanuel Chiva', 'person:emmanuel-chiva'],
  ['Antoine Petit', 'person:antoine-petit'],
  ['Dmitry Chernyshenko', 'person:dmitry-chernyshenko'],
  ['Vladislav Fedoulov', 'person:vladislav-fedulov'],
  ['Bruno Sportisse', 'person:bruno-sportisse'],
  ['Euryale Chatelard', 'person:euryale-chatelard'],
  ['Emmanuel Quidet', 'person:emmanuel-quidet'],
  ['Vivian Balakrishnan', 'person:vivian-balakrishnan'],
  ['Liam Carter', 'person:liam-carter'],
];

// Names a reader meets in other coverage of the same bodies and people: official names in the
// original language, acronyms, short forms and correct spellings of what the seeds misspell.
const NAMES_IN_OTHER_COVERAGE: [name: string, id: string][] = [
  ['Ministère des Armées', 'org:moaf'],
  ['Mindef', 'org:mindef'],
  ['Direction générale de l\'armement', 'org:dga'],
  ['DGA', 'org:dga'],
  ['Centre national de la recherche scientifique', 'org:cnrs'],
  ['Temasek Labs @ NUS', 'org:temasek-labs-nus'],
  ['NUS', 'org:nus'],
  ['National University of Singapore', 'org:nus'],
  ['AID', 'org:aid'],
  ['Agence de l\'innovation de défense', 'org:aid'],
  ['Inria', 'org:inria'],
  ['Institut national de recherche en sciences et technologies du numérique', 'org:inria'],
  ['Российская академия наук', 'org:ras'],
  ['Институт программных систем', 'org:program-systems-institute'],
  ['Фонд «Сколково»', 'org:skolkovo-foundation'],
  ['Skoltech', 'org:skoltech'],
  ['MIPT', 'org:mipt'],
  ['ITMO University', 'org:itmo'],
  ['HSE University', 'org:hse'],
  ['HSE', 'org:hse'],
  ['French Tech Moscow', 'org:french-tech-moscow'],
  ['CCI France Russie', 'org:cci-france-russie'],
  ['Dassault Systèmes', 'org:dassault-systemes'],
  ['Vladislav Fedulov', 'person:vladislav-fedulov'],
  ['Russian Ministry of Economic Development', 'org:russian-ministry-of-economic-development'],
  ['Singapore Ministry of Foreign Affairs', 'org:sg-mfa'],
  ['Government of the Russian Federation', 'org:russian-government'],
  ['Analytical Center for the Government of the Russian Federation', 'org:russian-government-analytical-centre'],
];

describe('curation completeness', () => {
  it.each(NAMES_IN_SEEDS)('a reader of the seeds who sees "%s" finds %s', (name, id) => {
    expect(seedText).toContain(name);
    expect(resolve(name)).toEqual([id]);
  });

  it.each(NAMES_IN_OTHER_COVERAGE)('"%s" from other coverage resolves to %s', (name, id) => {
    expect(resolve(name)).toEqual([id]);
  });

  it('gives a role to every person the seeds name with a title', () => {
    const people = curation.entities.filter((e) => e.kind === 'person');
    const withoutRoles = people.filter((p) => p.roles.length === 0).map((p) => p.id);
    // The author is the only person the seeds name without a title at an organisation.
    expect(withoutRoles).toEqual(['person:liam-carter']);
  });

  it('records every agreement the seeds state', () => {
    const parties = (id: string) => curation.agreements.find((a) => a.id === id)?.parties ?? [];
    expect(parties('agreement:fr-sg-ai-joint-lab')).toEqual(expect.arrayContaining(['org:mindef', 'org:moaf', 'org:dga']));
    expect(parties('agreement:cnrs-temasek-labs-joint-lab')).toEqual(expect.arrayContaining(['org:cnrs', 'org:temasek-labs-nus']));
    expect(parties('agreement:cnrs-safari-cooperation')).toEqual(expect.arrayContaining(['org:cnrs', 'org:safari']));
    expect(parties('agreement:cnrs-aid-ai-collaboration')).toEqual(['org:aid', 'org:cnrs']);
    expect(parties('agreement:inria-program-systems-institute-partnership')).toEqual(['org:inria', 'org:program-systems-institute']);
    expect(parties('agreement:fr-ru-digital-working-group')).toEqual(expect.arrayContaining(['country:fr', 'country:ru']));
    expect(parties('agreement:french-tech-skolkovo-digital-market-talks')).toEqual(
      expect.arrayContaining(['org:french-tech', 'org:skolkovo-foundation']),
    );
    expect(parties('agreement:ru-ai-research-centres-project')).toEqual(
      expect.arrayContaining(['org:russian-government-analytical-centre', 'org:skoltech', 'org:mipt', 'org:innopolis-university', 'org:itmo', 'org:hse']),
    );
    expect(parties('agreement:sg-us-deepfake-cooperation')).toEqual(['country:sg', 'country:us']);
    expect(parties('agreement:microsoft-openai-investment')).toEqual(['org:microsoft', 'org:openai']);
  });
});
