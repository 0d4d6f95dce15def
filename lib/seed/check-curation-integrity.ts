import type { EntityKind } from '../dataset-schema';
import type { Curation } from './curation-schema';
import { DataError } from './data-error';

/**
 * Checks what the schema cannot see: unique ids, unique aliases within an entity, and that every
 * reference (party, signatory, role organisation, evidence article) names something curated.
 * Throws a DataError at the first problem, so the build stops with one clear message.
 */
export function checkCurationIntegrity(curation: Curation, file: string): void {
  const fail = (field: string, reason: string): never => {
    throw new DataError(file, field, reason);
  };

  const articleIds = uniqueIds('articles', curation.articles, fail);
  uniqueIds('agreements', curation.agreements, fail);
  uniqueIds('entities', curation.entities, fail);
  const kinds = new Map<string, EntityKind>(curation.entities.map((entity) => [entity.id, entity.kind]));

  const expectKind = (field: string, id: string, kind?: EntityKind): void => {
    const actual = kinds.get(id);
    if (actual === undefined) fail(field, `refers to unknown entity "${id}"`);
    if (kind && actual !== kind) fail(field, `refers to "${id}", which is a ${actual}, not a ${kind}`);
  };
  const expectArticle = (field: string, id: string): void => {
    if (!articleIds.has(id)) fail(field, `refers to unknown article "${id}"`);
  };

  curation.entities.forEach((entity, e) => {
    const at = `entities[${e}]`;
    if (entity.id.split(':')[0] !== entity.kind) fail(`${at}.id`, `prefix does not match kind "${entity.kind}"`);
    const seen = new Map<string, number>([[normalise(entity.name), -1]]);
    entity.aliases.forEach((alias, a) => {
      const key = normalise(alias.text);
      const first = seen.get(key);
      if (first === -1) fail(`${at}.aliases[${a}].text`, `repeats the entity's name "${entity.name}"`);
      if (first !== undefined) fail(`${at}.aliases[${a}].text`, `duplicates aliases[${first}] "${alias.text}"`);
      seen.set(key, a);
    });
    entity.roles.forEach((role, r) => {
      if (role.orgId !== undefined) expectKind(`${at}.roles[${r}].orgId`, role.orgId, 'org');
      expectArticle(`${at}.roles[${r}].evidence.articleId`, role.evidence.articleId);
    });
  });

  curation.agreements.forEach((agreement, g) => {
    const at = `agreements[${g}]`;
    const parties = new Set<string>();
    agreement.parties.forEach((party, p) => {
      expectKind(`${at}.parties[${p}]`, party);
      if (parties.has(party)) fail(`${at}.parties[${p}]`, `lists "${party}" twice`);
      parties.add(party);
    });
    agreement.signatories.forEach((signatory, s) => {
      expectKind(`${at}.signatories[${s}].personId`, signatory.personId, 'person');
      expectKind(`${at}.signatories[${s}].onBehalfOf`, signatory.onBehalfOf);
      if (!parties.has(signatory.onBehalfOf)) {
        fail(`${at}.signatories[${s}].onBehalfOf`, `"${signatory.onBehalfOf}" is not one of the parties`);
      }
    });
    agreement.evidence.forEach((evidence, v) => expectArticle(`${at}.evidence[${v}].articleId`, evidence.articleId));
  });
}

/** Returns the set of ids, failing on the first id seen twice. */
function uniqueIds(array: string, items: readonly { id: string }[], fail: (field: string, reason: string) => never): Set<string> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first !== undefined) fail(`${array}[${index}].id`, `duplicates ${array}[${first}].id "${item.id}"`);
    firstIndex.set(item.id, index);
  });
  return new Set(firstIndex.keys());
}

/** Two aliases that differ only in Unicode form or spacing are the same alias. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
