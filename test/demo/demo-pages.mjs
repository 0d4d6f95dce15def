import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Demo news pages made from the seed articles: verbatim text, a masthead, a headline, a byline and
 * date where the seed gives them, and some inline markup around names (so a name split over
 * elements is exercised). Every piece of text is escaped: the pages show it as text.
 */
const SEED_DIR = resolve(import.meta.dirname, '../../seeds');

export function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Wraps the first occurrence of each phrase in inline markup, splitting one across two elements. */
function decorate(paragraph) {
  let html = escapeHtml(paragraph);
  const markups = [
    ['CNRS', (t) => `<a href="#cnrs">${t}</a>`],
    ['Skolkovo Foundation', (t) => `<b>Skolkovo</b> <i>Foundation</i>`.replace('Skolkovo', t.split(' ')[0]).replace('Foundation', t.split(' ')[1])],
    ['Vivian Balakrishnan', (t) => `<strong>${t}</strong>`],
  ];
  for (const [phrase, wrap] of markups) {
    const at = html.indexOf(phrase);
    if (at >= 0) html = html.slice(0, at) + wrap(phrase) + html.slice(at + phrase.length);
  }
  return html;
}

/**
 * Where a seed paragraph goes on a news page. The text is never changed, only its element: seed
 * files are scraped pages, so they carry their page furniture (source line, ad slots, date, print
 * link, subheads, hashtags) as lines of their own.
 */
function blockFor(paragraph, meta) {
  const text = escapeHtml(paragraph);
  if (/^(ad)( +(ad|a|b))*$/.test(paragraph)) return `<aside class="ad" aria-label="Advertisement">${text}</aside>`;
  if (paragraph === meta.site || paragraph === meta.publishedAt?.text || /^(Author|Issued by)\b/.test(paragraph)) return `<p class="meta">${text}</p>`;
  if (!/[A-Za-z]/.test(paragraph)) return `<p class="meta" dir="auto">${text}</p>`;
  if (/^(#\w+\s*)+$/.test(paragraph)) return `<p class="tags">${text}</p>`;
  if (paragraph.length < 90 && !/[.!?:"”)]$/.test(paragraph)) return `<h2>${decorate(paragraph)}</h2>`;
  return `<p>${decorate(paragraph)}</p>`;
}

function seedFiles() {
  return readdirSync(SEED_DIR).filter((name) => name.endsWith('.txt')).sort();
}

function curation() {
  return JSON.parse(readFileSync(join(SEED_DIR, 'curation.json'), 'utf8'));
}

/** @returns {{ path: string, title: string, html: string }[]} */
export function demoPages() {
  const { articles } = curation();
  return seedFiles().map((file, i) => {
    const meta = articles.find((a) => a.file === file) ?? {};
    const text = readFileSync(join(SEED_DIR, file), 'utf8');
    const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
    // The headline is shown once; a seed that repeats it or has none keeps its text as it is.
    const body = paragraphs.filter((p) => p !== meta.title);
    const byline = [meta.author ? `By ${escapeHtml(meta.author)}` : '', meta.publishedAt ? escapeHtml(meta.publishedAt.text) : ''].filter(Boolean).join(' · ');
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title ?? `Demo article ${i + 1}`)}</title>
<style>
  :root { color-scheme: light dark; }
  body { font: 19px/1.65 Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 0 auto; padding: 1.5rem; }
  header.masthead { font: 600 0.8rem/1 system-ui, sans-serif; letter-spacing: 0.2em; text-transform: uppercase; border-bottom: 3px double currentColor; padding-bottom: 0.6rem; margin-bottom: 1.5rem; }
  h1 { font-size: 2rem; line-height: 1.2; }
  .byline, .meta, .tags { font: 0.85rem system-ui, sans-serif; opacity: 0.75; }
  h2 { font: 700 1.15rem/1.3 system-ui, sans-serif; margin-top: 2rem; }
  .ad { font: 0.7rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.1em; text-align: center; padding: 1.2rem; margin: 1rem 0; border: 1px dashed; opacity: 0.5; }
  @media (prefers-color-scheme: dark) { body { background: #16181d; color: #e6e6e6; } a { color: #8fb8ff; } }
</style>
</head>
<body>
<header class="masthead">${escapeHtml(meta.site ?? 'The Demo Courier')}</header>
<article>
<h1>${escapeHtml(meta.title ?? `Demo article ${i + 1}`)}</h1>
${byline ? `<p class="byline">${byline}</p>` : ''}
${body.map((p) => blockFor(p, meta)).join('\n')}
</article>
</body>
</html>`;
    return { path: `/demo/${i + 1}.html`, title: meta.title ?? `Demo article ${i + 1}`, html };
  });
}

export function demoIndex(pages) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backstory demo</title></head><body><h1>Backstory demo pages</h1><ul>${pages
    .map((p) => `<li><a href="${p.path}">${escapeHtml(p.title)}</a></li>`)
    .join('')}</ul></body></html>`;
}
