import { describe, expect, it } from 'vitest';
import { Dataset } from '../../../lib/dataset-schema';
import { syntheticDataset } from '../../../lib/query/synthetic-dataset';

describe('syntheticDataset', () => {
  it('is valid against the schema, at the size asked for', () => {
    const dataset = syntheticDataset({ seed: 3, entities: 500, articles: 200, agreements: 80 });
    expect(() => Dataset.parse(dataset)).not.toThrow();
    expect(dataset.entities).toHaveLength(500);
    expect(dataset.articles).toHaveLength(200);
    expect(dataset.agreements).toHaveLength(80);
    expect(new Set(dataset.entities.map((entity) => entity.id)).size).toBe(500);
  });

  it('is the same for the same seed and different for another', () => {
    const options = { entities: 300, articles: 100 };
    expect(syntheticDataset({ seed: 9, ...options })).toEqual(syntheticDataset({ seed: 9, ...options }));
    expect(syntheticDataset({ seed: 10, ...options }).entities[100]!.name).not.toBe(syntheticDataset({ seed: 9, ...options }).entities[100]!.name);
  });
});
