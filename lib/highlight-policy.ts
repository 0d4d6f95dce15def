import type { EntityKind } from './dataset-schema';

/** What the reader's settings mean for one page; shared by the content script, popup and badge. */
export interface HighlightSettings {
  paused: boolean;
  pausedSites: readonly string[];
  kinds: Readonly<Record<EntityKind, boolean>>;
}

/** The site a pause applies to: the host without a leading "www.". */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function isPausedFor(settings: HighlightSettings, url: string): boolean {
  const site = siteOf(url);
  return settings.paused || (site !== null && settings.pausedSites.includes(site));
}

export function enabledKinds(settings: HighlightSettings): Set<EntityKind> {
  return new Set((Object.keys(settings.kinds) as EntityKind[]).filter((kind) => settings.kinds[kind]));
}
