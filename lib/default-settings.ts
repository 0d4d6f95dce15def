import type { Settings } from './settings-schema';

/**
 * Kept apart from the schema so content scripts get the defaults without zod.
 * Countries are off by default: too noisy on international news.
 */
export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  pausedSites: [],
  kinds: { org: true, person: true, country: false },
};
