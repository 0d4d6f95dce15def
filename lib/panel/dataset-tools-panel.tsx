import { useRef } from 'preact/hooks';
import seedDataset from 'virtual:backstory/seed-dataset';
import { DatasetTools, type ExportChoice } from '../../components/add-page/dataset-tools';
import { mergeDataset } from '../merge-dataset';
import { sendMessage } from '../send-message';
import { readStoredUserLayer } from '../stored-user-layer';
import { userLayerItem } from '../user-layer-items';
import { createExportFile, exportFileName } from '../transfer/export-file';
import { toFollowTheMoney } from '../transfer/ftm-export';
import { planImport, type ImportPlan, type ImportResolution } from '../transfer/plan-import';
import { EMPTY_USER_LAYER, type UserLayer } from '../user-layer';

async function currentLayer(): Promise<UserLayer> {
  const read = readStoredUserLayer(await userLayerItem.getValue());
  return read.ok ? read.layer : EMPTY_USER_LAYER;
}

/** Saves a file through the browser's download of a local blob: nothing goes over the network. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export and import of the reader's dataset, wired to storage and the background. */
export function DatasetToolsPanel() {
  const planned = useRef<string | null>(null);

  const onExport = async (choice: ExportChoice) => {
    const layer = await currentLayer();
    const now = new Date();
    if (choice === 'ftm') {
      download(`backstory-followthemoney-${now.toISOString().slice(0, 10)}.jsonl`, 'application/x-ndjson', toFollowTheMoney(mergeDataset(seedDataset, layer)));
      return;
    }
    download(exportFileName(choice, now), 'application/json', createExportFile(choice, layer, seedDataset, now));
  };
  const onPlanImport = async (file: File) => {
    try {
      const text = await file.text();
      // Checked here to show the plan; the background checks it again when applying.
      const plan = planImport(text, await currentLayer(), seedDataset);
      planned.current = text;
      return { counts: plan.counts, conflicts: plan.conflicts };
    } catch (error) {
      planned.current = null;
      return { error: message(error) };
    }
  };
  const onApplyImport = async (resolution: ImportResolution) => {
    if (planned.current === null) return { error: 'Choose a file to import first.' };
    try {
      const counts = await sendMessage<'importDataset', ImportPlan['counts']>('importDataset', { fileText: planned.current, resolution });
      planned.current = null;
      return counts;
    } catch (error) {
      return { error: message(error) };
    }
  };
  return <DatasetTools onExport={onExport} onPlanImport={onPlanImport} onApplyImport={onApplyImport} />;
}
