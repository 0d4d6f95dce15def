import { useEffect, useState } from 'preact/hooks';
import seedDataset from 'virtual:backstory/seed-dataset';
import type { Dataset } from '../dataset-schema';
import { mergeDataset } from '../merge-dataset';
import { readStoredUserLayer } from '../stored-user-layer';
import { layerProblemItem, userLayerItem } from '../user-layer-items';
import { EMPTY_USER_LAYER } from '../user-layer';

export interface DatasetState {
  dataset: Dataset;
  /** Why the reader's layer is not in use, in plain words, when it is unreadable. */
  problem: string | null;
  dismissProblem(): void;
}

function merged(stored: unknown): { dataset: Dataset; problem: string | null } {
  if (stored === null || stored === undefined) return { dataset: mergeDataset(seedDataset, EMPTY_USER_LAYER), problem: null };
  const read = readStoredUserLayer(stored);
  if (read.ok) return { dataset: mergeDataset(seedDataset, read.layer), problem: null };
  return {
    dataset: seedDataset,
    problem: 'Your own additions could not be read, so only the bundled dataset is shown. The background keeps the unreadable copy aside.',
  };
}

/**
 * The dataset as the reader has it (bundled + their layer), read straight from storage by the
 * page that shows it — no large message through the background — and kept current as it changes.
 */
export function useDataset(): DatasetState {
  const [state, setState] = useState(() => merged(null));
  const [stored, setStored] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void userLayerItem.getValue().then((raw) => live && setState(merged(raw)));
    void layerProblemItem.getValue().then((text) => live && setStored(text));
    const unwatchLayer = userLayerItem.watch((raw) => setState(merged(raw)));
    const unwatchProblem = layerProblemItem.watch(setStored);
    return () => {
      live = false;
      unwatchLayer();
      unwatchProblem();
    };
  }, []);
  return {
    dataset: state.dataset,
    problem: state.problem ?? stored,
    dismissProblem: () => void layerProblemItem.removeValue(),
  };
}
