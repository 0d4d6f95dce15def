import type { Entity } from '../../lib/dataset-schema';
import { createRandom } from '../../lib/seeded-random';

/**
 * Generated news pages for the bench: a site header and navigation, then stories one after another
 * (like a live blog or an infinite-scroll front page) until the page holds `chars` characters of
 * text, then a footer. Each story has a cast of entities from the dataset, named in full first and
 * by surname, acronym or short form afterwards, at about one name per 200 characters, inside
 * paragraphs with inline links, bold and italics, quotes, captions and related-story lists.
 */

export interface NewsPageOptions {
  entities: readonly Entity[];
  chars: number;
  seed: number;
  /** Extra tags for <head> (bench scripts). */
  head?: string;
}

const FILLER = [
  'Officials said the talks had been cordial but that several questions remained open.',
  'The announcement comes after months of negotiations that were largely conducted behind closed doors.',
  'Analysts expect the first results to be published before the end of the year.',
  'Critics argue that the timetable is too ambitious given the current budget constraints.',
  'The programme will be reviewed by an independent panel in two years.',
  'Funding for the first phase has already been approved by parliament.',
  'Neither side disclosed the financial terms of the arrangement.',
  'Similar initiatives in the region have had mixed results, according to a recent report.',
  'The decision was welcomed by industry groups, although unions voiced concerns about jobs.',
  'Researchers involved in the project say the data will be shared openly where possible.',
  'A spokesperson declined to comment on the details of the discussions.',
  'The move is widely seen as part of a broader push to diversify partnerships.',
  'Observers note that cooperation in this field has expanded rapidly over the past decade.',
  'The initial agreement runs for five years and can be renewed by mutual consent.',
  'Several working groups will meet every quarter to monitor progress.',
  'Questions about export controls and data security were raised during the session.',
  'The ministry said it would publish a detailed roadmap in the coming weeks.',
  'It is the third such arrangement signed this year.',
];

const WITH_ONE = [
  '{A} said on Tuesday that the partnership would focus on {T}.',
  'According to {A}, the first joint projects could begin as early as {M}.',
  'The plan was first proposed by {A} during a conference in {P} last year.',
  'In a statement, {A} described the agreement as "a milestone for {T}".',
  '{A} will contribute staff and equipment to the new facility in {P}.',
  'The initiative, led by {A}, brings together about {N} researchers.',
  'Speaking to reporters, {A} stressed that the work would remain civilian.',
  'Earlier this month {A} hosted a delegation to discuss {T}.',
  'The report by {A} recommends tighter oversight of {T}.',
  'Funding of {N} million euros was confirmed by {A} on Monday.',
];

const WITH_TWO = [
  '{A} and {B} signed a memorandum of understanding on {T} in {P}.',
  'The joint laboratory will be run by {A} with support from {B}.',
  '{A} has worked closely with {B} since {Y}, according to people familiar with the matter.',
  'Representatives of {A} met {B} on the sidelines of the summit in {P}.',
  'Under the deal, {B} will host researchers from {A} for up to {N} months.',
  '{A} told the committee that {B} had been "a reliable partner" on {T}.',
];

const TOPICS = ['artificial intelligence', 'cyber defence', 'deepfake detection', 'quantum sensing', 'maritime security', 'climate data', 'semiconductor supply', 'public health', 'space launch services', 'digital identity'];
const PLACES = ['Paris', 'Singapore', 'Geneva', 'Brussels', 'Washington', 'Tokyo', 'Nairobi', 'Oslo', 'Lisbon', 'Seoul'];
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'October', 'November'];
const REPORTERS = ['Jane Doe', 'Rob Hart', 'Li Na', 'Sam Ortiz', 'Kim Berg'];
const NAV = ['World', 'Politics', 'Business', 'Technology', 'Science', 'Opinion', 'Europe', 'Asia', 'Africa', 'Americas'];

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How a story names an entity the second time: surname, acronym or short form. */
function laterForm(entity: Entity): string {
  if (entity.kind === 'person') {
    const words = entity.name.split(' ');
    return words.slice(1).join(' ');
  }
  const strong = entity.aliases.filter((alias) => alias.strength === 'strong' && alias.text !== entity.name);
  return strong[0]?.text ?? entity.aliases[0]?.text ?? entity.name;
}

export function newsPage(options: NewsPageOptions): string {
  const random = createRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { entities } = options;
  const named = entities.filter((entity) => entity.kind !== 'country');
  const parts: string[] = [];
  let chars = 0;
  const text = (value: string): string => {
    chars += value.length;
    return escapeHtml(value);
  };

  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World news</title>${options.head ?? ''}`);
  parts.push('<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:0 auto;padding:0 1rem}nav a{margin-right:.6rem}</style></head><body>');
  parts.push(`<header><p class="brand">${text('The Daily Ledger')}</p><nav>${NAV.map((item) => `<a href="#${item.toLowerCase()}">${text(item)}</a>`).join(' ')}</nav></header><main>`);

  let story = 0;
  while (chars < options.chars) {
    story++;
    // Squared picks: a few entities are in the news a lot, most rarely.
    const cast = Array.from({ length: 3 + Math.floor(random() * 5) }, () => named[Math.floor(random() ** 2 * named.length)]!);
    const introduced = new Set<Entity>();
    const mention = (entity: Entity): string => {
      const first = !introduced.has(entity);
      introduced.add(entity);
      let label = first ? entity.name : laterForm(entity);
      if (!first && entity.kind === 'person' && random() < 0.3) label = `${pick(['Dr', 'Mr', 'Ms'])} ${label}`;
      const html = text(label);
      const roll = random();
      if (roll < 0.15) return `<a href="#story-${story}">${html}</a>`;
      if (roll < 0.22) return `<b>${html}</b>`;
      return html;
    };
    const sentence = (): string => {
      const roll = random();
      const template = roll < 0.55 ? pick(FILLER) : roll < 0.9 ? pick(WITH_ONE) : pick(WITH_TWO);
      const a = pick(cast);
      const b = cast.find((entity) => entity !== a) ?? a;
      const fill = (slot: string): string => {
        switch (slot) {
          case 'A':
            return mention(a);
          case 'B':
            return mention(b);
          case 'T':
            return random() < 0.2 ? `<em>${text(pick(TOPICS))}</em>` : text(pick(TOPICS));
          case 'P':
            return text(pick(PLACES));
          case 'M':
            return text(pick(MONTHS));
          case 'N':
            return text(String(5 + Math.floor(random() * 400)));
          default:
            return text(String(2010 + Math.floor(random() * 15)));
        }
      };
      const out: string[] = [];
      let last = 0;
      for (const match of template.matchAll(/\{([ABTPMNY])\}/g)) {
        out.push(text(template.slice(last, match.index)), fill(match[1]!));
        last = match.index + match[0].length;
      }
      out.push(text(template.slice(last)));
      return out.join('') + text(' ');
    };

    const lead = cast[0]!;
    parts.push(`<article id="story-${story}"><h2>${text(`${lead.name} ${pick(['signs', 'expands', 'launches', 'reviews'])} ${pick(TOPICS)} pact`)}</h2>`);
    parts.push(`<p class="byline">By <a href="#author">${text(pick(REPORTERS))}</a> · ${text(`${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, 2026`)}</p>`);
    const paragraphs = 6 + Math.floor(random() * 8);
    for (let p = 0; p < paragraphs && chars < options.chars; p++) {
      const roll = random();
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join('');
      if (roll < 0.08) parts.push(`<blockquote><p>${sentences}</p></blockquote>`);
      else if (roll < 0.12) parts.push(`<figure><figcaption>${sentences}</figcaption></figure>`);
      else parts.push(`<p>${sentences}</p>`);
    }
    parts.push(`<aside><h3>${text('Related')}</h3><ul>`);
    for (let r = 0; r < 3; r++) parts.push(`<li><a href="#related">${text(`${pick(cast).name} and the politics of ${pick(TOPICS)}`)}</a></li>`);
    parts.push('</ul></aside></article>');
  }
  parts.push(`</main><footer><p>${text('© 2026 The Daily Ledger. All rights reserved.')}</p></footer></body></html>`);
  return parts.join('');
}
