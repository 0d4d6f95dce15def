import { z } from './zod';

/** The reader's controls. */
export const Settings = z.object({
  paused: z.boolean(),
  pausedSites: z.array(z.string().min(1)),
  kinds: z.object({ org: z.boolean(), person: z.boolean(), country: z.boolean() }),
});
export type Settings = z.infer<typeof Settings>;
