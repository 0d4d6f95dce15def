/**
 * Folds a name to the form two spellings of it share: no accents, lower case, curly quotes made
 * straight, punctuation and runs of spaces collapsed, a leading "the" dropped. "Université" and
 * "Universite", "the CNRS" and "CNRS", "A.P. Moller - Maersk" and "AP Moller Maersk" then compare equal.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/(\p{L})\.(?=\p{L}\.?)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
