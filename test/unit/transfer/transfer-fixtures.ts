import { Dataset } from '../../../lib/dataset-schema';
import { buildSeedDataset } from '../../../lib/seed/build-seed-dataset';
import { UserLayer } from '../../../lib/user-layer';
import { readSeeds } from '../seed/read-seeds';

/** The real bundled dataset, built from seeds/ as the build plugin does. */
export const seedDataset: Dataset = buildSeedDataset(readSeeds()).dataset;

export const USER_ARTICLE = 'article:0a1b2c3d4e5f6071';

const quantumQuote = 'Inria and the National University of Singapore signed a memorandum on Tuesday to open a joint quantum computing laboratory in Singapore.';
const signingQuote = 'Professor Jane Tan, NUS Vice Provost for Research, signed for the university.';

/**
 * A reader's layer as "Add this page" and a correction leave it: one article they added, two new
 * entities and an agreement citing it (over bundled Inria and NUS), a corrected bundled entity and
 * a removed one. Parsed by the real schema so it cannot drift from it.
 */
export const readerLayer: UserLayer = UserLayer.parse({
  version: 1,
  articles: [
    {
      id: USER_ARTICLE,
      title: 'Inria and NUS open a joint quantum computing lab in Singapore',
      url: 'https://news.example.org/2026/11/inria-nus-quantum-lab?ref=home',
      canonicalUrl: 'https://news.example.org/2026/11/inria-nus-quantum-lab',
      site: 'Example News',
      author: 'Mei Lin Ong',
      publishedAt: { text: '17 November 2026', value: '2026-11-17', precision: 'day' },
      addedAt: '2026-11-20T09:30:00.000Z',
      origin: 'user',
      missing: [],
      mentions: { 'org:inria': 2, 'org:nus': 2, 'person:jane-tan': 1 },
      text: `SINGAPORE — ${quantumQuote} ${signingQuote} The lab will start with twelve researchers.`,
    },
  ],
  entities: [
    {
      id: 'person:jane-tan',
      kind: 'person',
      name: 'Jane Tan',
      aliases: [{ text: 'Jane Tan', strength: 'strong' }],
      description: 'Vice Provost for Research at the National University of Singapore.',
      country: 'sg',
      roles: [{ title: 'Vice Provost for Research', orgId: 'org:nus', evidence: { articleId: USER_ARTICLE, quote: signingQuote } }],
      sources: [USER_ARTICLE],
    },
    {
      id: 'org:inria-nus-quantum-lab',
      kind: 'org',
      name: 'Inria–NUS Quantum Computing Laboratory',
      aliases: [{ text: 'the quantum lab', strength: 'weak' }],
      description: 'Joint quantum computing laboratory of Inria and NUS in Singapore.',
      country: 'sg',
      sources: [USER_ARTICLE],
    },
    {
      ...seedEntity('org:inria'),
      description: 'French national research institute for digital science; opened a quantum lab with NUS in 2026.',
    },
  ],
  agreements: [
    {
      id: 'agreement:inria-nus-quantum-lab',
      title: 'Inria–NUS memorandum on a joint quantum computing laboratory',
      type: 'memorandum',
      parties: ['org:inria', 'org:nus', 'org:inria-nus-quantum-lab'],
      signatories: [{ personId: 'person:jane-tan', onBehalfOf: 'org:nus' }],
      date: { text: 'on Tuesday', value: '2026-11-17', precision: 'day', basis: "The article's date." },
      status: 'signed',
      topics: ['quantum computing'],
      summary: 'Inria and NUS agreed to open a joint quantum computing laboratory in Singapore.',
      evidence: [{ articleId: USER_ARTICLE, quote: quantumQuote }],
    },
  ],
  hidden: ['org:ecritel'],
});

export function seedEntity(id: string) {
  const entity = seedDataset.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no seed entity ${id}`);
  return entity;
}

export const EXPORTED_AT = new Date('2026-11-21T10:15:00.000Z');

/** Freezes a value all the way down, so any attempt to mutate it throws in strict-mode code. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
