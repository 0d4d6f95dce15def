import type { ComponentChildren } from 'preact';

export type EmptyStateReason = 'nothing-found' | 'unreadable' | 'scanning' | 'paused' | 'loading';

export interface EmptyStateProps {
  reason: EmptyStateReason;
  /** E.g. the add-page flow under "nothing found". */
  children?: ComponentChildren;
}

const MESSAGES: Record<EmptyStateReason, { title: string; body: string }> = {
  'nothing-found': {
    title: 'Nothing known on this page',
    body: 'None of the organisations or people in your dataset are named here. Add this page to teach Backstory the ones it names.',
  },
  unreadable: {
    title: 'Backstory cannot read this page',
    body: 'Browser pages, extension stores, PDFs and other extensions are closed to extensions. Open a news article to see its context; search still works.',
  },
  scanning: { title: 'Reading this page…', body: 'Looking for the organisations and people Backstory knows.' },
  loading: { title: 'Reading your dataset…', body: 'This view needs all of your dataset, which is still being read.' },
  paused: { title: 'Paused on this site', body: 'Backstory is not highlighting here. Turn the pause off in the toolbar popup to see this page’s context.' },
};

/** What the panel says when there is nothing to show, and why, in plain words. */
export function EmptyState({ reason, children }: EmptyStateProps) {
  const message = MESSAGES[reason];
  return (
    <div class="bs-empty" role={reason === 'scanning' || reason === 'loading' ? 'status' : undefined}>
      <p class="bs-empty__title">{message.title}</p>
      <p class="bs-empty__body">{message.body}</p>
      {children}
    </div>
  );
}
