import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../default-settings';
import { Settings } from '../settings-schema';
import { settingsItem } from '../storage-items';

/** Settings read and validated (a damaged value reads as the defaults), kept current, and a saver. */
export function useSettings(): [Settings, (change: (current: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const accept = (raw: unknown) => setSettings(Settings.safeParse(raw).data ?? DEFAULT_SETTINGS);
    void settingsItem.getValue().then(accept);
    return settingsItem.watch(accept);
  }, []);
  const save = async (change: (current: Settings) => Settings) => {
    const current = Settings.safeParse(await settingsItem.getValue()).data ?? DEFAULT_SETTINGS;
    await settingsItem.setValue(Settings.parse(change(current)));
  };
  return [settings, save];
}
