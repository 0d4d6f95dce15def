import { useEffect, useId, useState } from 'preact/hooks';
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import type { SearchResults } from '../lib/query/search-index';
import { KindBadge } from './kind-badge';
import { plural } from './plural';

export type SearchChoice = { type: 'entity' | 'agreement' | 'article'; id: string };

export interface SearchPanelProps {
  query: string;
  /** Results for `query`; null before the first search. */
  results: SearchResults | null;
  onQueryChange(query: string): void;
  onChoose(choice: SearchChoice): void;
}

interface Option {
  choice: SearchChoice;
  label: string;
  detail: ComponentChildren;
}

function optionsOf(results: SearchResults | null): { title: string; options: Option[] }[] {
  if (!results) return [];
  return [
    {
      title: 'Entities',
      options: results.entities.map((hit) => ({
        choice: { type: 'entity' as const, id: hit.id },
        label: hit.name,
        detail: <KindBadge kind={hit.kind} />,
      })),
    },
    {
      title: 'Agreements',
      options: results.agreements.map((hit) => ({
        choice: { type: 'agreement' as const, id: hit.id },
        label: hit.title,
        detail: [hit.typeLabel, hit.date?.text, hit.parties.join(', ')].filter(Boolean).join(' · '),
      })),
    },
    {
      title: 'Articles',
      options: results.articles.map((hit) => ({
        choice: { type: 'article' as const, id: hit.id },
        label: hit.title,
        detail: [hit.site, hit.date].filter(Boolean).join(' · '),
      })),
    },
  ].filter((group) => group.options.length > 0);
}

/**
 * Fuzzy search over entities, agreements and articles. Focus stays in the search box; the arrow
 * keys move through the results (announced through aria-activedescendant) and Enter opens one.
 */
export function SearchPanel({ query, results, onQueryChange, onChoose }: SearchPanelProps) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-results`;
  const groups = optionsOf(results);
  const flat = groups.flatMap((group) => group.options);
  const [active, setActive] = useState(-1);
  useEffect(() => setActive(-1), [results]);
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (flat.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => (index + 1) % flat.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (index <= 0 ? flat.length - 1 : index - 1));
    } else if (event.key === 'Enter') {
      const option = flat[active < 0 ? 0 : active];
      if (option) {
        event.preventDefault();
        onChoose(option.choice);
      }
    }
  };

  const trimmed = query.trim();
  const status = !results || trimmed.length === 0 ? '' : results.total === 0 ? `No results for “${trimmed}”` : `${plural(results.total, 'result')} for “${trimmed}”`;
  let index = -1;
  return (
    <div class="bs-search">
      <label for={inputId} class="bs-search__label">
        Search entities, agreements and articles
      </label>
      <input
        id={inputId}
        class="bs-search__input"
        type="search"
        value={query}
        autocomplete="off"
        spellcheck={false}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        onInput={(event) => onQueryChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p role="status" class="bs-search__status">
        {status}
      </p>
      <div id={listId} role="listbox" aria-label="Search results" class="bs-search__results">
        {groups.map((group) => {
          const headingId = `${baseId}-${group.title}`;
          return (
            <div key={group.title} role="group" aria-labelledby={headingId} class="bs-search__group">
              <p id={headingId} role="presentation" class="bs-section__title">
                {group.title}
              </p>
              {group.options.map((option) => {
                index += 1;
                const own = index;
                return (
                  <div
                    key={`${option.choice.type}-${option.choice.id}`}
                    id={optionId(own)}
                    role="option"
                    aria-selected={own === active}
                    class={`bs-search__option${own === active ? ' bs-search__option--active' : ''}`}
                    onClick={() => onChoose(option.choice)}
                    onMouseMove={() => own !== active && setActive(own)}
                  >
                    <span class="bs-search__option-label">{option.label}</span>
                    <span class="bs-meta">{option.detail}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
