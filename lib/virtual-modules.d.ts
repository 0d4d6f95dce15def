declare module 'virtual:backstory/seed-dataset' {
  import type { Dataset } from './dataset-schema';
  import type { StoredIndex } from './storage-items';
  const dataset: Dataset;
  export const seedIndex: StoredIndex;
  export default dataset;
}
