/** FollowTheMoney entity ids: letters, digits, dots and hyphens, at most 200 characters. */
const MAX_LENGTH = 200;

/**
 * A stable FollowTheMoney id from Backstory ids: `org:cnrs` → `backstory-org-cnrs`; a link joins
 * its parts with `--`, which no Backstory slug contains, so two different links never share an id:
 * `backstory-agreement-fr-sg-ai-joint-lab--party--org-dga`. Too long an id is cut and suffixed
 * with a hash of the whole, so it stays both valid and unique.
 */
export function ftmId(...parts: string[]): string {
  const id = `backstory-${parts.map((part) => part.replace(/[^a-z0-9.-]+/gi, '-')).join('--')}`;
  if (id.length <= MAX_LENGTH) return id;
  return `${id.slice(0, MAX_LENGTH - 9).replace(/[-.]+$/, '')}-${fnv1a(id)}`;
}

/** 32-bit FNV-1a as 8 hex digits: short and stable across runs, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
