import type { Agreement } from '../dataset-schema';

/** Agreement types in words, as the review shows them and saved summaries begin. */
export const AGREEMENT_TYPE_LABELS: Record<Agreement['type'], string> = {
  agreement: 'Agreement',
  memorandum: 'Memorandum of understanding',
  'joint-lab': 'Joint laboratory',
  partnership: 'Partnership',
  'working-group': 'Working group',
  'statement-of-cooperation': 'Statement of cooperation',
  programme: 'Programme',
  membership: 'Membership',
};
