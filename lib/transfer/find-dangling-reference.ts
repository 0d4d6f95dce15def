import type { UserLayer } from '../user-layer';

export interface KnownIds {
  entities: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

export interface DanglingReference {
  /** Path inside the exported file, `layer.agreements[2].parties[1]`. */
  field: string;
  id: string;
}

/**
 * The first reference in `layer` to an entity or article that `known` does not hold: an
 * agreement's party, a signatory, a role's organisation, or the article a piece of evidence
 * quotes. Sources and mention counts are left out: they are tallies the merge recomputes, not facts.
 */
export function findDanglingReference(layer: UserLayer, known: KnownIds): DanglingReference | undefined {
  const base = 'layer';
  for (const [i, entity] of layer.entities.entries()) {
    for (const [j, role] of entity.roles.entries()) {
      const at = `${base}.entities[${i}].roles[${j}]`;
      if (role.orgId !== undefined && !known.entities.has(role.orgId)) return { field: `${at}.orgId`, id: role.orgId };
      if (!known.articles.has(role.evidence.articleId)) return { field: `${at}.evidence.articleId`, id: role.evidence.articleId };
    }
  }
  for (const [i, agreement] of layer.agreements.entries()) {
    const at = `${base}.agreements[${i}]`;
    for (const [j, party] of agreement.parties.entries()) {
      if (!known.entities.has(party)) return { field: `${at}.parties[${j}]`, id: party };
    }
    for (const [j, signatory] of agreement.signatories.entries()) {
      if (!known.entities.has(signatory.personId)) return { field: `${at}.signatories[${j}].personId`, id: signatory.personId };
      if (!known.entities.has(signatory.onBehalfOf)) return { field: `${at}.signatories[${j}].onBehalfOf`, id: signatory.onBehalfOf };
    }
    for (const [j, evidence] of agreement.evidence.entries()) {
      if (!known.articles.has(evidence.articleId)) return { field: `${at}.evidence[${j}].articleId`, id: evidence.articleId };
    }
  }
  return undefined;
}
