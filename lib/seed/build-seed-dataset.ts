import { Article, Dataset, DATASET_VERSION, type Entity, type Evidence } from '../dataset-schema';
import { combineExtractions } from '../extract/combine-extractions';
import { extractCandidates } from '../extract/extract-candidates';
import { scoreExtraction } from '../extract/score-extraction';
import { countMentions } from '../match/count-mentions';
import { checkCurationIntegrity } from './check-curation-integrity';
import { parseCuration } from './curation-format';
import type { Curation } from './curation-schema';
import { DataError, formatFieldPath } from './data-error';

export interface SeedInput {
  /** Each seed article, `file` as the build names it (`seeds/000_ab959db86a84e8a3.txt`). */
  articles: { file: string; text: string }[];
  curation: { file: string; text: string };
}

export interface QualityFigures {
  precision: number;
  recall: number;
}

/**
 * What the seed build found, and how close the extraction pipeline ("Add this page" run on each
 * seed with an empty dataset) comes to the reviewed curation: a number that can only go up.
 */
export interface SeedReport {
  articles: number;
  entities: number;
  agreements: number;
  aliases: number;
  extraction: { entities: QualityFigures; agreements: QualityFigures; missedEntities: string[] };
}

/**
 * Fixed so that two builds of the same seeds produce byte-identical datasets; the seeds were
 * reviewed in November 2026.
 */
export const SEED_ADDED_AT = '2026-11-01T00:00:00.000Z';

/**
 * Builds the bundled dataset from the seed articles and the reviewed curation. Every check names
 * the file, the field and the reason (DataError), so a bad seed fails the build legibly.
 */
export function buildSeedDataset(input: SeedInput): { dataset: Dataset; report: SeedReport } {
  const file = input.curation.file;
  const curation = parseCuration(input.curation.text, file);
  checkCurationIntegrity(curation, file);
  const texts = matchArticleFiles(curation, input, file);
  checkQuotes(curation, texts, file);

  // Sources are what the build computes, so mentions are counted against entities without them.
  const entities: Entity[] = curation.entities.map((entity) => ({ ...entity, sources: [] }));
  const articles: Article[] = curation.articles.map(({ file: _file, ...metadata }) => {
    const text = texts.get(metadata.id) ?? '';
    return {
      ...metadata,
      addedAt: SEED_ADDED_AT,
      origin: 'seed',
      mentions: positiveCounts(countMentions(entities, curation.agreements, text)),
      text,
    };
  });
  for (const entity of entities) {
    entity.sources = articles.filter((article) => article.mentions[entity.id] !== undefined).map((article) => article.id);
  }

  const result = Dataset.safeParse({ version: DATASET_VERSION, entities, agreements: curation.agreements, articles });
  if (!result.success) {
    const issue = result.error.issues[0];
    // The dataset keeps the curation's order, so the path points at the curated item at fault.
    throw new DataError(file, formatFieldPath(issue?.path ?? []), issue?.message ?? 'is invalid');
  }
  const dataset = result.data;
  const proposed = combineExtractions(
    articles.map((article) => extractCandidates({ text: article.text, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) }, { entities: [], agreements: [] })),
  );
  const score = scoreExtraction(proposed, curation);
  return {
    dataset,
    report: {
      articles: dataset.articles.length,
      entities: dataset.entities.length,
      agreements: dataset.agreements.length,
      aliases: dataset.entities.reduce((sum, entity) => sum + entity.aliases.length, 0),
      extraction: {
        entities: { precision: score.entities.precision, recall: score.entities.recall },
        agreements: { precision: score.agreements.precision, recall: score.agreements.recall },
        missedEntities: score.entities.missed,
      },
    },
  };
}

/** Pairs each curated article with its seed text (article id → text); every seed must be curated. */
function matchArticleFiles(curation: Curation, input: SeedInput, file: string): Map<string, string> {
  const byName = new Map(input.articles.map((article) => [baseName(article.file), article]));
  const texts = new Map<string, string>();
  const curated = new Set<string>();
  curation.articles.forEach((article, index) => {
    const seed = byName.get(article.file);
    if (!seed) throw new DataError(file, `articles[${index}].file`, `no seed article named "${article.file}"`);
    const hash = article.file.slice(article.file.indexOf('_') + 1, -'.txt'.length);
    if (article.id !== `article:${hash}`) {
      throw new DataError(file, `articles[${index}].id`, `must be "article:${hash}" to match its file`);
    }
    curated.add(article.file);
    texts.set(article.id, seed.text);
  });
  for (const seed of input.articles) {
    if (!curated.has(baseName(seed.file))) throw new DataError(seed.file, '', `has no entry in ${file} articles`);
  }
  return texts;
}

/** Every fact has a source: each evidence quote must occur verbatim in its article's text. */
function checkQuotes(curation: Curation, texts: ReadonlyMap<string, string>, file: string): void {
  const check = (field: string, evidence: Evidence): void => {
    const text = texts.get(evidence.articleId);
    if (text !== undefined && !text.includes(evidence.quote)) {
      throw new DataError(file, field, `quote not found verbatim in the text of ${evidence.articleId}`);
    }
  };
  curation.entities.forEach((entity, e) =>
    entity.roles.forEach((role, r) => check(`entities[${e}].roles[${r}].evidence.quote`, role.evidence)),
  );
  curation.agreements.forEach((agreement, g) =>
    agreement.evidence.forEach((evidence, v) => check(`agreements[${g}].evidence[${v}].quote`, evidence)),
  );
}

function positiveCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
