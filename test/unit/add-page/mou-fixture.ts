import { Dataset } from '../../../lib/dataset-schema';
import type { ExtractedArticle } from '../../../lib/extract/extract-article';
import type { ExtractionResult } from '../../../lib/extract/extract-candidates';

/**
 * A made-up news story: two research bodies sign a memorandum of understanding. The Nordic
 * institute is already in the dataset; the Azores centre, its president and a Tromsø office are new,
 * and the office looks like a known one spelled without the "ø".
 */

export const MOU_URL = 'https://news.example.org/ocean/nimr-azores-mou?utm_source=feed';

const SENTENCES = {
  mou: 'The Nordic Institute for Marine Robotics (NIMR) and the Azores Centre for Ocean Data signed a memorandum of understanding on 4 March 2025 to share autonomous glider data.',
  signing: 'The agreement was signed in Ponta Delgada by Erik Solberg, Director of NIMR, and Ana Ferreira, President of the Azores Centre for Ocean Data.',
  quote: '"Open data from the deep Atlantic helps every coastal state," said Ana Ferreira.',
  archive: 'The Tromsø Polar Data Office will host the shared archive.',
  gliders:
    'Under the memorandum, both bodies will publish glider temperature and salinity profiles within a week of collection, and will train technicians from smaller island observatories in how to operate the vehicles.',
};

export const MOU_TEXT = [`${SENTENCES.mou} ${SENTENCES.signing}`, SENTENCES.quote, `${SENTENCES.archive} ${SENTENCES.gliders}`].join('\n\n');

/** The same story as a page, with the kind of hostile markup a reader may meet. */
export const MOU_HTML = `<!doctype html>
<html lang="en"><head>
<title>Ocean researchers sign data-sharing MoU | Harbour Science News</title>
<meta property="og:title" content="Nordic and Azorean ocean researchers sign data-sharing MoU">
<meta property="og:site_name" content="Harbour Science News">
<meta name="author" content="Marta Lindqvist">
<meta property="article:published_time" content="2025-03-05T09:00:00Z">
<script>window.stolen = document.cookie</script>
</head><body>
<nav><a href="/">Home</a> <a href="/ocean">Ocean</a></nav>
<article>
<h1>Nordic and Azorean ocean researchers sign data-sharing MoU</h1>
<p>${SENTENCES.mou} ${SENTENCES.signing}</p>
<p>${SENTENCES.quote}</p>
<p>${SENTENCES.archive} ${SENTENCES.gliders}</p>
<p><a href="/ocean/gliders">More on gliders</a></p>
</article>
<footer>© Harbour Science News</footer>
</body></html>`;

export const MOU_ARTICLE: ExtractedArticle = {
  title: 'Nordic and Azorean ocean researchers sign data-sharing MoU',
  url: MOU_URL,
  site: 'Harbour Science News',
  author: 'Marta Lindqvist',
  publishedAt: { text: '5 March 2025', value: '2025-03-05', precision: 'day' },
  text: MOU_TEXT,
  missing: [],
};

export const KEYS = {
  nimr: 'org:nordic-institute-for-marine-robotics',
  azores: 'org:azores-centre-for-ocean-data',
  ferreira: 'person:ana-ferreira',
  tromso: 'org:tromsø-polar-data-office',
  mou: 'agreement:nimr-azores-centre-for-ocean-data-memorandum-of-understanding',
} as const;

/** What extraction proposes for the story against MOU_DATASET (shaped like extractCandidates' output). */
export const MOU_EXTRACTION: ExtractionResult = {
  entities: [
    {
      key: KEYS.nimr,
      kind: 'org',
      name: 'Nordic Institute for Marine Robotics',
      aliases: [{ text: 'NIMR', strength: 'strong' }],
      evidence: SENTENCES.mou,
      knownEntityId: 'org:nimr',
      mergeSuggestions: [],
    },
    {
      key: KEYS.azores,
      kind: 'org',
      name: 'Azores Centre for Ocean Data',
      aliases: [],
      evidence: SENTENCES.mou,
      mergeSuggestions: [],
    },
    {
      key: KEYS.ferreira,
      kind: 'person',
      name: 'Ana Ferreira',
      aliases: [{ text: 'Ferreira', strength: 'weak' }],
      description: 'President of the Azores Centre for Ocean Data',
      role: { title: 'President', orgName: 'Azores Centre for Ocean Data' },
      evidence: SENTENCES.signing,
      mergeSuggestions: [],
    },
    {
      key: KEYS.tromso,
      kind: 'org',
      name: 'Tromsø Polar Data Office',
      aliases: [],
      evidence: SENTENCES.archive,
      mergeSuggestions: [{ entityId: 'org:tromso-polar-data-office', score: 0.88 }],
    },
  ],
  agreements: [
    {
      key: KEYS.mou,
      title: 'NIMR–Azores Centre for Ocean Data memorandum of understanding',
      type: 'memorandum',
      parties: [
        { name: 'Nordic Institute for Marine Robotics', candidateKey: KEYS.nimr },
        { name: 'Azores Centre for Ocean Data', candidateKey: KEYS.azores },
      ],
      signatories: [{ name: 'Ana Ferreira', onBehalfOf: 'Azores Centre for Ocean Data' }],
      date: { text: '4 March 2025', value: '2025-03-04', precision: 'day' },
      evidence: SENTENCES.mou,
    },
  ],
};

export const MOU_DATASET: Dataset = Dataset.parse({
  version: 1,
  entities: [
    {
      id: 'org:nimr',
      kind: 'org',
      name: 'Nordic Institute for Marine Robotics',
      aliases: [{ text: 'NIMR', strength: 'strong' }],
      description: 'Norwegian research institute for underwater robotics',
      country: 'no',
      sources: ['article:0000000000000001'],
    },
    {
      id: 'org:tromso-polar-data-office',
      kind: 'org',
      name: 'Tromso Polar Data Office',
      aliases: [],
      description: 'Archive for Arctic research data',
      sources: ['article:0000000000000001'],
    },
  ],
  agreements: [],
  articles: [
    {
      id: 'article:0000000000000001',
      title: 'Arctic data archive opens in Tromsø',
      url: 'https://news.example.org/arctic/archive',
      site: 'Harbour Science News',
      addedAt: '2024-11-02T10:00:00.000Z',
      origin: 'user',
      mentions: { 'org:nimr': 2, 'org:tromso-polar-data-office': 3 },
      text: 'The Tromso Polar Data Office opened with support from NIMR.',
    },
  ],
});
