import { useEffect, useState } from 'preact/hooks';
import type { Dataset } from '../dataset-schema';
import { mergeDataset } from '../merge-dataset';
import { readStoredUserLayer } from '../stored-user-layer';
import { layerProblemItem, userLayerItem } from '../user-layer-items';
import { EMPTY_USER_LAYER } from '../user-layer';
import { afterFirstPaint } from './after-first-paint';

export interface DatasetState {
  /** The bundled dataset alone until the reader's layer is read (`loading`). */
  dataset: Dataset;
  /** The reader's layer is still being read: views that need the whole dataset wait for it. */
  loading: boolean;
  /** Why the reader's layer is not in use, in plain words, when it is unreadable. */
  problem: string | null;
  dismissProblem(): void;
}

function merged(bundled: Dataset, stored: unknown): { dataset: Dataset; problem: string | null } {
  if (stored === null || stored === undefined) return { dataset: mergeDataset(bundled, EMPTY_USER_LAYER), problem: null };
  const read = readStoredUserLayer(stored);
  if (read.ok) return { dataset: mergeDataset(bundled, read.layer), problem: null };
  return {
    dataset: bundled,
    problem: 'Your own additions could not be read, so only the bundled dataset is shown. The background keeps the unreadable copy aside.',
  };
}

/**
 * The dataset as the reader has it (`bundled` + their layer), read straight from storage by the
 * page that shows it — no large message through the background — and kept current as it changes.
 * The layer is read once the page has painted: at 10,000 entities reading, parsing and merging it
 * takes a few hundred milliseconds, which the first paint must not wait for.
 */
export function useDataset(bundled: Dataset): DatasetState {
  const [state, setState] = useState(() => ({ ...merged(bundled, null), loading: true }));
  const [stored, setStored] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // A change seen while the first read is under way is newer than what that read returns.
    let changed = false;
    const show = (raw: unknown) => live && setState({ ...merged(bundled, raw), loading: false });
    const cancelRead = afterFirstPaint(() => void userLayerItem.getValue().then((raw) => changed || show(raw)));
    void layerProblemItem.getValue().then((text) => live && setStored(text));
    const unwatchLayer = userLayerItem.watch((raw) => {
      changed = true;
      show(raw);
    });
    const unwatchProblem = layerProblemItem.watch(setStored);
    return () => {
      live = false;
      cancelRead();
      unwatchLayer();
      unwatchProblem();
    };
  }, []);
  return {
    dataset: state.dataset,
    loading: state.loading,
    problem: state.problem ?? stored,
    dismissProblem: () => void layerProblemItem.removeValue(),
  };
}
