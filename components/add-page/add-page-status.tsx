export type AddPageStatusPhase = 'idle' | 'extracting' | 'no-article' | 'error';

export interface AddPageStatusProps {
  phase: AddPageStatusPhase;
  /** Why there is no article, or what went wrong and what was kept, in plain words. */
  message?: string | null;
  /** The result of the last change, e.g. a removal, announced as a status. */
  notice?: string | null;
  /** The page cannot be read at all (a browser page): the button is there but cannot be used. */
  disabled?: boolean;
  onAdd(): void;
  /** Present when the last change can be undone. */
  onUndo?(): void;
}

/** The way into "Add this page", and what happened when the reader used it. */
export function AddPageStatus({ phase, message, notice, disabled = false, onAdd, onUndo }: AddPageStatusProps) {
  if (phase === 'extracting') {
    return (
      <div class="bs-add-page">
        <p role="status" class="bs-add-page__progress">
          Reading the article on this page…
        </p>
      </div>
    );
  }
  const retry = phase === 'no-article' || phase === 'error';
  return (
    <div class="bs-add-page">
      {phase === 'error' ? (
        <p role="alert" class="bs-alert">
          {message ?? 'Something went wrong while reading this page. Nothing was added.'}
        </p>
      ) : null}
      {phase === 'no-article' ? (
        <p role="status" class="bs-add-page__none">
          {message ?? 'No article found on this page.'}
        </p>
      ) : null}
      {phase === 'idle' && notice ? (
        <p role="status" class="bs-add-page__notice">
          {notice}
        </p>
      ) : null}
      <div class="bs-add-page__actions">
        <button type="button" class={retry ? 'bs-button bs-button--quiet' : 'bs-button'} disabled={disabled} onClick={onAdd}>
          {retry ? 'Try again' : 'Add this page'}
        </button>
        {onUndo ? (
          <button type="button" class="bs-button bs-button--quiet" onClick={onUndo}>
            Undo
          </button>
        ) : null}
      </div>
    </div>
  );
}
