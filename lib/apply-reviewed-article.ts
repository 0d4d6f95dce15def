import { canonicalArticleUrl, articleIdForUrl } from './article-id';
import type { Article, Dataset, Entity } from './dataset-schema';
import { countMentions } from './match/count-mentions';
import { mergeDataset } from './merge-dataset';
import type { ReviewedArticle, SaveSummary } from './reviewed-article';
import type { UserLayer } from './user-layer';

function upsert<T extends { id: string }>(items: T[], item: T): void {
  const at = items.findIndex((existing) => existing.id === item.id);
  if (at >= 0) items[at] = item;
  else items.push(item);
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Applies what the reader reviewed to their layer: the article (same canonical URL = same article,
 * updated in place), new entities, known entities enriched with the reader's aliases and roles, and
 * agreements; mentions and sources are recounted with the highlighter's matcher. Throws, changing
 * nothing, when the result would reference what does not exist.
 */
export function applyReviewedArticle(
  layer: UserLayer,
  bundled: Dataset,
  reviewed: ReviewedArticle,
  now: Date,
): { layer: UserLayer; summary: SaveSummary } {
  const canonical = canonicalArticleUrl(reviewed.article.canonicalUrl ?? reviewed.article.url);
  if (!canonical) throw new Error('The page has no http(s) address, so it cannot be added.');
  const articleId = articleIdForUrl(canonical);
  const before = mergeDataset(bundled, layer);
  const previous = before.articles.find((a) => a.id === articleId);
  const next: UserLayer = structuredClone(layer);

  let newEntities = 0;
  let mergedEntities = 0;
  for (const choice of reviewed.entities) {
    if (choice.action === 'new') {
      upsert(next.entities, { ...choice.entity, sources: [articleId] });
      newEntities++;
      continue;
    }
    const known = next.entities.find((e) => e.id === choice.into) ?? before.entities.find((e) => e.id === choice.into);
    if (!known) throw new Error(`The entity to merge into (${choice.into}) is no longer in your dataset.`);
    const folded = new Set([known.name, ...known.aliases.map((a) => a.text)].map((text) => text.toLowerCase()));
    upsert(next.entities, {
      ...known,
      aliases: [...known.aliases, ...choice.aliases.filter((alias) => !folded.has(alias.text.toLowerCase()))],
      roles: uniqueBy([...known.roles, ...choice.roles], (role) => `${role.title}|${role.orgId ?? ''}|${role.evidence.quote}`),
    });
    mergedEntities++;
  }
  for (const agreement of reviewed.agreements) upsert(next.agreements, agreement);

  const after = mergeDataset(bundled, next);
  const entityIds = new Set(after.entities.map((e) => e.id));
  for (const agreement of reviewed.agreements) {
    const missing = [...agreement.parties, ...agreement.signatories.flatMap((s) => [s.personId, s.onBehalfOf])].find((id) => !entityIds.has(id));
    if (missing) throw new Error(`The agreement "${agreement.title}" names ${missing}, which is not in your dataset. Nothing was saved.`);
  }

  const article: Article = {
    id: articleId,
    title: reviewed.article.title,
    url: reviewed.article.url,
    canonicalUrl: canonical,
    ...(reviewed.article.site ? { site: reviewed.article.site } : {}),
    ...(reviewed.article.author ? { author: reviewed.article.author } : {}),
    ...(reviewed.article.publishedAt ? { publishedAt: reviewed.article.publishedAt } : {}),
    // An update keeps the date the reader first added the page.
    addedAt: previous?.addedAt ?? now.toISOString(),
    origin: 'user',
    missing: reviewed.article.missing,
    mentions: countMentions(after.entities, after.agreements, reviewed.article.text),
    text: reviewed.article.text,
  };
  upsert(next.articles, article);
  next.hidden = next.hidden.filter((id) => id !== articleId);

  // Every entity the article mentions lists it among its sources.
  for (const id of Object.keys(article.mentions)) {
    const entity: Entity | undefined = next.entities.find((e) => e.id === id) ?? after.entities.find((e) => e.id === id);
    if (entity && !entity.sources.includes(articleId)) upsert(next.entities, { ...entity, sources: [...entity.sources, articleId] });
  }

  return {
    layer: next,
    summary: { articleId, updated: previous !== undefined, newEntities, mergedEntities, agreements: reviewed.agreements.length },
  };
}
