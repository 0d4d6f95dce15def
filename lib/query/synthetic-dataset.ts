import { AGREEMENT_TYPES, DATASET_VERSION, type Agreement, type Article, type Dataset, type Entity } from '../dataset-schema';
import { createRandom } from '../seeded-random';

export interface SyntheticDatasetOptions {
  /** Same seed, same dataset: benchmarks compare runs, so they must measure the same data. */
  seed?: number;
  entities?: number;
  articles?: number;
  agreements?: number;
  /** Entities mentioned per article (on average). */
  mentionsPerArticle?: number;
}

const SYLLABLES = ['ka', 'lo', 'ver', 'min', 'dra', 'sel', 'to', 'rin', 'mar', 'vo', 'del', 'quin', 'sa', 'bri', 'nor', 'tel', 'ga', 'zen', 'por', 'li', 'shan', 'ko', 'ber', 'stal'];
const ORG_FORMS = ['Institute of', 'Agency for', 'Ministry of', 'Foundation for', 'Centre for', 'Laboratory of', 'Council on', 'University of'];
const FIELDS = ['Digital Research', 'Defence Technology', 'Quantum Materials', 'Cyber Security', 'Space Science', 'Public Health', 'Energy Systems', 'Maritime Affairs', 'Artificial Intelligence', 'Economic Development'];
const SITES = ['The Daily Ledger', 'Policy Wire', 'Global Affairs Review', 'Tech Diplomat', 'Northern Herald', 'Asia Briefing', 'Europe Monitor'];
const TITLE_VERBS = ['signs', 'expands', 'launches', 'reviews', 'joins', 'announces', 'renews', 'suspends'];
const TITLE_OBJECTS = ['research pact', 'defence cooperation', 'joint laboratory', 'data-sharing deal', 'working group', 'innovation programme'];
const COUNTRY_CODES = ['fr', 'sg', 'ru', 'us', 'de', 'jp', 'in', 'br', 'ca', 'au', 'kr', 'it', 'es', 'nl', 'se', 'no', 'fi', 'pl', 'ch', 'at'];

/**
 * A deterministic dataset of any size, valid against the schema, for benchmarks and scale tests:
 * pronounceable made-up names (so fuzzy search has realistic work to do), aliases and acronyms,
 * articles mentioning a few entities each, and agreements between them with dates and evidence.
 */
export function syntheticDataset(options: SyntheticDatasetOptions = {}): Dataset {
  const { seed = 1, entities: entityCount = 1000, articles: articleCount = 500, mentionsPerArticle = 6 } = options;
  const agreementCount = options.agreements ?? Math.round(entityCount / 4);
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const word = (): string => {
    const text = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const pad = (n: number): string => String(n).padStart(2, '0');

  const countries: Entity[] = COUNTRY_CODES.slice(0, Math.min(COUNTRY_CODES.length, Math.max(2, Math.floor(entityCount / 50)))).map(
    (code) => ({
      id: `country:${code}`,
      kind: 'country',
      name: `Country ${code.toUpperCase()}`,
      aliases: [{ text: `Country ${code.toUpperCase()}`, strength: 'strong' }],
      description: 'Synthetic country',
      country: code,
      roles: [],
      sources: [],
    }),
  );
  const entities: Entity[] = [...countries];
  const orgIds: string[] = [];
  for (let index = entities.length; index < entityCount; index++) {
    const country = pick(COUNTRY_CODES);
    if (random() < 0.6 || orgIds.length === 0) {
      const name = `${word()} ${pick(ORG_FORMS)} ${pick(FIELDS)}`;
      const acronym = name
        .split(' ')
        .filter((part) => /^[A-Z]/.test(part))
        .map((part) => part[0])
        .join('');
      const id = `org:synthetic-${index}`;
      orgIds.push(id);
      entities.push({
        id,
        kind: 'org',
        name,
        aliases: [
          { text: name, strength: 'strong' },
          { text: acronym, strength: acronym.length <= 3 ? 'weak' : 'strong' },
        ],
        description: `Synthetic organisation number ${index}`,
        country,
        roles: [],
        sources: [],
      });
    } else {
      const name = `${word()} ${word()}`;
      entities.push({
        id: `person:synthetic-${index}`,
        kind: 'person',
        name,
        aliases: [
          { text: name, strength: 'strong' },
          { text: name.split(' ')[1]!, strength: 'weak' },
        ],
        description: `Synthetic person number ${index}`,
        country,
        roles: [],
        sources: [],
      });
    }
  }

  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const articles: Article[] = [];
  for (let index = 0; index < articleCount; index++) {
    const mentions: Record<string, number> = {};
    const mentionCount = Math.max(1, int(mentionsPerArticle - 3, mentionsPerArticle + 3));
    for (let m = 0; m < mentionCount; m++) {
      // Squaring skews picks towards the front: a few entities are in the news a lot, most rarely.
      const entity = entities[Math.floor(random() ** 2 * entities.length)]!;
      mentions[entity.id] = (mentions[entity.id] ?? 0) + int(1, 4);
    }
    const first = entityById.get(Object.keys(mentions)[0]!)!;
    const year = int(2015, 2025);
    const month = int(1, 12);
    articles.push({
      id: `article:synthetic-${index}`,
      title: `${first.name} ${pick(TITLE_VERBS)} ${pick(TITLE_OBJECTS)}`,
      url: `https://news.example.com/${year}/${pad(month)}/story-${index}`,
      site: pick(SITES),
      publishedAt: { text: `${year}-${pad(month)}`, value: `${year}-${pad(month)}`, precision: 'month' },
      addedAt: '2025-01-01T00:00:00.000Z',
      origin: 'seed',
      missing: ['author'],
      mentions,
      text: `Synthetic article ${index}.`,
    });
  }

  const agreements: Agreement[] = [];
  for (let index = 0; index < agreementCount && entities.length >= 2; index++) {
    const a = pick(entities);
    let b = pick(entities);
    if (b.id === a.id) b = entities[(entities.indexOf(a) + 1) % entities.length]!;
    const article = articles.length > 0 ? pick(articles) : undefined;
    const year = int(2010, 2025);
    const quote = `${a.name} and ${b.name} signed an agreement in ${year}.`;
    const type = pick(AGREEMENT_TYPES);
    agreements.push({
      id: `agreement:synthetic-${index}`,
      title: `${a.name} – ${b.name} ${type.replace(/-/g, ' ')}`,
      type,
      parties: [a.id, b.id],
      signatories: [],
      date: random() < 0.1 ? undefined : { text: String(year), value: String(year), precision: 'year' },
      status: 'signed',
      topics: [pick(FIELDS)],
      summary: `A synthetic ${type.replace(/-/g, ' ')} between ${a.name} and ${b.name} on ${pick(FIELDS).toLowerCase()}.`,
      evidence: [{ articleId: article?.id ?? 'article:synthetic-0', quote }],
    });
  }

  return { version: DATASET_VERSION, entities, agreements, articles };
}
