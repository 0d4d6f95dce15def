/**
 * Countries as news text names them, so that they are recognised as parties, as the country an
 * organisation belongs to, and never proposed as new organisations. Codes are ISO 3166-1 alpha-2,
 * lower case, matching `country:xx` entity ids.
 */
interface CountryNames {
  code: string;
  names: string[];
  demonyms: string[];
}

const COUNTRIES: CountryNames[] = [
  { code: 'ar', names: ['Argentina'], demonyms: ['Argentine', 'Argentinian'] },
  { code: 'au', names: ['Australia'], demonyms: ['Australian'] },
  { code: 'at', names: ['Austria'], demonyms: ['Austrian'] },
  { code: 'be', names: ['Belgium'], demonyms: ['Belgian'] },
  { code: 'br', names: ['Brazil'], demonyms: ['Brazilian'] },
  { code: 'ca', names: ['Canada'], demonyms: ['Canadian'] },
  { code: 'cl', names: ['Chile'], demonyms: ['Chilean'] },
  { code: 'cn', names: ['China', "People's Republic of China", 'PRC'], demonyms: ['Chinese', 'Sino'] },
  { code: 'co', names: ['Colombia'], demonyms: ['Colombian'] },
  { code: 'cz', names: ['Czech Republic', 'Czechia'], demonyms: ['Czech'] },
  { code: 'dk', names: ['Denmark'], demonyms: ['Danish'] },
  { code: 'eg', names: ['Egypt'], demonyms: ['Egyptian'] },
  { code: 'ee', names: ['Estonia'], demonyms: ['Estonian'] },
  { code: 'fi', names: ['Finland'], demonyms: ['Finnish'] },
  { code: 'fr', names: ['France'], demonyms: ['French', 'Franco'] },
  { code: 'de', names: ['Germany'], demonyms: ['German'] },
  { code: 'gr', names: ['Greece'], demonyms: ['Greek'] },
  { code: 'hu', names: ['Hungary'], demonyms: ['Hungarian'] },
  { code: 'in', names: ['India'], demonyms: ['Indian', 'Indo'] },
  { code: 'id', names: ['Indonesia'], demonyms: ['Indonesian'] },
  { code: 'ir', names: ['Iran'], demonyms: ['Iranian'] },
  { code: 'iq', names: ['Iraq'], demonyms: ['Iraqi'] },
  { code: 'ie', names: ['Ireland'], demonyms: ['Irish'] },
  { code: 'il', names: ['Israel'], demonyms: ['Israeli'] },
  { code: 'it', names: ['Italy'], demonyms: ['Italian', 'Italo'] },
  { code: 'jp', names: ['Japan'], demonyms: ['Japanese'] },
  { code: 'kr', names: ['South Korea', 'Republic of Korea', 'Korea'], demonyms: ['South Korean', 'Korean'] },
  { code: 'kp', names: ['North Korea'], demonyms: ['North Korean'] },
  { code: 'my', names: ['Malaysia'], demonyms: ['Malaysian'] },
  { code: 'mx', names: ['Mexico'], demonyms: ['Mexican'] },
  { code: 'nl', names: ['Netherlands', 'Holland'], demonyms: ['Dutch'] },
  { code: 'nz', names: ['New Zealand'], demonyms: ['New Zealander'] },
  { code: 'ng', names: ['Nigeria'], demonyms: ['Nigerian'] },
  { code: 'no', names: ['Norway'], demonyms: ['Norwegian'] },
  { code: 'pk', names: ['Pakistan'], demonyms: ['Pakistani'] },
  { code: 'ph', names: ['Philippines'], demonyms: ['Philippine', 'Filipino'] },
  { code: 'pl', names: ['Poland'], demonyms: ['Polish'] },
  { code: 'pt', names: ['Portugal'], demonyms: ['Portuguese'] },
  { code: 'qa', names: ['Qatar'], demonyms: ['Qatari'] },
  { code: 'ro', names: ['Romania'], demonyms: ['Romanian'] },
  { code: 'ru', names: ['Russia', 'Russian Federation'], demonyms: ['Russian', 'Russo'] },
  { code: 'sa', names: ['Saudi Arabia'], demonyms: ['Saudi'] },
  { code: 'sg', names: ['Singapore'], demonyms: ['Singaporean'] },
  { code: 'za', names: ['South Africa'], demonyms: ['South African'] },
  { code: 'es', names: ['Spain'], demonyms: ['Spanish', 'Hispano'] },
  { code: 'se', names: ['Sweden'], demonyms: ['Swedish'] },
  { code: 'ch', names: ['Switzerland'], demonyms: ['Swiss'] },
  { code: 'tw', names: ['Taiwan'], demonyms: ['Taiwanese'] },
  { code: 'th', names: ['Thailand'], demonyms: ['Thai'] },
  { code: 'tr', names: ['Turkey', 'Türkiye'], demonyms: ['Turkish'] },
  { code: 'ua', names: ['Ukraine'], demonyms: ['Ukrainian'] },
  { code: 'ae', names: ['United Arab Emirates', 'UAE'], demonyms: ['Emirati'] },
  { code: 'gb', names: ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.'], demonyms: ['British', 'Anglo'] },
  { code: 'us', names: ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'America'], demonyms: ['American'] },
  { code: 'vn', names: ['Vietnam', 'Viet Nam'], demonyms: ['Vietnamese'] },
];

const byName = new Map<string, string>();
const byDemonym = new Map<string, string>();
for (const country of COUNTRIES) {
  for (const name of country.names) byName.set(name.toLowerCase(), country.code);
  for (const demonym of country.demonyms) byDemonym.set(demonym.toLowerCase(), country.code);
}

/** The code of the country a name denotes ("France", "the United States", "U.S."), if any. */
export function countryCodeOfName(name: string): string | undefined {
  return byName.get(name.replace(/^the\s+/i, '').trim().toLowerCase());
}

/** The code of the country an adjective denotes ("French", "Franco" as in "Franco-Russian"). */
export function countryCodeOfDemonym(word: string): string | undefined {
  return byDemonym.get(word.toLowerCase());
}

/** Country names, longest first, so that a scan prefers "South Korea" to "Korea". */
export const COUNTRY_NAMES_LONGEST_FIRST: readonly string[] = COUNTRIES.flatMap((c) => c.names).sort(
  (a, b) => b.length - a.length,
);

/** The English short name of a code, for titles ("France–Singapore joint lab"). */
export function countryNameOfCode(code: string): string | undefined {
  return COUNTRIES.find((c) => c.code === code)?.names[0];
}

/** The usual adjective of a code ("ru" → "Russian"), for names such as "Russian Ministry of ...". */
export function demonymOfCode(code: string): string | undefined {
  return COUNTRIES.find((c) => c.code === code)?.demonyms[0];
}
