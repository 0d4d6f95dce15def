import type { Agreement, Entity } from '../../lib/dataset-schema';
import { createRandom } from '../../lib/seeded-random';

/**
 * A deterministic, realistic-looking set of organisations and people for the highlighting bench:
 * "Kessler Institute of Applied Optics" (KIAO, Kessler Institute), "Amira Okafor" (A. Okafor, and
 * the surname the index derives), about three aliases per entity, so 10,000 entities give the
 * 30,000 aliases DESIGN.md budgets for. Same seed, same entities: runs compare like with like.
 *
 * lib/query/synthetic-dataset.ts serves the side panel bench (made-up syllable names, two aliases
 * each); matching cost depends on how names look in prose, so this one uses real-looking names.
 */

export interface SyntheticEntities {
  entities: Entity[];
  agreements: Agreement[];
}

const FIRST_NAMES = [
  'Amira', 'Anders', 'Aiko', 'Beatriz', 'Bilal', 'Camille', 'Chen', 'Dmitri', 'Daniela', 'Elif', 'Emeka', 'Farah', 'Felix',
  'Gabriel', 'Greta', 'Hana', 'Hugo', 'Ines', 'Ivan', 'Jana', 'Jonas', 'Kaito', 'Karin', 'Leila', 'Lucas', 'Maya', 'Mateo',
  'Nadia', 'Nikolai', 'Olga', 'Omar', 'Priya', 'Pablo', 'Quentin', 'Rania', 'Rafael', 'Sofia', 'Stefan', 'Tariq', 'Tomas',
  'Ulrike', 'Viktor', 'Wei', 'Yara', 'Yusuf', 'Zofia', 'Adrien', 'Akosua', 'Arjun', 'Astrid', 'Benedikt', 'Chiara', 'Dario',
  'Elena', 'Fatima', 'Goran', 'Helena', 'Ibrahim', 'Ingrid', 'Jae', 'Joao', 'Katarzyna', 'Lars', 'Lina', 'Marek', 'Mei',
  'Nathalie', 'Oskar', 'Paola', 'Ravi', 'Renata', 'Samir', 'Sunita', 'Thabo', 'Valentina', 'Wanjiru', 'Xavier', 'Yosef',
  'Zainab', 'Alejandro', 'Bogdan', 'Celine', 'Dong', 'Esther', 'Florian', 'Gulnara', 'Haruto', 'Isabel', 'Jorge', 'Kamala',
  'Lukas', 'Magnus', 'Noor', 'Pierre', 'Rosa', 'Sergei', 'Teresa', 'Ursula', 'Vera', 'Wolfgang', 'Yuki', 'Zeynep',
];

const SURNAMES = [
  'Kessler', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Castellanos', 'Brennan', 'Petrova', 'Achterberg',
  'Mwangi', 'Rasmussen', 'Delacroix', 'Yamamoto', 'Farouk', 'Kowalczyk', 'Ferreira', 'Whitfield', 'Sokolov', 'Van der Berg',
  'Adeyemi', 'Bjornstad', 'Girard', 'Nakamura', 'Khalil', 'Dvorak', 'Mendoza', 'Ashworth', 'Volkova', 'Hoekstra', 'Nkemelu',
  'Solberg', 'Lemaire', 'Kobayashi', 'Mansour', 'Horvath', 'Quintero', 'Pemberton', 'Orlov', 'Janssen', 'Osei', 'Engstrom',
  'Fontaine', 'Sato', 'Nasser', 'Szabo', 'Alvarado', 'Hargreaves', 'Ivanova', 'De Vries', 'Boateng', 'Halvorsen', 'Rousseau',
  'Watanabe', 'Saleh', 'Varga', 'Cordero', 'Fairbanks', 'Morozov', 'Visser', 'Asante', 'Lundgren', 'Chevalier', 'Ito',
  'Hamdan', 'Toth', 'Salazar', 'Thornbury', 'Kuznetsov', 'Bakker', 'Mensah', 'Nyberg', 'Bernard', 'Kimura', 'Aziz',
  'Molnar', 'Guerrero', 'Blackwood', 'Popov', 'Smit', 'Owusu', 'Holmberg', 'Lefebvre', 'Hayashi', 'Rahman', 'Nagy',
  'Ortega', 'Ellsworth', 'Lebedev', 'Meijer', 'Appiah', 'Sandberg', 'Dubois', 'Shimizu', 'Karimi', 'Balogh', 'Navarro',
  'Kingsley', 'Fedorov', 'Mulder', 'Darko', 'Wikstrom', 'Laurent', 'Matsuda', 'Qureshi', 'Farkas', 'Rojas', 'Whitmore',
  'Andersen', 'Chen-Lambert', 'Ilunga', 'Marchetti', 'Oyelaran', 'Petrescu', 'Rinaldi', 'Stavros', 'Takahashi', 'Ueda',
  'Valdivia', 'Weissmann', 'Xu', 'Yilmaz', 'Zielinski', 'Abara', 'Bellamy', 'Costa', 'Drummond', 'Esposito', 'Falk',
  'Grunewald', 'Hashemi', 'Iwu', 'Jovanovic', 'Keller', 'Lombardi', 'Mbeki', 'Nordin', 'Obi', 'Pacheco', 'Reyes', 'Sorensen',
  'Trinh', 'Ulloa', 'Vasquez', 'Wojcik', 'Yeo', 'Zhao', 'Aldana', 'Bruckner', 'Castillo', 'Danquah', 'Eriksen', 'Fischer',
];

const PLACES = [
  'Northbridge', 'Port Elara', 'Valmont', 'Easthaven', 'Kerrigan', 'Altamira', 'Ravensholm', 'Saint Aurel', 'Corvale',
  'Brightwater', 'Lindenfeld', 'Marrow Bay', 'Ostrava Nova', 'Greystone', 'Halden', 'Silverport', 'Westmarch', 'Tamsin',
  'Oakridge', 'Belmonte', 'Kaskara', 'Dunmore', 'Elmstead', 'Faraday Sound', 'Glenrock', 'Highmoor', 'Isleworth', 'Juniper Cove',
];

const FIELDS = [
  'Applied Optics', 'Quantum Materials', 'Cyber Security', 'Space Science', 'Public Health', 'Energy Systems', 'Maritime Affairs',
  'Artificial Intelligence', 'Economic Development', 'Defence Technology', 'Digital Research', 'Climate Studies', 'Semiconductor Design',
  'Strategic Studies', 'Marine Biology', 'Nuclear Safety', 'Data Protection', 'Financial Stability', 'Urban Mobility', 'Food Security',
  'Critical Minerals', 'Robotics', 'Biotechnology', 'Trade Policy', 'Telecommunications', 'Water Resources', 'Aerospace Engineering',
  'Migration Research', 'Infectious Diseases', 'Advanced Computing',
];

const FIELD_ORG_FORMS = ['Institute of', 'Centre for', 'Laboratory for', 'Academy of', 'Foundation for', 'Council on'];
const PLACE_ORG_FORMS = ['Agency', 'Authority', 'Commission', 'Directorate', 'Observatory', 'Bureau'];
const INDUSTRIES = ['Maritime', 'Aerospace', 'Semiconductors', 'Defence Systems', 'Robotics', 'Energy', 'Logistics', 'Analytics'];
const COMPANY_FORMS = ['Group', 'Holdings', 'Industries', 'Technologies', 'Partners'];
const COUNTRY_CODES = ['fr', 'sg', 'ru', 'us', 'de', 'jp', 'in', 'br', 'ca', 'au', 'kr', 'it', 'es', 'nl', 'se', 'no', 'ng', 'ke', 'gh', 'mx'];

function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `count` entities, about 55% organisations and 45% people, with about three aliases each. */
export function syntheticEntities(count: number, seed = 20261101): SyntheticEntities {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const names = new Set<string>();
  const entities: Entity[] = [];

  const unique = (make: () => string): string => {
    for (;;) {
      const name = make();
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };

  for (let index = 0; entities.length < count; index++) {
    const country = pick(COUNTRY_CODES);
    const roll = random();
    if (roll < 0.45) {
      const name = unique(() => `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`);
      const [given] = name.split(' ');
      const family = name.slice(given!.length + 1);
      entities.push({
        id: `person:${slug(name)}-${index}`,
        kind: 'person',
        name,
        // The index adds the bare surname itself: with the initial form, three patterns per person.
        aliases: [{ text: `${given![0]}. ${family}`, strength: 'strong' }],
        description: `Researcher and official (${country.toUpperCase()})`,
        country,
        roles: [],
        sources: [],
      });
      continue;
    }
    let name: string;
    let short: string;
    if (roll < 0.72) {
      const form = pick(FIELD_ORG_FORMS);
      name = unique(() => `${pick(SURNAMES)} ${form} ${pick(FIELDS)}`);
      // "Kessler Institute of Applied Optics" → "Kessler Institute".
      short = `${name.split(` ${form} `)[0]} ${form.split(' ')[0]}`;
    } else if (roll < 0.88) {
      const form = pick(PLACE_ORG_FORMS);
      name = unique(() => `${pick(PLACES)} ${pick(FIELDS)} ${form}`);
      short = name.slice(0, name.lastIndexOf(' '));
    } else {
      name = unique(() => `${pick(SURNAMES)} ${pick(INDUSTRIES)} ${pick(COMPANY_FORMS)}`);
      short = name.slice(0, name.lastIndexOf(' '));
    }
    const acronym = acronymOf(name);
    entities.push({
      id: `org:${slug(name)}-${index}`,
      kind: 'org',
      name,
      aliases: [
        { text: acronym, strength: acronym.length <= 3 ? 'weak' : 'strong' },
        { text: short, strength: 'strong' },
      ],
      description: `Organisation based in ${country.toUpperCase()}`,
      country,
      roles: [],
      sources: [],
    });
  }

  // Agreements link pairs, so weak aliases ("KMG") have partners that can corroborate them.
  const agreements: Agreement[] = [];
  for (let index = 0; index < Math.round(count / 4); index++) {
    const a = pick(entities);
    const b = pick(entities);
    if (a === b) continue;
    agreements.push({
      id: `agreement:bench-${index}`,
      title: `${a.name} and ${b.name} cooperation`,
      type: 'partnership',
      parties: [a.id, b.id],
      signatories: [],
      status: 'signed',
      topics: [],
      summary: `${a.name} and ${b.name} agreed to cooperate.`,
      evidence: [{ articleId: 'article:bench', quote: `${a.name} and ${b.name} agreed to cooperate.` }],
    });
  }
  return { entities, agreements };
}
