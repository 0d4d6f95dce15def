import { normaliseName } from './normalise-name';

/** A name as an id segment: "Université Paris-Saclay" → "universite-paris-saclay". */
export function slugify(name: string): string {
  return normaliseName(name).replace(/\s+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}
