import type { Entity } from '../dataset-schema';
import type { DatasetLookup } from './dataset-lookup';

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : undefined;

/** The country's name as the dataset spells it, else as the platform does, else its code. */
export function countryName(lookup: DatasetLookup, code: string): string {
  const known = lookup.entity(`country:${code}`);
  if (known) return known.name;
  try {
    return regionNames?.of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/**
 * One line that says who or what this is: role and affiliation for a person ("Permanent Secretary
 * (Defence), Ministry of Defence"), what and where for an organisation ("Public research
 * organisation, France"). Falls back to the curated description, which is never empty.
 */
export function entityDescription(lookup: DatasetLookup, entity: Entity): string {
  const description = entity.description.replace(/\.\s*$/, '');
  if (entity.kind === 'person') {
    const role = entity.roles[0];
    if (!role) return description;
    const org = role.orgId ? lookup.entity(role.orgId) : undefined;
    return org ? `${role.title}, ${org.name}` : role.title;
  }
  if (entity.kind === 'org' && entity.country) {
    const where = countryName(lookup, entity.country);
    return description.toLowerCase().includes(where.toLowerCase()) ? description : `${description}, ${where}`;
  }
  return description;
}
