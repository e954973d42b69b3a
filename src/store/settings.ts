// The settings slice: animation speed, reduced motion, the safe palette and the hints, kept in storage. What is
// stored is raw input: a value out of its range reads as the default.
import type { Hub } from './hub';
import type { KeyValueStorage } from './save';
import type { Settings } from './types';

const SETTINGS_KEY = 'khitomer.settings';

export function loadSettings(ls: KeyValueStorage | null): Settings {
  const base: Settings = { animationSpeed: 1, reducedMotion: false, safePalette: false, hints: true };
  try {
    const raw = ls?.getItem(SETTINGS_KEY);
    if (!raw) return base;
    const s = JSON.parse(raw) as Partial<Settings>;
    return {
      animationSpeed:
        typeof s.animationSpeed === 'number' && s.animationSpeed > 0 && s.animationSpeed <= 4
          ? s.animationSpeed
          : 1,
      reducedMotion: s.reducedMotion === true,
      safePalette: s.safePalette === true,
      // Shown unless hidden on purpose: settings saved before hints could be hidden show them.
      hints: s.hints !== false,
    };
  } catch {
    return base;
  }
}

export function settingsActions(hub: Hub) {
  return {
    setSettings(patch: Partial<Settings>): void {
      const settings = { ...hub.get().settings, ...patch };
      hub.set({ settings });
      try {
        hub.ls?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        hub.set({
          notice: { kind: 'error', text: 'Settings could not be saved: the browser’s storage is full.' },
        });
      }
    },
  };
}
