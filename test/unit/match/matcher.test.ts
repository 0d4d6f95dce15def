import { describe, expect, it } from 'vitest';
import { mentionsOf, fixtureMatcher, ALL_KINDS } from './match-fixture';

describe('matching rules', () => {
  it.each([
    // [page blocks, expected mentions]
    ['word boundaries: no Atos in patos', ['The patos and the Atos deal.'], ['Atos → org:atos']],
    ['no surname inside a longer word', ['Chan Heng Kee met Chanel.'], ['Chan Heng Kee → person:chan-heng-kee']],
    ['possessive, curly apostrophe', ['CNRS’s chief spoke.'], ['CNRS → org:cnrs']],
    ['possessive, straight apostrophe', ["MINDEF's Permanent Secretary"], ['MINDEF → org:mindef']],
    ['acronyms are case-sensitive', ['The mindef and Cnrs were there.'], []],
    ['a mixed-case alias still matches', ['Mindef said so.'], ['Mindef → org:mindef']],
    ['all-lower-case text is not a name', ['the french tech sector and French Tech'], ['French Tech → person:none'.replace('person:none', 'org:french-tech')]],
    ['diacritics do not matter', ['Dassault Systemes and Dassault Systèmes'], ['Dassault Systemes → org:dassault-systemes', 'Dassault Systèmes → org:dassault-systemes']],
    ['a seed misspelling is an alias', ['Dassault Systems'], ['Dassault Systems → org:dassault-systemes']],
    ['no-break and narrow spaces', ['French\u00a0Tech and French\u202fTech'], ['French\u00a0Tech → org:french-tech', 'French\u202fTech → org:french-tech']],
    ['soft hyphen and zero-width space inside a word', ['Skol\u00adkovo Foun\u200bdation'], ['Skol\u00adkovo Foun\u200bdation → org:skolkovo-foundation']],
    ['dashes are spaces', ['the Skolkovo-Foundation'], ['Skolkovo-Foundation → org:skolkovo-foundation']],
    ['Cyrillic with guillemets', ['Фонд «Сколково» объявил'], ['Фонд «Сколково» → org:skolkovo-foundation']],
    ['case folding of Cyrillic', ['ФОНД «СКОЛКОВО»'], ['ФОНД «СКОЛКОВО» → org:skolkovo-foundation']],
    ['leftmost-longest wins', ['Temasek Laboratories @ National University of Singapore'], ['Temasek Laboratories @ National University of Singapore → org:temasek-labs']],
    ['punctuation the alias lacks breaks it', ['French. Tech'], []],
    ['fullwidth letters fold (NFKC)', ['ＣＮＲＳ'], ['ＣＮＲＳ → org:cnrs']],
    ['every capitalised word of the alias must be capitalised', ['the French tech sector and French Tech'], ['French Tech → org:french-tech']],
    ['a name starts with a capital where its alias does', ['the centre national de la Recherche scientifique', 'Centre national de la recherche scientifique'], ['Centre national de la recherche scientifique → org:cnrs']],
    ['a headline in capitals still names it', ['FRENCH TECH BACKS CNRS'], ['FRENCH TECH → org:french-tech', 'CNRS → org:cnrs']],
  ])('%s', (_name, blocks, expected) => {
    expect(mentionsOf(blocks)).toEqual(expected);
  });
});

describe('weak aliases', () => {
  it.each([
    ['alone, a short acronym is not a mention', ['HSE rules apply.'], []],
    ['alone, a generic name is not a mention', ['the ministry said'], []],
    ['with the entity named strongly elsewhere on the page', ['MINDEF spoke.', 'Later the ministry said'], ['MINDEF → org:mindef', 'the ministry → org:mindef']],
    ['named strongly after the weak alias still corroborates', ['the ministry said', 'MINDEF spoke.'], ['the ministry → org:mindef', 'MINDEF → org:mindef']],
    ['with a partner in an agreement named', ['CNRS works with AID.'], ['CNRS → org:cnrs', 'AID → org:aid']],
    ['without a partner, AID stays a word-like acronym', ['USAID and AID programmes'], []],
    ['a weak alias at the start of a longer proper name is not a mention', ['Chan Heng Kee met Chan Chun Sing.'], ['Chan Heng Kee → person:chan-heng-kee']],
    ['a weak alias starting a longer name', ['CNRS and the Foundation Board'], ['CNRS → org:cnrs']],
    ['lower-case "us" is never the US', ['Singapore told us', 'and the US agreed'], ['Singapore → country:sg', 'US → country:us']],
    ['dotted acronym', ['Singapore and the U.S. agreed'], ['Singapore → country:sg', 'U.S. → country:us']],
    ['a short acronym among capitals cannot be told from a word', ['CNRS works with partners.', 'SINGAPORE SENDS MORE FLOOD AID'], ['CNRS → org:cnrs', 'SINGAPORE → country:sg']],
    ['naming a country does not vouch for a body’s weak alias', ['France said the ministry would act.'], ['France → country:fr']],
    ['a country still vouches for another country', ['Singapore and the US agreed'], ['Singapore → country:sg', 'US → country:us']],
  ])('%s', (_name, blocks, expected) => {
    expect(mentionsOf(blocks)).toEqual(expected);
  });
});

describe('surnames', () => {
  it.each([
    ['after the full name, the surname links to the person', ['Emmanuel Chiva signed.', 'Chiva said'], ['Emmanuel Chiva → person:emmanuel-chiva', 'Chiva → person:emmanuel-chiva']],
    ['with an honorific', ['Dr. Emmanuel Chiva signed.', 'Dr Chiva said'], ['Emmanuel Chiva → person:emmanuel-chiva', 'Chiva → person:emmanuel-chiva']],
    ['before the full name, a surname is not a mention', ['Balakrishnan spoke.', 'Vivian Balakrishnan'], ['Vivian Balakrishnan → person:vivian-balakrishnan']],
    ['earlier in the same block counts', ['Vivian Balakrishnan said that Balakrishnan would'], ['Vivian Balakrishnan → person:vivian-balakrishnan', 'Balakrishnan → person:vivian-balakrishnan']],
    ['a curated family name (Chinese order)', ['Mr. Chan Heng Kee signed.', 'Mr Chan said'], ['Chan Heng Kee → person:chan-heng-kee', 'Chan → person:chan-heng-kee']],
    ['a surname that starts a longer name is not the person', ['Vivian Balakrishnan met', 'Balakrishnan Raj'], ['Vivian Balakrishnan → person:vivian-balakrishnan']],
    ['each spelling of the full name gives its surname', ['Vladislav Fedoulov co-chairs.', 'Fedoulov added'], ['Vladislav Fedoulov → person:vladislav-fedulov', 'Fedoulov → person:vladislav-fedulov']],
  ])('%s', (_name, blocks, expected) => {
    expect(mentionsOf(blocks)).toEqual(expected);
  });
});

describe('kinds', () => {
  it('countries can be switched off, and still corroborate weak aliases', () => {
    const kinds = new Set(['org', 'person'] as const);
    expect(mentionsOf(['France and CNRS work with AID'], kinds)).toEqual(['CNRS → org:cnrs', 'AID → org:aid']);
  });
});

describe('scan', () => {
  it('scans blocks together as it scans them apart: no rule looks across a block edge', () => {
    const matcher = fixtureMatcher();
    // "Chiva" is not the end of a name begun in the block before; a lone "AID" is not in a run of
    // capitals, whatever the block before ends with.
    const blocks = ['Emmanuel', 'Chiva spoke for CNRS', 'SINGAPORE SENDS MORE FLOOD', 'AID'];
    const apart = matcher.resolve(blocks.map((b) => matcher.scan(b)), ALL_KINDS);
    const together = matcher.resolve(matcher.scanBlocks(blocks), ALL_KINDS);
    expect(together).toEqual(apart);
    expect(together[3]!.map((m) => [m.start, m.end, matcher.entity(m.entity).id])).toEqual([[0, 3, 'org:aid']]);
    expect(together[1]!.map((m) => blocks[1]!.slice(m.start, m.end))).toEqual(['CNRS']);
  });


  it('finds mentions in range, sorted and non-overlapping on a long page', () => {
    const matcher = fixtureMatcher();
    const block = 'CNRS and MINDEF met Emmanuel Chiva; Chiva and the ministry at Temasek Labs. '.repeat(2000);
    const [mentions] = matcher.resolve([matcher.scan(block)], ALL_KINDS);
    expect(mentions!.length).toBe(2000 * 6);
    for (let i = 1; i < mentions!.length; i++) expect(mentions![i]!.start).toBeGreaterThanOrEqual(mentions![i - 1]!.end);
  });
});
