import { Dataset, DATASET_VERSION } from '../dataset-schema';

export interface SeedInput {
  articles: { file: string; text: string }[];
  curation: { file: string; text: string };
}

// Placeholder until the curation pipeline lands in this same commit series.
export function buildSeedDataset(input: SeedInput): { dataset: Dataset } {
  void input;
  return { dataset: Dataset.parse({ version: DATASET_VERSION, entities: [], agreements: [], articles: [] }) };
}
