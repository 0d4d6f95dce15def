/**
 * The pages of the add-page journeys (Chromium and Firefox): a news story the seed dataset does not
 * have, and later coverage that names what it adds.
 */

/** A news story the seed dataset does not have: a new institute (with its acronym), its director, CNRS, and their agreement. */
export const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Baltic quantum institute and CNRS to open joint sensing lab | Northern Science Wire</title>
<meta property="og:site_name" content="Northern Science Wire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Baltic quantum institute and CNRS to open joint sensing lab","datePublished":"2026-05-14T08:30:00Z","author":{"@type":"Person","name":"Liisa Tamm"},"publisher":{"@type":"Organization","name":"Northern Science Wire"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/science">Science</a></nav>
<article>
<h1>Baltic quantum institute and CNRS to open joint sensing lab</h1>
<p class="byline">By Liisa Tamm · 14 May 2026</p>
<p>The Baltic Institute for Quantum Sensing (BIQS) and the French National Centre for Scientific Research (CNRS) signed a memorandum of understanding on 12 May 2026 to set up a joint laboratory for quantum magnetometry in Tallinn.</p>
<p>The memorandum was signed in Paris by Dr. Ingrid Kask, Director of the Baltic Institute for Quantum Sensing, and Antoine Petit, Chairman and CEO of CNRS. Under the agreement, the two institutions will exchange doctoral students, share cryogenic equipment and hold a yearly workshop alternating between Tallinn and Grenoble.</p>
<p>"Quantum sensors will change how we map the seabed and monitor power grids. Working with French colleagues lets us build instruments neither of us could build alone," said Ingrid Kask.</p>
<p>BIQS was founded in 2019 and employs about 120 researchers. Its first joint projects with French laboratories are expected to start next year, with funding from both governments and from industry partners in the region.</p>
</article>
<footer>© Northern Science Wire</footer>
</body></html>`;

/** Later coverage that names the new institute and its director, and nothing the seed knows. */
export const FOLLOW_UP = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tallinn's quantum lab hires its first team | Baltic Tech Daily</title></head><body>
<article>
<h1>Tallinn's quantum lab hires its first team</h1>
<p>The Baltic Institute for Quantum Sensing has hired twelve engineers for its new magnetometry laboratory.</p>
<p>Ingrid Kask told reporters that the first instruments would be tested on ships in the Gulf of Finland next spring.</p>
</article>
</body></html>`;

export const TITLE = 'Baltic quantum institute and CNRS to open joint sensing lab';
export const NEW_ORG = 'Baltic Institute for Quantum Sensing';
export const NEW_PERSON = 'Ingrid Kask';
