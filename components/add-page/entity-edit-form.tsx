import { useEffect, useId, useRef } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import type { EntityPatch, EntityReview, ReviewAlias } from '../../lib/add-page/review-state';

export interface EntityEditFormProps {
  entity: EntityReview;
  /** Shown, greyed, in an empty description: what will be saved if the reader writes none. */
  descriptionPlaceholder: string;
  /** Why the name cannot be saved as it is, if it cannot. */
  nameProblem?: string;
  onChange(patch: EntityPatch): void;
  /** Enter in a field, "Done" or Escape. */
  onClose(): void;
}

/**
 * Corrections to a new organisation or person: name, kind, other names with their strength, and
 * description. Every keystroke is applied at once, so there is nothing to lose by closing.
 */
export function EntityEditForm({ entity, descriptionPlaceholder, nameProblem, onChange, onClose }: EntityEditFormProps) {
  const baseId = useId();
  const id = (part: string) => `${baseId}-${part}`;
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Where focus goes after adding or removing a name, so it never falls back to the page's top.
  const focusAfter = useRef<number | 'add' | null>(null);
  useEffect(() => nameRef.current?.focus(), []);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === null) return;
    const selector = target === 'add' ? '.bs-edit__add-alias' : `[data-alias="${target}"]`;
    formRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [entity.aliases.length]);

  const setAliases = (aliases: ReviewAlias[]) => onChange({ aliases });
  const setAlias = (index: number, change: Partial<ReviewAlias>) => setAliases(entity.aliases.map((alias, i) => (i === index ? { ...alias, ...change } : alias)));
  const addAlias = () => {
    focusAfter.current = entity.aliases.length;
    setAliases([...entity.aliases, { text: '', strength: 'strong' }]);
  };
  const removeAlias = (index: number) => {
    focusAfter.current = entity.aliases.length > 1 ? Math.max(0, index - 1) : 'add';
    setAliases(entity.aliases.filter((_, i) => i !== index));
  };
  const submit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    onClose();
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <form ref={formRef} class="bs-edit" aria-label={`Edit ${entity.name || 'candidate'}`} onSubmit={submit} onKeyDown={onKeyDown}>
      <div class="bs-field">
        <label for={id('name')}>Name</label>
        <input
          ref={nameRef}
          id={id('name')}
          class="bs-input"
          type="text"
          value={entity.name}
          required
          aria-invalid={nameProblem ? 'true' : undefined}
          aria-describedby={nameProblem ? id('name-problem') : undefined}
          onInput={(event) => onChange({ name: event.currentTarget.value })}
        />
        {nameProblem ? (
          <span id={id('name-problem')} class="bs-field__problem">
            {nameProblem}
          </span>
        ) : null}
      </div>
      <fieldset class="bs-edit__kind">
        <legend>Kind</legend>
        {(['org', 'person'] as const).map((kind) => (
          <label key={kind} class="bs-edit__choice">
            <input type="radio" name={id('kind')} value={kind} checked={entity.kind === kind} onChange={() => onChange({ kind })} />
            {kind === 'org' ? 'Organisation' : 'Person'}
          </label>
        ))}
      </fieldset>
      <fieldset class="bs-edit__aliases">
        <legend>Other names</legend>
        <p id={id('strength-help')} class="bs-meta">
          A strong name is enough on its own; a weak one (a short form, an acronym of three letters or fewer) only counts where the full name is also on the page.
        </p>
        {entity.aliases.length === 0 ? <p class="bs-empty-note">None yet.</p> : null}
        <ul class="bs-list">
          {entity.aliases.map((alias, index) => (
            <li key={index} class="bs-edit__alias">
              <label class="bs-visually-hidden" for={id(`alias-${index}`)}>
                Other name {index + 1}
              </label>
              <input
                id={id(`alias-${index}`)}
                data-alias={index}
                class="bs-input"
                type="text"
                value={alias.text}
                onInput={(event) => setAlias(index, { text: event.currentTarget.value })}
              />
              <label class="bs-visually-hidden" for={id(`strength-${index}`)}>
                Strength of other name {index + 1}
              </label>
              <select
                id={id(`strength-${index}`)}
                class="bs-input"
                value={alias.strength}
                aria-describedby={id('strength-help')}
                onChange={(event) => setAlias(index, { strength: event.currentTarget.value === 'weak' ? 'weak' : 'strong' })}
              >
                <option value="strong">Strong</option>
                <option value="weak">Weak</option>
              </select>
              <button type="button" class="bs-button bs-button--quiet bs-button--small" onClick={() => removeAlias(index)}>
                Remove<span class="bs-visually-hidden"> other name {index + 1}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" class="bs-button bs-button--quiet bs-button--small bs-edit__add-alias" onClick={addAlias}>
          Add another name
        </button>
      </fieldset>
      <div class="bs-field">
        <label for={id('description')}>Description</label>
        <textarea
          id={id('description')}
          class="bs-input"
          rows={2}
          value={entity.description}
          placeholder={descriptionPlaceholder}
          onInput={(event) => onChange({ description: event.currentTarget.value })}
        />
      </div>
      <button type="submit" class="bs-button bs-button--small">
        Done
      </button>
    </form>
  );
}
