import { z } from '../zod';
import { mergeDataset } from '../merge-dataset';
import type { Dataset } from '../dataset-schema';
import { USER_LAYER_VERSION, UserLayer } from '../user-layer';

export const EXPORT_FORMAT = 'backstory-dataset';
/** Bumped only when an older Backstory could no longer read the file correctly. */
export const EXPORT_VERSION = 1;

export const EXPORT_SCOPES = ['mine', 'all'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/**
 * The exported file. `scope: 'mine'` carries the reader's layer as stored (additions, corrections,
 * removals); `'all'` carries the whole dataset they see, bundled items included, with nothing hidden,
 * so it stands on its own in another browser or another tool.
 */
export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  scope: z.enum(EXPORT_SCOPES),
  layer: UserLayer,
});
export type ExportFile = z.infer<typeof ExportFile>;

/** The file's text: pretty JSON, so a reader can look inside and a diff stays legible. */
export function createExportFile(scope: ExportScope, layer: UserLayer, bundled: Dataset, now: Date): string {
  const exported: UserLayer = scope === 'mine' ? layer : everything(bundled, layer);
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), scope, layer: exported };
  return JSON.stringify(file, null, 2) + '\n';
}

function everything(bundled: Dataset, layer: UserLayer): UserLayer {
  const { entities, agreements, articles } = mergeDataset(bundled, layer);
  return { version: USER_LAYER_VERSION, entities, agreements, articles, hidden: [] };
}

/** `backstory-mine-2026-11-21.json`, dated in the reader's own time zone, as they would look for it. */
export function exportFileName(scope: ExportScope, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `backstory-${scope}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
