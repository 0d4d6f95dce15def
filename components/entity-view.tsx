import { useId } from 'preact/hooks';
import type { EntityDetailsData } from '../lib/query/entity-details';
import { AgreementDetails } from './agreement-details';
import { EvidenceQuote } from './evidence-quote';
import { KindBadge } from './kind-badge';

export interface EntityViewProps {
  details: EntityDetailsData;
  onSelectEntity(entityId: string): void;
  onOpenArticle(articleId: string): void;
  /** Present when there is somewhere to go back to. */
  onBack?(): void;
}

/** Everything known about one entity: roles, every agreement with its quotes and sources, related entities. */
export function EntityView({ details, onSelectEntity, onOpenArticle, onBack }: EntityViewProps) {
  const baseId = useId();
  const id = (part: string) => `${baseId}-${part}`;
  return (
    <article class="bs-entity" aria-labelledby={id('name')}>
      {onBack ? (
        <button type="button" class="bs-button bs-button--quiet bs-button--small" onClick={onBack}>
          Back
        </button>
      ) : null}
      <header class="bs-entity__header">
        <h2 id={id('name')} class="bs-entity__name">
          {details.name}
        </h2>
        <KindBadge kind={details.kind} />
      </header>
      <p class="bs-entity__summary">{details.summary}</p>
      {details.description !== details.summary ? <p class="bs-meta">{details.description}</p> : null}
      {details.country ? <p class="bs-meta">Country: {details.country}</p> : null}
      {details.aliases.length > 0 ? <p class="bs-meta">Also called: {details.aliases.join(', ')}</p> : null}

      {details.roles.length > 0 ? (
        <section class="bs-section" aria-labelledby={id('roles')}>
          <h3 id={id('roles')} class="bs-section__title">
            Roles
          </h3>
          <ul class="bs-list">
            {details.roles.map((role, index) => (
              <li key={index} class="bs-entity__role">
                <span class="bs-entity__role-title">
                  {role.title}
                  {role.org ? (
                    <>
                      {', '}
                      <button type="button" class="bs-link-button" onClick={() => onSelectEntity(role.org!.id)}>
                        {role.org.name}
                      </button>
                    </>
                  ) : null}
                </span>
                <EvidenceQuote evidence={role.evidence} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="bs-section" aria-labelledby={id('agreements')}>
        <h3 id={id('agreements')} class="bs-section__title">
          Agreements ({details.agreements.length})
        </h3>
        {details.agreements.length === 0 ? (
          <p class="bs-empty-note">No agreements known.</p>
        ) : (
          <ul class="bs-list">
            {details.agreements.map((agreement) => (
              <li key={agreement.id} class="bs-entity__agreement">
                <AgreementDetails agreement={agreement} onSelectEntity={onSelectEntity} allEvidence />
              </li>
            ))}
          </ul>
        )}
      </section>

      {details.related.length > 0 ? (
        <section class="bs-section" aria-labelledby={id('related')}>
          <h3 id={id('related')} class="bs-section__title">
            Related
          </h3>
          <ul class="bs-list">
            {details.related.map((entity) => (
              <li key={entity.id} class="bs-list__row">
                <button type="button" class="bs-link-button bs-list__main" onClick={() => onSelectEntity(entity.id)}>
                  {entity.name}
                </button>
                <span class="bs-meta">{entity.via.join('; ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {details.articles.length > 0 ? (
        <section class="bs-section" aria-labelledby={id('articles')}>
          <h3 id={id('articles')} class="bs-section__title">
            Mentioned in
          </h3>
          <ul class="bs-list">
            {details.articles.map((article) => (
              <li key={article.id}>
                <button type="button" class="bs-link-button" onClick={() => onOpenArticle(article.id)}>
                  {article.title}
                </button>
                <span class="bs-meta">{[article.site, article.date].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
