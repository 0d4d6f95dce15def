import type { Agreement, Entity } from '../../../lib/dataset-schema';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { createMatcher } from '../../../lib/match/create-matcher';
import { ENTITY_KINDS, type EntityKind } from '../../../lib/dataset-schema';

const evidence = { articleId: 'article:test', quote: 'quoted' };

function entity(id: string, name: string, aliases: [string, 'strong' | 'weak'][] = []): Entity {
  const kind = id.split(':')[0] as EntityKind;
  return {
    id,
    kind,
    name,
    aliases: aliases.map(([text, strength]) => ({ text, strength })),
    description: `${name} (test)`,
    roles: [],
    sources: [],
  };
}

export const entities: Entity[] = [
  entity('org:cnrs', 'French National Centre for Scientific Research', [
    ['CNRS', 'strong'],
    ['Centre national de la recherche scientifique', 'strong'],
  ]),
  entity('org:mindef', 'Ministry of Defence of Singapore', [
    ['MINDEF', 'strong'],
    ['Mindef', 'strong'],
    ['the ministry', 'weak'],
  ]),
  entity('org:atos', 'Atos'),
  entity('org:dassault-systemes', 'Dassault Systèmes', [['Dassault Systems', 'strong']]),
  entity('org:skolkovo-foundation', 'Skolkovo Foundation', [
    ['the Foundation', 'weak'],
    ['Фонд «Сколково»', 'strong'],
  ]),
  entity('org:skoltech', 'Skolkovo Institute of Science and Technology', [['Skoltech', 'strong']]),
  entity('org:aid', 'Defence Innovation Agency', [['AID', 'weak']]),
  entity('org:hse', 'HSE University', [['HSE', 'weak']]),
  entity('org:temasek-labs', 'Temasek Laboratories @ National University of Singapore', [['Temasek Labs', 'strong']]),
  entity('org:nus', 'National University of Singapore', [['NUS', 'weak']]),
  entity('org:french-tech', 'French Tech'),
  entity('person:chan-heng-kee', 'Chan Heng Kee', [['Chan', 'weak']]),
  entity('person:emmanuel-chiva', 'Emmanuel Chiva'),
  entity('person:vivian-balakrishnan', 'Vivian Balakrishnan'),
  entity('person:vladislav-fedulov', 'Vladislav Fedulov', [['Vladislav Fedoulov', 'strong']]),
  entity('country:fr', 'France', [['French Republic', 'strong']]),
  entity('country:us', 'United States', [['US', 'weak'], ['U.S.', 'weak']]),
  entity('country:sg', 'Singapore'),
];

export const agreements: Agreement[] = [
  {
    id: 'agreement:joint-lab',
    title: 'Joint lab',
    type: 'joint-lab',
    parties: ['org:mindef', 'org:cnrs', 'country:fr', 'country:sg'],
    signatories: [{ personId: 'person:chan-heng-kee', onBehalfOf: 'org:mindef' }],
    status: 'signed',
    topics: [],
    summary: 'A lab.',
    evidence: [evidence],
  },
  {
    id: 'agreement:sg-us',
    title: 'Deepfakes',
    type: 'statement-of-cooperation',
    parties: ['country:sg', 'country:us'],
    signatories: [],
    status: 'announced',
    topics: [],
    summary: 'Deepfakes.',
    evidence: [evidence],
  },
  {
    id: 'agreement:aid-cnrs',
    title: 'AI collaboration',
    type: 'partnership',
    parties: ['org:aid', 'org:cnrs'],
    signatories: [],
    status: 'active',
    topics: [],
    summary: 'AI.',
    evidence: [evidence],
  },
];

export const ALL_KINDS: ReadonlySet<EntityKind> = new Set(ENTITY_KINDS);

export function fixtureMatcher() {
  return createMatcher(buildAliasIndex(entities, agreements));
}

/** The mentions of a page given as blocks, as "surface text → entity id" pairs. */
export function mentionsOf(blocks: string[], kinds: ReadonlySet<EntityKind> = ALL_KINDS): string[] {
  const matcher = fixtureMatcher();
  const resolved = matcher.resolve(blocks.map((b) => matcher.scan(b)), kinds);
  return resolved.flatMap((mentions, i) =>
    mentions.map((m) => `${blocks[i]!.slice(m.start, m.end)} → ${matcher.entity(m.entity).id}`),
  );
}
