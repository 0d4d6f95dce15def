/**
 * Word lists the entity rules rely on. They describe English news style (and the heads of common
 * European institution names), not any one article: adding a word here should be justified by how
 * names are written in general.
 */

/** Words that make a capitalised phrase an organisation's name ("... Institute", "Ministry of ..."). */
const ORG_HEADS = new Set(
  [
    'ministry', 'ministries', 'agency', 'institute', 'institution', 'university', 'laboratory', 'laboratories', 'lab',
    // Plural heads name one body too: "Centers for Disease Control", "Temasek Laboratories".
    'centres', 'centers', 'institutes', 'agencies',
    'labs', 'foundation', 'centre', 'center', 'council', 'directorate', 'academy', 'group', 'chamber', 'commission',
    'committee', 'organisation', 'organization', 'office', 'department', 'bureau', 'authority', 'school', 'college',
    'association', 'union', 'bank', 'corporation', 'corp', 'company', 'inc', 'ltd', 'plc', 'gmbh', 'consortium',
    'society', 'service', 'fund', 'parliament', 'court', 'forum', 'alliance', 'secretariat', 'federation',
    'confederation', 'board', 'trust', 'administration', 'command', 'observatory', 'museum', 'hospital', 'clinic',
    'polytechnic', 'network', 'party', 'police', 'army', 'navy', 'technologies', 'holdings', 'industries',
    'systems', 'tech',
    // Heads of institution names in other European languages.
    'institut', 'instituto', 'istituto', 'fundação', 'fundación', 'fondation', 'fondazione', 'stiftung', 'agence',
    'agencia', 'agência', 'ministère', 'ministerio', 'ministério', 'ministerium', 'akademie', 'academia', 'académie',
    'centro', 'centrum', 'zentrum', 'conseil', 'consejo', 'conselho', 'hochschule', 'gesellschaft', 'verband',
    'direction', 'dirección', 'secretaría', 'comisión', 'comissão', 'commissione', 'universitet', 'universitetet',
    'école', 'escuela', 'escola', 'politecnico', 'politécnica', 'laboratoire', 'laboratorio', 'office',
  ],
);

/** Head stems that also occur inside compounds ("Universitätsmedizin", "Forschungszentrum"). */
const ORG_HEAD_STEMS = /^(?:universit|institut|ministr|ministère|ministerio|ministério|ministerium|akadem|laborat|fundaç|fundac|fondat|fondaz)|(?:zentrum|institut|universität|hochschule|klinikum|gesellschaft)$/iu;

/**
 * Heads too generic to stand alone or to start a name ("Technologies", "Systems"): they only make
 * an organisation when another capitalised word precedes them.
 */
const WEAK_HEADS = new Set(['systems', 'tech', 'technologies', 'holdings', 'industries', 'network', 'group', 'party', 'service', 'office']);

export function isOrgHead(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_HEADS.has(lower) || ORG_HEAD_STEMS.test(lower);
}

export function isWeakOrgHead(word: string): boolean {
  return WEAK_HEADS.has(word.toLowerCase());
}

/** Nouns that, lower case before a capitalised name, say it is an organisation ("battery maker Northvolt"). */
const ORG_DESCRIPTORS = new Set(
  [
    'company', 'firm', 'group', 'startup', 'start-up', 'specialist', 'host', 'maker', 'manufacturer', 'provider',
    'operator', 'giant', 'carrier', 'bank', 'body', 'agency', 'developer', 'insurer', 'retailer', 'conglomerate',
    'contractor', 'publisher', 'broadcaster', 'newspaper', 'consultancy', 'platform', 'supplier', 'society',
    'regulator', 'watchdog', 'lender', 'airline', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'shipbuilder',
    'producer', 'organisation', 'organization', 'institute', 'charity', 'ngo', 'think-tank', 'subsidiary', 'unit',
    'outlet', 'exchange', 'utility', 'distributor', 'integrator', 'vendor', 'incubator', 'accelerator', 'fund',
  ],
);

export function isOrgDescriptor(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_DESCRIPTORS.has(lower) || /(?:maker|builder|provider)$/u.test(lower);
}

/** Plural nouns that introduce a list of organisations ("companies, including X, Y and Z"). */
export const ORG_LIST_NOUNS = new Set([
  'companies', 'firms', 'organisations', 'organizations', 'businesses', 'start-ups', 'startups', 'groups',
  'manufacturers', 'banks', 'universities', 'institutions', 'agencies', 'partners', 'members', 'makers',
  'suppliers', 'operators', 'providers', 'carriers', 'insurers', 'lenders', 'outlets',
]);

/** Titles written before a name that make it a person's name. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme', 'm',
  'herr', 'frau', 'sr', 'sra', 'rev', 'reverend', 'sheikh',
]);

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Nouns of office; before a name ("rector Tor Grande") or after one ("X, chief executive of Y"). */
const ROLE_NOUNS = new Set(
  [
    'minister', 'president', 'chief', 'executive', 'ceo', 'cfo', 'cto', 'coo', 'director', 'director-general',
    'head', 'chairman', 'chairwoman', 'chair', 'chairperson', 'secretary', 'secretary-general', 'spokesperson',
    'spokesman', 'spokeswoman', 'ambassador', 'governor', 'mayor', 'rector', 'dean', 'provost', 'professor',
    'researcher', 'scientist', 'founder', 'co-founder', 'cofounder', 'manager', 'officer', 'commissioner',
    'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'general', 'admiral', 'commander', 'envoy',
    'adviser', 'advisor', 'coordinator', 'senator', 'lawmaker', 'official', 'editor', 'correspondent',
    'journalist', 'analyst', 'economist', 'physician', 'engineer', 'leader', 'counterpart', 'vice-president',
    'vice-chancellor', 'deputy', 'trustee', 'lecturer', 'expert', 'owner', 'partner', 'principal', 'superintendent',
    'registrar', 'treasurer', 'boss', 'attorney', 'judge', 'justice', 'prosecutor', 'chancellor', 'rapporteur',
    'undersecretary', 'under-secretary', 'representative', 'delegate', 'emir', 'sultan', 'pope', 'cardinal',
    'bishop', 'colonel', 'lieutenant', 'captain', 'major', 'sergeant', 'president-elect', 'co-chair', 'cochair',
    'convenor', 'architect', 'designer', 'doctor', 'nurse', 'student', 'fellow', 'author', 'founder-ceo',
  ],
);

export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || lower.split('-').some((part) => ROLE_NOUNS.has(part) && part !== 'vice');
}

/** Lower-case words that can sit inside a title before a name ("deputy prime minister"). */
const ROLE_MODIFIERS = new Set([
  'deputy', 'vice', 'prime', 'foreign', 'defence', 'defense', 'finance', 'economy', 'economic', 'development',
  'trade', 'industry', 'energy', 'health', 'interior', 'justice', 'education', 'research', 'science', 'digital',
  'chief', 'executive', 'managing', 'scientific', 'general', 'permanent', 'senior', 'former', 'acting', 'interim',
  'junior', 'state', 'technical', 'technology', 'operating', 'financial', 'medical', 'national', 'security',
  'principal', 'lead', 'assistant', 'associate', 'co', 'joint', 'founding', 'regional', 'country', 'programme',
  'program', 'project', 'research', 'marketing', 'sales', 'communications', 'innovation', 'environment',
  'agriculture', 'transport', 'labour', 'culture', 'home', 'cabinet', 'information', 'data', 'policy',
  'strategy', 'executive', 'board', 'supervisory', 'honorary', 'emeritus', 'outgoing', 'incoming', 'new',
]);

export function isRoleModifier(word: string): boolean {
  return ROLE_MODIFIERS.has(word.toLowerCase());
}

/** Capitalised only because they start a sentence or a heading: never part of a name. */
const FUNCTION_WORDS = new Set(
  [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'in', 'on', 'at', 'by', 'for', 'from', 'to',
    'of', 'with', 'and', 'or', 'but', 'as', 'after', 'before', 'during', 'despite', 'under', 'when', 'while',
    'where', 'if', 'since', 'although', 'though', 'because', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
    'their', 'our', 'my', 'your', 'there', 'here', 'some', 'many', 'most', 'both', 'each', 'every', 'all', 'no',
    'not', 'also', 'yet', 'so', 'then', 'now', 'however', 'meanwhile', 'separately', 'additionally', 'moreover',
    'instead', 'still', 'even', 'only', 'what', 'who', 'which', 'how', 'why', 'according', 'about', 'among',
    'between', 'through', 'over', 'into', 'via', 'per', 'than', 'like', 'unlike', 'following', 'including',
    'in', 'conclusion', 'further', 'furthermore', 'indeed', 'thus', 'one', 'two', 'three', 'five', 'several',
    'such', 'other', 'another', 'more', 'less', 'last', 'next', 'first', 'second', 'new', 'former',
  ],
);

export function isFunctionWord(word: string): boolean {
  // "IT" and "US" in capitals are names, not the pronouns.
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** Lower-case words that may join the capitalised words of one name. */
const NAME_CONNECTORS = new Set([
  'of', 'for', 'the', 'and', '&', 'on', 'de', 'du', 'des', 'la', 'le', 'les', 'da', 'do', 'dos', 'das', 'di',
  'del', 'della', 'degli', 'der', 'für', 'van', 'von', 'à', 'y', 'e', 'et', 'und', '@', 'pour', 'para', 'por',
  'per', 'sur', 'en', 'zur', 'zum', 'im', 'am', 'och', 'og',
]);

export function isNameConnector(word: string): boolean {
  return NAME_CONNECTORS.has(word.toLowerCase());
}

/** Particles inside person names ("Marcio de Castro", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'binti', 'al', 'el', 'le', 'la', 'du', 'ter', 'ten', 'y']);

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}

const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word.toLowerCase());
}

/** Verbs of reported speech: a name next to one is a speaker ("said Dr. Tokuda", "Clerc said"). */
export const SPEECH_VERBS = /^(?:said|says|told|added|stated|noted|explained|warned|argued|announced|wrote|commented|remarked|insisted|stressed|emphasised|emphasized|observed|confirmed|recalled|acknowledged|asked|replied|urged|welcomed)$/i;

/** Fields of study: institution names list them ("University of Information Technology, Mechanics and Optics"). */
const DISCIPLINES = new Set([
  'science', 'sciences', 'technology', 'technologies', 'engineering', 'mechanics', 'optics', 'physics',
  'chemistry', 'biology', 'mathematics', 'economics', 'medicine', 'law', 'arts', 'design', 'management',
  'humanities', 'agriculture', 'informatics', 'electronics', 'telecommunications', 'communications',
  'architecture', 'music', 'business', 'finance', 'politics', 'policy', 'health', 'innovation', 'industry',
  'research', 'education', 'energy', 'environment', 'automation', 'computing', 'aeronautics', 'astronautics',
]);

export function isDiscipline(word: string): boolean {
  return DISCIPLINES.has(word.toLowerCase());
}
