/**
 * JSON with object keys sorted, so two entries that differ only in key order (one typed by the
 * reader, one rebuilt by zod) compare equal as text. Absent and `undefined` fields are the same.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    // No prototype, so no key can reach one.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}
