import { Dataset, type Entity } from '../../../lib/dataset-schema';

/**
 * A small dataset in the shape the seed build produces, modelled on the three stories in seeds/:
 * the France–Singapore defence AI joint lab, Franco-Russian digital ties and Singapore–US cooperation
 * on deepfakes. Quotes are verbatim from the seed texts. Parsed by the real schema so it cannot drift.
 */
const JOINT_LAB = 'article:ab959db86a84e8a3';
const FRANCO_RUSSIAN = 'article:f7b2a1f71644b363';
const DEEPFAKES = 'article:f34926f776e3fa80';
/** A later piece that mentions the joint lab's parties again, so ranking and counts have something to weigh. */
const FOLLOW_UP = 'article:c0ffee0000000001';

const entity = (fields: Omit<Entity, 'roles' | 'sources'> & Partial<Pick<Entity, 'roles' | 'sources'>>): Entity => ({
  roles: [],
  sources: [],
  ...fields,
});

export const fixtureDataset: Dataset = Dataset.parse({
  version: 1,
  entities: [
    entity({
      id: 'country:fr',
      kind: 'country',
      name: 'France',
      aliases: [{ text: 'France', strength: 'strong' }],
      description: 'Country in western Europe',
      country: 'fr',
    }),
    entity({
      id: 'country:sg',
      kind: 'country',
      name: 'Singapore',
      aliases: [{ text: 'Singapore', strength: 'strong' }],
      description: 'City-state in south-east Asia',
      country: 'sg',
    }),
    entity({
      id: 'country:ru',
      kind: 'country',
      name: 'Russia',
      aliases: [{ text: 'Russia', strength: 'strong' }],
      description: 'Country in eastern Europe and northern Asia',
      country: 'ru',
    }),
    entity({
      id: 'country:us',
      kind: 'country',
      name: 'United States',
      aliases: [
        { text: 'United States', strength: 'strong' },
        { text: 'US', strength: 'weak' },
      ],
      description: 'Country in North America',
      country: 'us',
    }),
    entity({
      id: 'org:mindef',
      kind: 'org',
      name: 'Ministry of Defence',
      aliases: [
        { text: 'MINDEF', strength: 'strong' },
        { text: 'Ministry of Defense', strength: 'strong' },
      ],
      description: "Singapore's defence ministry",
      country: 'sg',
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'org:moaf',
      kind: 'org',
      name: 'Ministry of the Armed Forces',
      aliases: [
        { text: 'MOAF', strength: 'strong' },
        { text: 'Ministère des Armées', strength: 'strong', lang: 'fr' },
      ],
      description: "France's defence ministry",
      country: 'fr',
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'org:dga',
      kind: 'org',
      name: 'Directorate General of Armaments',
      aliases: [
        { text: 'DGA', strength: 'weak' },
        { text: 'Direction générale de l’armement', strength: 'strong', lang: 'fr' },
      ],
      description: 'Defence procurement agency',
      country: 'fr',
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'org:cnrs',
      kind: 'org',
      name: 'French National Centre for Scientific Research',
      aliases: [
        { text: 'CNRS', strength: 'strong' },
        { text: 'Centre national de la recherche scientifique', strength: 'strong', lang: 'fr' },
      ],
      description: 'Public research organisation',
      country: 'fr',
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'org:temasek-labs-nus',
      kind: 'org',
      name: 'Temasek Laboratories @ National University of Singapore',
      aliases: [{ text: 'Temasek Laboratories', strength: 'strong' }],
      description: 'Defence research institute at the National University of Singapore',
      country: 'sg',
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'org:inria',
      kind: 'org',
      name: 'National Institute for Research in Digital Science and Technology',
      aliases: [
        { text: 'INRIA', strength: 'strong' },
        { text: 'National Institute for Digital Research and Technology', strength: 'strong' },
      ],
      description: 'Public research institute for digital science',
      country: 'fr',
      sources: [FRANCO_RUSSIAN],
    }),
    entity({
      id: 'org:program-systems-institute',
      kind: 'org',
      name: 'Program Systems Institute of the Russian Academy of Sciences',
      aliases: [{ text: 'Program Systems Institute', strength: 'strong' }],
      description: 'AI research centre of the Russian Academy of Sciences',
      country: 'ru',
      sources: [FRANCO_RUSSIAN],
    }),
    entity({
      id: 'org:skolkovo-foundation',
      kind: 'org',
      name: 'Skolkovo Foundation',
      aliases: [{ text: 'Skolkovo Foundation', strength: 'strong' }],
      description: 'State-backed innovation foundation running the Skolkovo technology cluster',
      country: 'ru',
      sources: [FRANCO_RUSSIAN],
    }),
    entity({
      id: 'org:french-tech',
      kind: 'org',
      name: 'French Tech',
      aliases: [{ text: 'French Tech', strength: 'strong' }],
      description: 'Start-up development body',
      country: 'fr',
      sources: [FRANCO_RUSSIAN],
    }),
    entity({
      id: 'person:chan-heng-kee',
      kind: 'person',
      name: 'Chan Heng Kee',
      aliases: [{ text: 'Chan Heng Kee', strength: 'strong' }],
      description: 'Singaporean civil servant',
      country: 'sg',
      roles: [
        {
          title: 'Permanent Secretary (Defence)',
          orgId: 'org:mindef',
          evidence: {
            articleId: JOINT_LAB,
            quote:
              'The agreement was signed on April 19 by Mr. Chan Heng Kee, MINDEF\'s Permanent Secretary (Defence), and Dr. Emmanuel Chiva, Chief Executive of the French Directorate General of Armaments.',
          },
        },
      ],
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'person:emmanuel-chiva',
      kind: 'person',
      name: 'Emmanuel Chiva',
      aliases: [{ text: 'Emmanuel Chiva', strength: 'strong' }],
      description: 'French defence official',
      country: 'fr',
      roles: [
        {
          title: 'Chief Executive',
          orgId: 'org:dga',
          evidence: {
            articleId: JOINT_LAB,
            quote:
              'The agreement was signed on April 19 by Mr. Chan Heng Kee, MINDEF\'s Permanent Secretary (Defence), and Dr. Emmanuel Chiva, Chief Executive of the French Directorate General of Armaments.',
          },
        },
      ],
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'person:antoine-petit',
      kind: 'person',
      name: 'Antoine Petit',
      aliases: [{ text: 'Antoine Petit', strength: 'strong' }],
      description: 'French research executive',
      country: 'fr',
      roles: [
        {
          title: 'Chairman and CEO',
          orgId: 'org:cnrs',
          evidence: {
            articleId: JOINT_LAB,
            quote:
              'The joint lab will make it possible to explore new research directions, in collaboration with Singaporean partners, focusing on AI topics that have a strong potential for defense applications," said Mr. Antoine Petit, Chairman and CEO of CNRS.',
          },
        },
      ],
      sources: [JOINT_LAB],
    }),
    entity({
      id: 'person:bruno-sportisse',
      kind: 'person',
      name: 'Bruno Sportisse',
      aliases: [{ text: 'Bruno Sportisse', strength: 'strong' }],
      description: 'French research executive',
      country: 'fr',
      roles: [
        {
          title: 'Chief executive',
          orgId: 'org:inria',
          evidence: {
            articleId: FRANCO_RUSSIAN,
            quote:
              'Set up in 2019 and co-chaired by Russian deputy economic development minister\u00a0Vladislav Fedoulov\u00a0and INRIA chief executive\u00a0Bruno Sportisse, the group aims to share good practice and bring together public bodies and companies in the digital field to come up with public-private development initatives.',
          },
        },
      ],
      sources: [FRANCO_RUSSIAN],
    }),
    entity({
      id: 'person:vivian-balakrishnan',
      kind: 'person',
      name: 'Vivian Balakrishnan',
      aliases: [
        { text: 'Vivian Balakrishnan', strength: 'strong' },
        { text: 'Balakrishnan', strength: 'weak' },
      ],
      description: 'Singaporean politician',
      country: 'sg',
      roles: [
        {
          title: 'Foreign Minister',
          evidence: {
            articleId: DEEPFAKES,
            quote:
              "In a significant move underscoring the enduring partnership between Singapore and the United States, Singapore's Foreign Minister Vivian Balakrishnan has expressed the nation’s commitment to collaborate closely with the US, particularly in the face of evolving technological challenges posed by deepfake technology.",
          },
        },
      ],
      sources: [DEEPFAKES],
    }),
  ],
  agreements: [
    {
      id: 'agreement:fr-sg-defence-ai-joint-lab',
      title: 'France–Singapore defence AI joint laboratory',
      type: 'joint-lab',
      parties: ['org:moaf', 'org:mindef'],
      signatories: [
        { personId: 'person:chan-heng-kee', onBehalfOf: 'org:mindef' },
        { personId: 'person:emmanuel-chiva', onBehalfOf: 'org:dga' },
      ],
      date: { text: 'April 19', value: '--04-19', precision: 'day' },
      status: 'signed',
      topics: ['artificial intelligence', 'cybersecurity'],
      summary: 'A joint research and development laboratory in Singapore to develop AI for cybersecurity and defence.',
      evidence: [
        {
          articleId: JOINT_LAB,
          quote:
            'The agreement was signed on April 19 by Mr. Chan Heng Kee, MINDEF\'s Permanent Secretary (Defence), and Dr. Emmanuel Chiva, Chief Executive of the French Directorate General of Armaments.',
        },
      ],
    },
    {
      id: 'agreement:cnrs-temasek-labs-joint-lab',
      title: 'CNRS and Temasek Laboratories lead the joint lab',
      type: 'partnership',
      parties: ['org:cnrs', 'org:temasek-labs-nus'],
      signatories: [],
      status: 'announced',
      topics: ['geospatial analysis', 'natural language processing', 'computer vision'],
      summary: 'CNRS and Temasek Laboratories @ NUS will lead the research of the France–Singapore joint lab.',
      evidence: [
        {
          articleId: JOINT_LAB,
          quote:
            'The French National Centre for Scientific Research (CNRS) and Temasek Laboratories @ National University of Singapore will lead the research lab, and the team will work on geospatial analysis, natural language processing, and computer vision to monitor image and video feeds for potential threats across varied environmental conditions.',
        },
      ],
    },
    {
      id: 'agreement:inria-program-systems-institute',
      title: 'INRIA – Program Systems Institute partnership',
      type: 'partnership',
      parties: ['org:inria', 'org:program-systems-institute'],
      signatories: [],
      date: { text: 'December 2021', value: '2021-12', precision: 'month', basis: "the article's date" },
      status: 'active',
      topics: ['artificial intelligence'],
      summary: 'A research partnership between INRIA and the Russian Academy of Sciences institute.',
      evidence: [
        {
          articleId: FRANCO_RUSSIAN,
          quote:
            "Despite France's reservations about Russia's ambitions, the institute has formed a partnership with the Program Systems Institute.",
        },
      ],
    },
    {
      id: 'agreement:fr-ru-digital-working-group',
      title: 'Franco-Russian working group on innovation and digital technology',
      type: 'working-group',
      parties: ['country:fr', 'country:ru'],
      signatories: [],
      date: { text: 'Set up in 2019', value: '2019', precision: 'year' },
      status: 'active',
      topics: ['digital technology', 'innovation'],
      summary: 'A bilateral working group co-chaired by INRIA and the Russian economic development ministry.',
      evidence: [
        {
          articleId: FRANCO_RUSSIAN,
          quote:
            'Set up in 2019 and co-chaired by Russian deputy economic development minister\u00a0Vladislav Fedoulov\u00a0and INRIA chief executive\u00a0Bruno Sportisse, the group aims to share good practice and bring together public bodies and companies in the digital field to come up with public-private development initatives.',
        },
      ],
    },
    {
      id: 'agreement:french-tech-skolkovo-working-group',
      title: 'French Tech and Skolkovo Foundation in the digital working group',
      type: 'membership',
      parties: ['org:french-tech', 'org:skolkovo-foundation'],
      signatories: [],
      status: 'active',
      topics: ['digital market regulation'],
      summary: 'French Tech and the Skolkovo Foundation sit on the Franco-Russian digital working group.',
      evidence: [
        {
          articleId: FRANCO_RUSSIAN,
          quote:
            'The group is composed of executives from French start-up development body\u00a0French Tech, which has a branch in Moscow headed by\u00a0Euryale Chatelard, head of the Russian subsidiary of French web host\u00a0Ecritel, and representatives of the\u00a0Skolkovo Foundation.',
        },
      ],
    },
    {
      id: 'agreement:sg-us-deepfake-cooperation',
      title: 'Singapore–US cooperation against deepfakes',
      type: 'statement-of-cooperation',
      parties: ['country:sg', 'country:us'],
      signatories: [],
      date: { text: 'February 1, 2025', value: '2025-02-01', precision: 'day' },
      status: 'announced',
      topics: ['deepfakes', 'cybersecurity', 'disinformation'],
      summary: 'Singapore and the United States will intensify cooperation against deepfakes and disinformation.',
      evidence: [
        {
          articleId: DEEPFAKES,
          quote:
            'During a press conference held on February 1, 2025, Balakrishnan underscored the importance of bolstering cooperation to address issues related to cybersecurity and disinformation, which have emerged as prominent concerns globally.',
        },
      ],
    },
  ],
  articles: [
    {
      id: JOINT_LAB,
      title: 'France and Singapore to develop AI capabilities for cybersecurity',
      url: 'https://news.example.com/2024/04/france-singapore-ai-joint-lab',
      site: 'Example Tech News',
      addedAt: '2025-03-01T10:00:00.000Z',
      origin: 'seed',
      missing: ['author', 'date'],
      mentions: {
        'org:moaf': 1,
        'org:mindef': 4,
        'org:dga': 1,
        'org:cnrs': 4,
        'org:temasek-labs-nus': 1,
        'person:chan-heng-kee': 2,
        'person:emmanuel-chiva': 1,
        'person:antoine-petit': 1,
        'country:fr': 5,
        'country:sg': 6,
      },
      text: 'France\'s Ministry of the Armed Forces (MOAF) and Singapore\'s Ministry of Defense (MINDEF) will partner to develop AI capabilities that can be used in cybersecurity solutions.',
    },
    {
      id: FRANCO_RUSSIAN,
      title: 'Russia makes a fresh attempt to get France to help it develop its AI research capacity',
      site: 'The Reference',
      publishedAt: { text: 'Thursday 09/December/2021', value: '2021-12-09', precision: 'day' },
      addedAt: '2025-03-01T10:00:00.000Z',
      origin: 'seed',
      missing: ['author', 'url'],
      mentions: {
        'org:inria': 3,
        'org:program-systems-institute': 2,
        'org:skolkovo-foundation': 3,
        'org:french-tech': 2,
        'person:bruno-sportisse': 1,
        'country:fr': 4,
        'country:ru': 6,
      },
      text: 'As it looks to catch up with and, if possible, overtake its competitors in the artificial intelligence (AI) field, Moscow has launched a no-expenses-spared drive to improve its research and innovation capacities.',
    },
    {
      id: DEEPFAKES,
      title: 'Singapore Reaffirms Strong Ties with the US Amid Deepfake Security Concerns',
      url: 'https://example.org/singapore-us-deepfakes',
      site: 'Example World',
      author: 'Liam Carter',
      publishedAt: { text: 'February 2025', value: '2025-02', precision: 'month' },
      addedAt: '2025-03-01T10:00:00.000Z',
      origin: 'seed',
      missing: [],
      mentions: { 'person:vivian-balakrishnan': 8, 'country:sg': 12, 'country:us': 9 },
      text: 'In a significant move underscoring the enduring partnership between Singapore and the United States, Singapore\'s Foreign Minister Vivian Balakrishnan has expressed the nation’s commitment to collaborate closely with the US.',
    },
    {
      id: FOLLOW_UP,
      title: 'Singapore defence lab opens with French researchers',
      url: 'https://example.net/defence-lab-opens',
      site: 'Example Defence Weekly',
      publishedAt: { text: '3 March 2025', value: '2025-03-03', precision: 'day' },
      addedAt: '2025-03-04T08:00:00.000Z',
      origin: 'user',
      missing: ['author'],
      mentions: { 'org:mindef': 2, 'org:cnrs': 1, 'country:sg': 3, 'country:fr': 2 },
      text: 'The joint laboratory of MINDEF and CNRS opened in Singapore.',
    },
  ],
});

export const ARTICLE_IDS = { JOINT_LAB, FRANCO_RUSSIAN, DEEPFAKES, FOLLOW_UP } as const;
