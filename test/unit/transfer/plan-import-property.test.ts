import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExportFile } from '../../../lib/transfer/export-file';
import { ImportError } from '../../../lib/transfer/import-error';
import { planImport } from '../../../lib/transfer/plan-import';
import { UserLayer } from '../../../lib/user-layer';
import { deepFreeze, EXPORTED_AT, readerLayer, seedDataset } from './transfer-fixtures';

// Frozen: any write to the reader's layer or the bundle throws, and is caught below as a failure.
deepFreeze(seedDataset);
const current = deepFreeze(structuredClone(readerLayer));
const snapshot = structuredClone(current);
const validFile = JSON.parse(createExportFile('mine', readerLayer, seedDataset, EXPORTED_AT)) as unknown;

/** Either a plan whose every application is a valid layer, or an ImportError; nothing else, ever. */
function importsCleanly(text: string): boolean {
  try {
    const plan = planImport(text, current, seedDataset);
    for (const resolution of ['keep-mine', 'use-imported'] as const) UserLayer.parse(plan.apply(resolution));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
  expect(current).toEqual(snapshot);
  return ({} as Record<string, unknown>).polluted === undefined;
}

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => pathsOf(item, [...at, index]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([key, inner]) => pathsOf(inner, [...at, key]))];
  return [at];
}

/** A copy of `root` with the value at `path` replaced, or removed when `replacement` is undefined. */
function withReplaced(root: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete parent[last];
  else Object.defineProperty(parent, last, { value: replacement, enumerable: true, configurable: true, writable: true });
  return copy;
}

const paths = pathsOf(validFile);
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'layer');
const hostileValue = fc.oneof(fc.jsonValue(), fc.dictionary(hostileKey, fc.jsonValue(), { maxKeys: 3 }));

describe('planImport on any input', () => {
  it('answers any JSON value with a plan or an ImportError, leaving the layer alone', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => importsCleanly(JSON.stringify(value) ?? 'null')), { numRuns: 300 });
  });

  it('answers any text with a plan or an ImportError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), importsCleanly), { numRuns: 300 });
  });

  it('answers a valid export with any one field replaced or removed with a plan or an ImportError', () => {
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), fc.option(hostileValue, { nil: undefined }), (index, replacement) =>
        importsCleanly(JSON.stringify(withReplaced(validFile, paths[index] ?? [], replacement)) ?? 'null'),
      ),
      { numRuns: 500 },
    );
  });

  it('still plans the untouched export, so the cases above are not all refusals', () => {
    expect(planImport(JSON.stringify(validFile), current, seedDataset).counts.identical).toBe(6);
  });
});
