/** A name one rule found in one sentence, before mentions of the same entity are merged. */
export interface NameMention {
  kind: 'org' | 'person';
  name: string;
  sentence: number;
  /** Offsets of the name in its sentence. */
  start: number;
  end: number;
  /** Which rule found it: kept for debugging and for how much a mention is trusted. */
  rule: string;
  /** Only a surname or a single name ("Dr. Tokuda"): links to a full name, never proposed alone. */
  partial?: boolean;
  aliases?: { text: string; strength: 'strong' | 'weak' }[];
  /** ISO code of the country the text ties the entity to ("France's", "Swedish"). */
  country?: string;
  description?: string;
  role?: { title: string; orgName?: string };
}
