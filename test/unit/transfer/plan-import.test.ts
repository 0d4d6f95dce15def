import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeDataset } from '../../../lib/merge-dataset';
import { DATASET_VERSION, type Dataset } from '../../../lib/dataset-schema';
import { createExportFile } from '../../../lib/transfer/export-file';
import { ImportError } from '../../../lib/transfer/import-error';
import { planImport } from '../../../lib/transfer/plan-import';
import { MAX_IMPORT_BYTES } from '../../../lib/transfer/read-export-file';
import { EMPTY_USER_LAYER, type UserLayer } from '../../../lib/user-layer';
import { deepFreeze, EXPORTED_AT, readerLayer, seedDataset, seedEntity, USER_ARTICLE } from './transfer-fixtures';

deepFreeze(seedDataset);
deepFreeze(readerLayer);
const EMPTY_DATASET: Dataset = deepFreeze({ version: DATASET_VERSION, entities: [], agreements: [], articles: [] });
const emptyLayer = (): UserLayer => deepFreeze(structuredClone(EMPTY_USER_LAYER));

const mineText = createExportFile('mine', readerLayer, seedDataset, EXPORTED_AT);

interface LooseFile {
  [key: string]: unknown;
  layer: { entities: Record<string, unknown>[]; agreements: Record<string, unknown>[]; articles: Record<string, unknown>[]; hidden: string[] };
}

/** The reader's own export, edited as a hand or another tool might. */
function editedFile(edit: (file: LooseFile) => void): string {
  const file = JSON.parse(mineText) as LooseFile;
  edit(file);
  return JSON.stringify(file, null, 2);
}

/** The refusal of `text`, checking on the way that the reader's layer came out as it went in. */
function refusal(text: string, current: UserLayer = readerLayer): ImportError {
  const before = structuredClone(current);
  try {
    planImport(text, current, seedDataset);
  } catch (error) {
    expect(current).toEqual(before);
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('planImport round trips', () => {
  it("gives back the same layer when the reader's own export is imported into an empty one", () => {
    const plan = planImport(mineText, emptyLayer(), seedDataset);
    expect(plan.scope).toBe('mine');
    // Their correction of bundled Inria is laid over the bundle again: a backup restores it whatever
    // the resolution, since the reader has no version of their own that it could replace.
    expect(plan.counts).toEqual({ new: { entities: 3, agreements: 1, articles: 1, hidden: 1 }, identical: 0, conflicts: 0 });
    expect(plan.conflicts).toEqual([]);
    expect(plan.apply('use-imported')).toEqual(readerLayer);
    expect(plan.apply('keep-mine')).toEqual(readerLayer);
  });

  it('finds nothing to do when the export goes back into the layer it came from', () => {
    const plan = planImport(mineText, readerLayer, seedDataset);
    expect(plan.counts).toEqual({ new: { entities: 0, agreements: 0, articles: 0, hidden: 0 }, identical: 6, conflicts: 0 });
    expect(plan.apply('use-imported')).toEqual(readerLayer);
    expect(plan.apply('keep-mine')).toEqual(readerLayer);
  });

  it('skips every bundled item of an "all" export that is the same as the bundled one', () => {
    const plan = planImport(createExportFile('all', EMPTY_USER_LAYER, seedDataset, EXPORTED_AT), emptyLayer(), seedDataset);
    expect(plan.scope).toBe('all');
    expect(plan.counts.identical).toBe(seedDataset.entities.length + seedDataset.agreements.length + seedDataset.articles.length);
    expect(plan.counts.conflicts).toBe(0);
    expect(plan.apply('use-imported')).toEqual(EMPTY_USER_LAYER);
  });

  it('makes an "all" export stand on its own: into a browser without the bundle it gives the same dataset', () => {
    const plan = planImport(createExportFile('all', readerLayer, seedDataset, EXPORTED_AT), emptyLayer(), EMPTY_DATASET);
    expect(plan.counts.conflicts).toBe(0);
    expect(mergeDataset(EMPTY_DATASET, plan.apply('keep-mine'))).toEqual(mergeDataset(seedDataset, readerLayer));
  });
});

describe('planImport conflicts', () => {
  const inria = seedEntity('org:inria');
  const mine: UserLayer = deepFreeze({ ...structuredClone(EMPTY_USER_LAYER), entities: [{ ...structuredClone(inria), description: 'Mine: French digital research institute.' }] });

  it('shows an entry that differs from the reader’s own, with both versions, and settles it either way', () => {
    const plan = planImport(mineText, mine, seedDataset);
    expect(plan.counts.conflicts).toBe(1);
    const [conflict] = plan.conflicts;
    expect(conflict).toMatchObject({ kind: 'entity', id: 'org:inria', name: 'Inria' });
    expect(conflict?.mine).toBe('description: "Mine: French digital research institute."');
    expect(conflict?.theirs).toBe('description: "French national research institute for digital science; ope…"');

    const kept = plan.apply('keep-mine');
    expect(kept.entities[0]).toEqual(mine.entities[0]);
    expect(kept.entities.map((e) => e.id)).toEqual(['org:inria', 'person:jane-tan', 'org:inria-nus-quantum-lab']);
    const taken = plan.apply('use-imported');
    // Replaced where it was, not moved to the end.
    expect(taken.entities.map((e) => e.id)).toEqual(['org:inria', 'person:jane-tan', 'org:inria-nus-quantum-lab']);
    expect(taken.entities[0]?.description).toMatch(/quantum lab with NUS/);
  });

  it('does not count an entry as a conflict when it only differs in key order', () => {
    const reordered = editedFile((file) => {
      const entity = file.layer.entities.find((e) => e.id === 'org:inria') ?? {};
      file.layer.entities = [Object.fromEntries(Object.entries(entity).reverse())];
      file.layer.agreements = [];
      file.layer.articles = [];
      file.layer.hidden = [];
    });
    const same = deepFreeze({ ...structuredClone(EMPTY_USER_LAYER), entities: readerLayer.entities.filter((e) => e.id === 'org:inria') });
    expect(planImport(reordered, same, seedDataset).counts).toMatchObject({ identical: 1, conflicts: 0 });
  });

  it('asks before bringing back what the reader removed', () => {
    const removedEcritel: UserLayer = deepFreeze({ ...structuredClone(EMPTY_USER_LAYER), hidden: ['org:ecritel'] });
    const file = editedFile((f) => {
      f.layer.entities = [structuredClone(seedEntity('org:ecritel'))];
      f.layer.agreements = [];
      f.layer.articles = [];
      f.layer.hidden = [];
    });
    const plan = planImport(file, removedEcritel, seedDataset);
    expect(plan.conflicts).toEqual([{ kind: 'entity', id: 'org:ecritel', name: 'Ecritel', mine: 'Removed by you', theirs: expect.stringMatching(/^org: French web-hosting/) }]);
    expect(plan.apply('keep-mine')).toEqual(removedEcritel);
    const restored = plan.apply('use-imported');
    expect(restored.hidden).toEqual([]);
    expect(restored.entities).toEqual([seedEntity('org:ecritel')]);
  });

  it("asks before a removal in the file hides the reader's own entry", () => {
    const ownLab: UserLayer = deepFreeze({ ...structuredClone(EMPTY_USER_LAYER), entities: readerLayer.entities.filter((e) => e.id === 'org:inria-nus-quantum-lab') });
    const file = editedFile((f) => {
      f.layer.entities = [];
      f.layer.agreements = [];
      f.layer.articles = [];
      f.layer.hidden = ['org:inria-nus-quantum-lab', 'org:atos'];
    });
    const plan = planImport(file, ownLab, seedDataset);
    expect(plan.counts).toMatchObject({ new: { hidden: 1 }, conflicts: 1 });
    expect(plan.conflicts[0]).toMatchObject({ id: 'org:inria-nus-quantum-lab', mine: expect.stringMatching(/^org: Joint quantum/), theirs: 'Removed in the imported file' });
    expect(plan.apply('keep-mine').hidden).toEqual(['org:atos']);
    expect(plan.apply('use-imported').hidden).toEqual(['org:atos', 'org:inria-nus-quantum-lab']);
  });

  it('skips an entry identical to the bundled one rather than copying it into the layer', () => {
    const file = editedFile((f) => {
      f.layer.entities = [structuredClone(seedEntity('org:cnrs'))];
      f.layer.agreements = [];
      f.layer.articles = [];
      f.layer.hidden = [];
    });
    const plan = planImport(file, emptyLayer(), seedDataset);
    expect(plan.counts).toEqual({ new: { entities: 0, agreements: 0, articles: 0, hidden: 0 }, identical: 1, conflicts: 0 });
    expect(plan.apply('use-imported')).toEqual(EMPTY_USER_LAYER);
  });

  it("never changes the layer it was planned against, whichever way it is applied", () => {
    const current = deepFreeze(structuredClone(mine));
    const plan = planImport(mineText, current, seedDataset);
    plan.apply('use-imported');
    plan.apply('keep-mine');
    expect(current).toEqual(mine);
  });
});

describe('planImport refusals', () => {
  it('refuses a 50 MB file before reading it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const error = refusal(' '.repeat(50 * 1024 * 1024));
    expect(error.message).toBe('The file is too large (50 MB); Backstory imports files of up to 25 MB. Nothing was imported; your dataset is unchanged.');
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts the size in bytes, as the file has it, not in characters', () => {
    const text = 'é'.repeat(13 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(refusal(text).reason).toBe('The file is too large (26 MB); Backstory imports files of up to 25 MB.');
  });

  it('refuses a valid export padded past the limit', () => {
    expect(refusal(mineText + ' '.repeat(MAX_IMPORT_BYTES)).reason).toMatch(/^The file is too large/);
  });

  it('refuses malformed JSON and says where it breaks', () => {
    const broken = mineText.replace('"scope": "mine"', '"scope": "mine",,');
    const line = mineText.split('\n').findIndex((l) => l.includes('"scope"')) + 1;
    expect(refusal(broken).reason).toMatch(new RegExp(`^The file is not valid JSON at line ${line}, column \\d+: it may have been cut short or edited by hand\\.$`));
    expect(refusal(mineText.slice(0, 200)).reason).toMatch(/^The file is not valid JSON/);
    expect(refusal('   \n').reason).toBe('The file is empty.');
  });

  it('refuses what is not a Backstory export', () => {
    expect(refusal('[1, 2]').reason).toBe('This is not a Backstory dataset file: it holds a list where an export object was expected.');
    expect(refusal('"backstory"').reason).toMatch(/it holds a string/);
    expect(refusal(JSON.stringify(readerLayer)).reason).toBe('This is not a Backstory dataset file: it has no "format" field, not "backstory-dataset".');
    expect(refusal(editedFile((f) => (f.format = 'ftm'))).reason).toMatch(/its format is "ftm"/);
  });

  it('refuses a file from a newer Backstory, saying so', () => {
    const error = refusal(editedFile((f) => (f.version = 2)));
    expect(error.reason).toBe('This file was made by a newer Backstory (version 2); this one reads version 1. Update Backstory, then import it again.');
    expect(error.field).toBe('version');
    expect(refusal(editedFile((f) => (f.version = '1'))).reason).toMatch(/^This file has an unknown version \("1"\)/);
  });

  it('refuses wrong types with the path of the bad field', () => {
    const error = refusal(editedFile((f) => (f.layer.entities[1] = { ...f.layer.entities[1], kind: 'company' })));
    expect(error.field).toBe('layer.entities[1].kind');
    expect(error.message).toMatch(/^The file is not valid: layer\.entities\[1\]\.kind: .*"org".*\. Nothing was imported; your dataset is unchanged\.$/);
    const several = refusal(editedFile((f) => {
      f.layer.articles[0] = { ...f.layer.articles[0], addedAt: 'yesterday', mentions: { 'org:inria': -1 } };
    }));
    expect(several.reason).toMatch(/^The file is not valid: layer\.articles\[0\]\.addedAt: .*\(and 1 more problem\)\.$/);
    expect(refusal(editedFile((f) => (f.exportedAt = 5))).field).toBe('exportedAt');
  });

  it('refuses ids used twice in the file', () => {
    const error = refusal(editedFile((f) => f.layer.entities.push(structuredClone(f.layer.entities[0] ?? {}))));
    expect(error.reason).toBe('The file is not valid: layer.entities[3].id: "person:jane-tan" is used twice (first at layer.entities[0]).');
  });

  it('refuses references to what exists neither in the file nor in the dataset', () => {
    const withAgreement = (edit: (agreement: Record<string, unknown>) => void) =>
      editedFile((f) => {
        const agreement = f.layer.agreements[0] ?? {};
        edit(agreement);
      });
    const party = refusal(withAgreement((a) => (a.parties = ['org:inria', 'org:nowhere'])));
    expect(party.reason).toBe('The file is not valid: layer.agreements[0].parties[1]: "org:nowhere" is neither in the file, nor in your dataset, nor in the bundled one.');
    expect(party.field).toBe('layer.agreements[0].parties[1]');
    expect(refusal(withAgreement((a) => (a.signatories = [{ personId: 'person:nobody', onBehalfOf: 'org:nus' }]))).field).toBe('layer.agreements[0].signatories[0].personId');
    expect(refusal(withAgreement((a) => (a.evidence = [{ articleId: 'article:0000', quote: 'Lost.' }]))).field).toBe('layer.agreements[0].evidence[0].articleId');
    const role = refusal(
      editedFile((f) => {
        const person = f.layer.entities[0] as { roles: { orgId?: string }[] };
        person.roles = person.roles.map((r) => ({ ...r, orgId: 'org:gone' }));
      }),
    );
    expect(role.field).toBe('layer.entities[0].roles[0].orgId');
  });

  it("accepts references to the reader's own entries that the file does not carry", () => {
    const onlyAgreement = editedFile((f) => {
      f.layer.entities = [];
      f.layer.articles = [];
      f.layer.hidden = [];
    });
    expect(() => planImport(onlyAgreement, emptyLayer(), seedDataset)).toThrow(/"org:inria-nus-quantum-lab" is neither in the file/);
    const withMine = deepFreeze({ ...structuredClone(EMPTY_USER_LAYER), entities: structuredClone(readerLayer.entities), articles: structuredClone(readerLayer.articles) });
    expect(planImport(onlyAgreement, withMine, seedDataset).counts.new.agreements).toBe(1);
  });

  it.each([
    ['__proto__', '', 'the top level'],
    ['constructor', 'layer', 'layer'],
    ['prototype', 'layer.entities[0]', 'layer.entities[0]'],
  ])('refuses a "%s" key (at %s) before anything can spread it', (key, at, said) => {
    const file = JSON.parse(mineText) as Record<string, unknown>;
    const target = at === '' ? file : at === 'layer' ? (file.layer as Record<string, unknown>) : ((file.layer as LooseFile['layer']).entities[0] ?? {});
    Object.defineProperty(target, key, { value: { polluted: 'yes' }, enumerable: true, configurable: true, writable: true });
    const text = JSON.stringify(file);
    expect(text).toContain(`"${key}":{"polluted":"yes"}`);
    const error = refusal(text);
    expect(error.reason).toBe(`The file is not valid: ${said} has a key named "${key}", which Backstory refuses to protect your data.`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a forbidden key among mention counts too', () => {
    const text = mineText.replace('"org:inria": 2,', '"org:inria": 2, "__proto__": 3,');
    expect(refusal(text).field).toBe('layer.articles[0].mentions');
  });

  it('names the user article as the evidence that is missing when the file leaves it out', () => {
    const noArticle = editedFile((f) => {
      f.layer.articles = [];
    });
    expect(refusal(noArticle, emptyLayer()).reason).toContain(`"${USER_ARTICLE}" is neither in the file`);
  });
});
