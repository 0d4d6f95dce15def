declare module 'virtual:backstory/seed-dataset' {
  import type { Dataset } from './dataset-schema';
  const dataset: Dataset;
  export default dataset;
}
