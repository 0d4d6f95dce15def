import { describe, expect, it } from 'vitest';
import { groupByKind, pageEntityGroups, pageEntityList, reportedEntityList, type ReportedNames } from '../../../lib/query/page-entities';
import { ARTICLE_IDS, fixtureDataset } from './fixture-dataset';

const counts = fixtureDataset.articles.find((article) => article.id === ARTICLE_IDS.JOINT_LAB)!.mentions;
/** What the background reports with the page: name and kind of each entity it knows. */
const names: ReportedNames = Object.fromEntries(fixtureDataset.entities.map((e) => [e.id, { name: e.name, kind: e.kind }]));

describe('the page entities from the names reported with the page', () => {
  it('are the list and groups the whole dataset gives', () => {
    expect(reportedEntityList(names, counts)).toEqual(pageEntityList(fixtureDataset, counts));
    expect(groupByKind(reportedEntityList(names, counts))).toEqual(pageEntityGroups(fixtureDataset, counts));
  });

  it('leave out what was not named (unknown to the dataset) and what the page no longer mentions', () => {
    const list = reportedEntityList({ 'org:cnrs': names['org:cnrs']! }, { 'org:cnrs': 2, 'org:gone': 3, 'person:chan-heng-kee': 1 });
    expect(list).toEqual([{ id: 'org:cnrs', name: names['org:cnrs']!.name, kind: 'org', mentions: 2 }]);
    expect(reportedEntityList(names, { 'org:cnrs': 0 })).toEqual([]);
  });

  it('are not fooled by ids that name properties of every object', () => {
    expect(reportedEntityList({}, { constructor: 1, __proto__: 1, toString: 2 } as Record<string, number>)).toEqual([]);
  });
});
