import { describe, expect, it } from 'vitest';
import { formatCuration, parseCuration } from '../../../lib/seed/curation-format';
import { checkCurationIntegrity } from '../../../lib/seed/check-curation-integrity';
import { CURATION_FILE, readSeeds } from './read-seeds';

// Dark Reader style: the curated data file is linted like code.
const text = readSeeds().curation.text;
const curation = parseCuration(text, CURATION_FILE);

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const sortedCopy = (values: readonly string[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** An acronym is written in capitals (dots and ampersands aside); its length is its letter count. */
function acronymLength(alias: string): number | undefined {
  if (!/^[\p{Lu}.&]+$/u.test(alias)) return undefined;
  return alias.replace(/[.&]/g, '').length;
}

describe('seeds/curation.json', () => {
  it('round-trips exactly through parse and format', () => {
    expect(formatCuration(curation)).toBe(text);
  });

  it.each(['articles', 'entities', 'agreements'] as const)('keeps %s sorted by id without duplicates', (key) => {
    const list = ids(curation[key]);
    expect(list).toEqual(sortedCopy(list));
    expect(new Set(list).size).toBe(list.length);
  });

  it('passes the integrity checks (references, duplicate aliases)', () => {
    expect(() => checkCurationIntegrity(curation, CURATION_FILE)).not.toThrow();
  });

  it('gives every entity a one-line description that says more than its name', () => {
    for (const entity of curation.entities) {
      expect(entity.description, entity.id).not.toMatch(/\n/);
      expect(entity.description.length, entity.id).toBeGreaterThan(entity.name.length);
    }
  });

  it('gives every agreement evidence from a seed', () => {
    for (const agreement of curation.agreements) expect(agreement.evidence.length, agreement.id).toBeGreaterThan(0);
  });

  it('marks every acronym of three letters or fewer weak', () => {
    const short = curation.entities.flatMap((entity) =>
      entity.aliases.filter((alias) => (acronymLength(alias.text) ?? Infinity) <= 3).map((alias) => ({ id: entity.id, ...alias })),
    );
    expect(short.length).toBeGreaterThan(5);
    for (const alias of short) expect(alias.strength, `${alias.id} "${alias.text}"`).toBe('weak');
  });

  it('names a one-word person alias only for a family name the matcher cannot derive (it takes the last word)', () => {
    for (const entity of curation.entities.filter((e) => e.kind === 'person')) {
      const lastWord = entity.name.trim().split(/\s+/).at(-1);
      for (const alias of entity.aliases.filter((a) => !/\s/.test(a.text.trim()))) {
        expect(alias.text, `${entity.id}: "${alias.text}" is the last word of the name`).not.toBe(lastWord);
        expect(entity.name.startsWith(`${alias.text} `), `${entity.id}: "${alias.text}" is not the family name leading the name`).toBe(true);
        expect(alias.strength, `${entity.id}: "${alias.text}"`).toBe('weak');
      }
    }
  });

  it('gives no strong name or alias to two entities', () => {
    const owner = new Map<string, string>();
    for (const entity of curation.entities) {
      const strong = [entity.name, ...entity.aliases.filter((a) => a.strength === 'strong').map((a) => a.text)];
      for (const name of new Set(strong.map((n) => n.toLowerCase()))) {
        expect(owner.get(name) ?? entity.id, `"${name}"`).toBe(entity.id);
        owner.set(name, entity.id);
      }
    }
  });

  it('uses ISO 3166-1 codes for country ids', () => {
    for (const entity of curation.entities.filter((e) => e.kind === 'country')) {
      expect(entity.id).toBe(`country:${entity.country}`);
    }
  });
});
