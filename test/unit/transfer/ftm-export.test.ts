import { describe, expect, it } from 'vitest';
import { DATASET_VERSION, Dataset } from '../../../lib/dataset-schema';
import { mergeDataset } from '../../../lib/merge-dataset';
import { toFollowTheMoney, type FtmEntity } from '../../../lib/transfer/ftm-export';
import { ftmId } from '../../../lib/transfer/ftm-id';
import { deepFreeze, readerLayer, seedDataset, seedEntity, USER_ARTICLE } from './transfer-fixtures';

deepFreeze(seedDataset);
deepFreeze(readerLayer);

/**
 * The properties each schema we emit accepts, with those it inherits, as in
 * alephdata/followthemoney `followthemoney/schema/*.yaml`; `true` marks entity references.
 */
const THING = ['name', 'summary', 'description', 'country', 'alias', 'previousName', 'weakAlias', 'sourceUrl', 'publisher', 'publisherUrl', 'keywords', 'topics', 'notes', 'createdAt', 'modifiedAt', 'retrievedAt'];
const LEGAL_ENTITY = [...THING, 'email', 'phone', 'website', 'legalForm', 'status', 'sector', 'classification', 'jurisdiction', 'mainCountry'];
const INTERVAL = ['startDate', 'endDate', 'date', 'summary', 'description', 'recordId', 'sourceUrl', 'publisher', 'publisherUrl', 'modifiedAt', 'retrievedAt'];
const INTEREST = [...INTERVAL, 'role', 'status'];
const DOCUMENT = [...THING, 'title', 'author', 'generator', 'fileName', 'bodyText', 'mimeType', 'language', 'date', 'authoredAt', 'publishedAt'];
const SCHEMATA: Record<string, { plain: string[]; references: string[] }> = {
  Organization: { plain: LEGAL_ENTITY, references: ['proof'] },
  PublicBody: { plain: LEGAL_ENTITY, references: ['proof'] },
  Person: { plain: [...LEGAL_ENTITY, 'title', 'firstName', 'lastName', 'position', 'nationality', 'citizenship'], references: ['proof'] },
  Article: { plain: DOCUMENT, references: ['proof'] },
  Project: { plain: [...INTERVAL, ...THING, 'projectId', 'status', 'phase', 'goal'], references: ['proof'] },
  ProjectParticipant: { plain: INTEREST, references: ['project', 'participant'] },
  Representation: { plain: INTEREST, references: ['agent', 'client'] },
  Membership: { plain: INTEREST, references: ['member', 'organization'] },
  Documentation: { plain: INTEREST, references: ['document', 'entity'] },
};
/** Which schemata each reference may point at (the property's `range`, with its descendants). */
const LEGAL = ['Organization', 'PublicBody', 'Person'];
const RANGES: Record<string, string[]> = {
  proof: ['Article'],
  project: ['Project'],
  participant: LEGAL,
  agent: LEGAL,
  client: LEGAL,
  member: LEGAL,
  organization: ['Organization', 'PublicBody'],
  document: ['Article'],
  entity: [...LEGAL, 'Project', 'Article'],
};
/** followthemoney/types/entity.py and util.ENTITY_ID_LEN. */
const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const FTM_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

const dataset = mergeDataset(seedDataset, readerLayer);
const text = toFollowTheMoney(dataset);
const lines = text.trimEnd().split('\n');
const entities = lines.map((line) => JSON.parse(line) as FtmEntity);
const byId = new Map(entities.map((entity) => [entity.id, entity]));
const get = (id: string): FtmEntity => {
  const entity = byId.get(id);
  if (!entity) throw new Error(`no FtM entity ${id}`);
  return entity;
};
const linksOf = (schema: string, property: string, id: string) => entities.filter((e) => e.schema === schema && e.properties[property]?.includes(id));

describe('toFollowTheMoney', () => {
  it('writes one FtM entity per line, ending with a newline, the same every time', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(toFollowTheMoney(dataset)).toBe(text);
    for (const line of lines) {
      const entity = JSON.parse(line) as unknown;
      expect(Object.keys(entity as object).sort()).toEqual(['id', 'properties', 'schema']);
    }
  });

  it('uses only the schemata and properties FollowTheMoney defines, every value an array of strings', () => {
    for (const entity of entities) {
      const schema = SCHEMATA[entity.schema];
      expect(schema, entity.schema).toBeDefined();
      for (const [name, values] of Object.entries(entity.properties)) {
        expect([...(schema?.plain ?? []), ...(schema?.references ?? [])], `${entity.schema}.${name}`).toContain(name);
        expect(Array.isArray(values) && values.length > 0).toBe(true);
        for (const value of values) expect(typeof value === 'string' && value.trim() !== '', `${entity.id} ${name}`).toBe(true);
      }
    }
  });

  it('gives stable, prefixed, valid and unique ids', () => {
    expect(byId.size).toBe(entities.length);
    for (const entity of entities) {
      expect(entity.id).toMatch(FTM_ID);
      expect(entity.id.startsWith('backstory-')).toBe(true);
      expect(entity.id.length).toBeLessThanOrEqual(200);
    }
    expect(get('backstory-org-cnrs').properties.name).toEqual(['French National Centre for Scientific Research']);
  });

  it('only references entities in the export, of a schema the property allows', () => {
    for (const entity of entities) {
      for (const property of SCHEMATA[entity.schema]?.references ?? []) {
        for (const target of entity.properties[property] ?? []) {
          expect(RANGES[property], `${entity.id} ${property} → ${target}`).toContain(byId.get(target)?.schema);
        }
      }
    }
  });

  it('gives dates only in a form FtM reads', () => {
    for (const entity of entities) {
      for (const property of ['date', 'startDate', 'publishedAt', 'retrievedAt']) {
        for (const value of entity.properties[property] ?? []) expect(value).toMatch(FTM_DATE);
      }
    }
  });

  it('makes ministries and governments public bodies, other organisations organisations', () => {
    expect(get('backstory-org-mindef').schema).toBe('PublicBody');
    expect(get('backstory-org-moaf').schema).toBe('PublicBody');
    expect(get('backstory-org-russian-government').schema).toBe('PublicBody');
    expect(get('backstory-org-dga').schema).toBe('PublicBody');
    expect(get('backstory-org-cnrs').schema).toBe('Organization');
    expect(get('backstory-org-openai').schema).toBe('Organization');
    expect(get('backstory-org-cnrs').properties.country).toEqual(['fr']);
  });

  it('keeps aliases by strength and points entities at the articles that mention them', () => {
    const lab = get('backstory-org-inria-nus-quantum-lab');
    expect(lab.properties.weakAlias).toEqual(['the quantum lab']);
    expect(lab.properties.proof).toEqual([ftmId(USER_ARTICLE)]);
    expect(get('backstory-org-inria').properties.alias).toContain('INRIA');
  });

  it('makes people persons with their positions and memberships, each with its evidence', () => {
    const chan = get('backstory-person-chan-heng-kee');
    expect(chan.schema).toBe('Person');
    expect(chan.properties.country).toEqual(['sg']);
    expect(chan.properties.position).toEqual(['Permanent Secretary (Defence), Singapore Ministry of Defence']);
    const [membership] = linksOf('Membership', 'member', chan.id);
    expect(membership?.properties.organization).toEqual(['backstory-org-mindef']);
    expect(membership?.properties.role).toEqual(['Permanent Secretary (Defence)']);
    expect(membership?.properties.description?.[0]).toContain(seedEntity('person:chan-heng-kee').roles[0]?.evidence.quote);
  });

  it('documents a role without an organisation from its source article', () => {
    const chernyshenko = seedEntity('person:dmitry-chernyshenko');
    const index = chernyshenko.roles.findIndex((role) => role.orgId === undefined);
    const documentation = get(ftmId(chernyshenko.id, 'role', String(index)));
    expect(documentation.schema).toBe('Documentation');
    expect(documentation.properties.entity).toEqual([ftmId(chernyshenko.id)]);
    expect(documentation.properties.summary).toEqual([chernyshenko.roles[index]?.evidence.quote]);
  });

  it('exports countries as codes, and as public bodies only where they act as a state', () => {
    const france = get('backstory-country-fr');
    expect(france).toMatchObject({ schema: 'PublicBody', properties: { name: ['France'], country: ['fr'] } });
    const quiet = Dataset.parse({ version: DATASET_VERSION, entities: [seedEntity('country:fr'), seedEntity('org:cnrs')], agreements: [], articles: [] });
    const ids = toFollowTheMoney(quiet).trimEnd().split('\n').map((line) => (JSON.parse(line) as FtmEntity).id);
    expect(ids).toEqual(['backstory-org-cnrs']);
  });

  it('makes an agreement a project with its parties, signatories and evidence', () => {
    const project = get('backstory-agreement-fr-sg-ai-joint-lab');
    expect(project.schema).toBe('Project');
    expect(project.properties.status).toEqual(['signed']);
    expect(project.properties.keywords).toEqual(['agreement', 'artificial intelligence', 'cybersecurity', 'defence research']);
    // "April 19" has no year: FtM cannot read it as a date, so it is said in words.
    expect(project.properties.date).toBeUndefined();
    expect(project.properties.description?.[0]).toMatch(/^Agreement, signed, dated "April 19" in the source\.\n"France's Ministry of the Armed Forces \(MOAF\)/);
    const parties = linksOf('ProjectParticipant', 'project', project.id).filter((link) => link.properties.role?.[0] === 'party');
    expect(parties.map((link) => link.properties.participant?.[0]).sort()).toEqual(
      ['backstory-country-fr', 'backstory-country-sg', 'backstory-org-dga', 'backstory-org-mindef', 'backstory-org-moaf'],
    );
    const signed = linksOf('Representation', 'agent', 'backstory-person-chan-heng-kee');
    expect(signed).toEqual([
      expect.objectContaining({
        id: 'backstory-agreement-fr-sg-ai-joint-lab--signatory--person-chan-heng-kee--org-mindef',
        properties: expect.objectContaining({ client: ['backstory-org-mindef'], role: ['signatory of "France–Singapore agreement to set up a Joint R&D Laboratory for defence AI"'] }),
      }),
    ]);
    expect(linksOf('ProjectParticipant', 'participant', 'backstory-person-chan-heng-kee')[0]?.properties.role).toEqual(['signatory on behalf of Singapore Ministry of Defence']);
    const documentation = linksOf('Documentation', 'entity', project.id);
    expect(documentation.map((d) => d.properties.summary?.[0])).toEqual(seedDataset.agreements.find((a) => a.id === 'agreement:fr-sg-ai-joint-lab')?.evidence.map((e) => e.quote));
    expect(documentation[0]?.properties.document).toEqual(['backstory-article-ab959db86a84e8a3']);
  });

  it('carries the evidence on every link, and the source URL where the article has one', () => {
    for (const link of entities.filter((e) => ['ProjectParticipant', 'Representation', 'Membership'].includes(e.schema))) {
      expect(link.properties.description?.join('\n'), link.id).toMatch(/^"[^"]+"/m);
    }
    const quantum = linksOf('ProjectParticipant', 'project', 'backstory-agreement-inria-nus-quantum-lab');
    expect(quantum.length).toBe(4);
    for (const link of quantum) {
      expect(link.properties.sourceUrl).toEqual(['https://news.example.org/2026/11/inria-nus-quantum-lab']);
      expect(link.properties.date).toEqual(['2026-11-17']);
    }
  });

  it('makes articles FtM articles with their metadata and text', () => {
    expect(get('backstory-article-f7b2a1f71644b363').properties).toMatchObject({ publisher: ['The Reference'], publishedAt: ['2021-12-09'] });
    expect(get('backstory-article-f34926f776e3fa80').properties.author).toEqual(['Liam Carter']);
    expect(get(ftmId(USER_ARTICLE))).toMatchObject({
      schema: 'Article',
      properties: {
        title: ['Inria and NUS open a joint quantum computing lab in Singapore'],
        sourceUrl: ['https://news.example.org/2026/11/inria-nus-quantum-lab'],
        retrievedAt: ['2026-11-20T09:30:00'],
        bodyText: [readerLayer.articles[0]?.text],
      },
    });
  });

  it('leaves out links to entities the dataset does not hold', () => {
    const partial = Dataset.parse({ ...dataset, entities: dataset.entities.filter((e) => e.id !== 'org:mindef') });
    const out = toFollowTheMoney(partial);
    expect(out).not.toContain('"backstory-org-mindef"');
    expect(out).toContain('"backstory-agreement-fr-sg-ai-joint-lab--party--org-dga"');
  });
});

describe('ftmId', () => {
  it('keeps an overlong id valid, within 200 characters and distinct', () => {
    const long = `agreement:${'a-'.repeat(120)}b`;
    const first = ftmId(long, 'party', 'org:x');
    const second = ftmId(long, 'party', 'org:y');
    expect(first.length).toBeLessThanOrEqual(200);
    expect(first).toMatch(FTM_ID);
    expect(first).not.toBe(second);
  });
});
