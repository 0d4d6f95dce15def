import { useId } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../lib/dataset-schema';
import type { PageEntity } from '../lib/query/page-entities';
import { KIND_GROUP_LABELS } from './kind-badge';
import { plural } from './plural';

export interface PopupAppProps {
  /** The current tab's site (host name), or null when the page cannot be read. */
  site: string | null;
  status: 'ready' | 'scanning' | 'unreadable' | 'paused';
  /** Entities found on the page, most mentioned first (`reportedEntityList` or `pageEntityList`). */
  entities: PageEntity[];
  pausedOnSite: boolean;
  pausedEverywhere: boolean;
  /** Which kinds are highlighted; countries are off by default (too noisy), the caller's setting decides. */
  kinds: Record<EntityKind, boolean>;
  /** A failure to report in plain words, e.g. a setting that could not be saved. */
  error?: string;
  onPauseOnSiteChange(paused: boolean): void;
  onPauseEverywhereChange(paused: boolean): void;
  onKindChange(kind: EntityKind, enabled: boolean): void;
  onOpenSidePanel(): void;
  onAddPage(): void;
}

/** How many names the popup lists; the side panel has them all. */
export const POPUP_TOP_ENTITIES = 5;

/** The toolbar popup: what was found here, pause switches, kinds to highlight, and the two main actions. */
export function PopupApp(props: PopupAppProps) {
  const { site, status, entities, pausedOnSite, pausedEverywhere, kinds, error } = props;
  const baseId = useId();
  const readable = status !== 'unreadable' && site !== null;
  const summary = !readable
    ? 'Backstory cannot read this page.'
    : pausedEverywhere || status === 'paused'
      ? 'Paused: nothing is highlighted.'
      : status === 'scanning'
        ? 'Reading this page…'
        : entities.length === 0
          ? 'No known organisations or people on this page.'
          : `${plural(entities.length, 'entity', 'entities')} found on this page`;
  return (
    <main class="bs-root bs-popup">
      <h1 class="bs-popup__title">Backstory</h1>
      {error ? (
        <p role="alert" class="bs-alert">
          {error}
        </p>
      ) : null}
      <p role="status" class="bs-popup__summary">
        {summary}
      </p>
      {readable && entities.length > 0 ? (
        <ul class="bs-popup__top" aria-label="Most mentioned">
          {entities.slice(0, POPUP_TOP_ENTITIES).map((entity) => (
            <li key={entity.id}>
              {entity.name} <span class="bs-meta bs-popup__count">{plural(entity.mentions, 'mention')}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="bs-popup__actions">
        <button type="button" class="bs-button" onClick={props.onOpenSidePanel}>
          Open side panel
        </button>
        <button type="button" class="bs-button bs-button--quiet" onClick={props.onAddPage} disabled={!readable}>
          Add this page
        </button>
      </div>
      <fieldset class="bs-popup__group">
        <legend>Pause</legend>
        <label class="bs-popup__switch">
          <input
            type="checkbox"
            role="switch"
            checked={pausedOnSite}
            disabled={site === null}
            onChange={(event) => props.onPauseOnSiteChange(event.currentTarget.checked)}
            aria-describedby={site ? `${baseId}-site` : undefined}
          />
          Pause on this site
        </label>
        {site ? (
          <span id={`${baseId}-site`} class="bs-meta">
            {site}
          </span>
        ) : null}
        <label class="bs-popup__switch">
          <input type="checkbox" role="switch" checked={pausedEverywhere} onChange={(event) => props.onPauseEverywhereChange(event.currentTarget.checked)} />
          Pause everywhere
        </label>
      </fieldset>
      <fieldset class="bs-popup__group">
        <legend>Highlight</legend>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind} class="bs-popup__check">
            <input type="checkbox" checked={kinds[kind]} onChange={(event) => props.onKindChange(kind, event.currentTarget.checked)} />
            {KIND_GROUP_LABELS[kind]}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
