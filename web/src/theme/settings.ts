import { useSyncExternalStore } from 'react';

/** The person's display preferences, kept on the device (localStorage). */
export type Settings = { largeText: boolean; highContrast: boolean; language: 'id' | 'en' };

const KEY = 'sipolima.settings';
const defaults: Settings = { largeText: false, highContrast: false, language: 'id' };
const listeners = new Set<() => void>();

function read(): Settings {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? { ...defaults, ...(JSON.parse(raw) as Partial<Settings>) } : defaults;
  } catch {
    return defaults;
  }
}

let current = read();

/** Mirrors the settings on <html>, where the CSS for large text and contrast looks. */
export function applySettings(s: Settings = current): void {
  const html = document.documentElement;
  html.lang = s.language;
  html.dataset.textSize = s.largeText ? 'large' : 'normal';
  html.dataset.contrast = s.highContrast ? 'high' : 'normal';
}

export function getSettings(): Settings {
  return current;
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode or a full disk: the setting still holds for this visit.
  }
  applySettings(current);
  for (const l of listeners) l();
}

export function useSettings(): Settings {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
