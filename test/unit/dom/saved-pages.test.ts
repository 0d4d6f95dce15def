// @vitest-environment happy-dom
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../lib/dataset-schema';
import { DEFAULT_SETTINGS } from '../../../lib/default-settings';
import { collectBlocks } from '../../../lib/dom/collect-blocks';
import { enabledKinds } from '../../../lib/highlight-policy';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { createMatcher } from '../../../lib/match/create-matcher';
import { buildSeedDataset } from '../../../lib/seed/build-seed-dataset';
import { parseHtml } from '../extract/parse-page-fixture';
import { readSeeds } from '../seed/read-seeds';

/**
 * Saved news pages with the mentions a careful reader would accept, in document order, beside each
 * one (`<name>.expected.json`). Each page goes through what the content script does: text blocks
 * from the DOM layer, the real matcher built from the real seed dataset, the reader's default kinds.
 *
 * `UPDATE_FIXTURES=1 npx vitest run test/unit/dom/saved-pages.test.ts` rewrites the expected files
 * from what the matcher finds; read every change before committing it: an expected file says what
 * is right by DESIGN.md's "Precision before recall", not what the code happens to do. Where the
 * matcher is wrong (a false friend it still highlights), the expected file keeps the right answer and
 * the update shows the wrong mention coming back: reject that hunk.
 */

interface ExpectedMention {
  text: string;
  entity: string;
}

const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const pages = readdirSync(PAGES_DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

const { dataset } = buildSeedDataset(readSeeds());
const matcher = createMatcher(buildAliasIndex(dataset.entities, dataset.agreements));

function mentionsOn(name: string, kinds: ReadonlySet<EntityKind>): ExpectedMention[] {
  const document = parseHtml(readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'));
  const blocks = collectBlocks(document, { isOwnUi: () => false });
  const perBlock = matcher.resolve(
    blocks.map((block) => matcher.scan(block.text)),
    kinds,
  );
  return blocks.flatMap((block, b) =>
    perBlock[b]!.map((mention) => ({ text: block.text.slice(mention.start, mention.end), entity: matcher.entity(mention.entity).id })),
  );
}

function expectedFile(name: string): string {
  return join(PAGES_DIR, `${name}.expected.json`);
}

describe('saved pages: what the reader sees highlighted with the default settings', () => {
  it.each(pages)('%s', (name) => {
    const found = mentionsOn(name, enabledKinds(DEFAULT_SETTINGS));
    if (UPDATE) writeFileSync(expectedFile(name), `${JSON.stringify(found, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(expectedFile(name), 'utf8')) as ExpectedMention[];
    expect(found).toEqual(expected);
  });

  it('has the pages a regression suite needs, each with its expected mentions and nothing else', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const expectedFiles = readdirSync(PAGES_DIR).filter((file) => file.endsWith('.expected.json'));
    expect(expectedFiles.sort()).toEqual(pages.map((name) => `${name}.expected.json`));
  });

  it('countries on a page are found when the reader turns them on, and only then', () => {
    const name = 'countries-summit-report';
    const withCountries = mentionsOn(name, enabledKinds({ ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, country: true } }));
    const countries = withCountries.filter((mention) => mention.entity.startsWith('country:'));
    // Every way the page names a country, and not the "us" of "us-versus-them" nor "Americas".
    expect(countries.map((mention) => `${mention.text} → ${mention.entity}`)).toEqual([
      'France → country:fr', 'Singapore → country:sg', 'US → country:us',
      'Singapore → country:sg',
      'Singapore → country:sg', 'Republic of Singapore → country:sg', 'United States → country:us', 'U.S. → country:us', 'America → country:us',
      'France → country:fr', 'French Republic → country:fr', 'Singapore → country:sg', 'France → country:fr', 'US → country:us', 'Singapore → country:sg',
      'Russia → country:ru', 'Russian Federation → country:ru', 'Россия → country:ru',
      'United States of America → country:us',
      'Singapore → country:sg', 'United States → country:us', 'France → country:fr',
    ]);
    // The rest of the page reads the same either way.
    expect(withCountries.filter((mention) => !mention.entity.startsWith('country:'))).toEqual(
      mentionsOn(name, enabledKinds(DEFAULT_SETTINGS)),
    );
  });
});
