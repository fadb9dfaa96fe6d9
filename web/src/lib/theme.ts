// Light and dark: the system preference unless the reader picked one (kept in localStorage).
// The choice is applied as `data-theme` on <html>; `app.css` holds both palettes.
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'ai-usage-theme';
const media = matchMedia('(prefers-color-scheme: dark)');

export function themeChoice(): ThemeChoice {
  const stored = localStorage.getItem(KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function effectiveTheme(choice: ThemeChoice = themeChoice()): 'light' | 'dark' {
  return choice === 'system' ? (media.matches ? 'dark' : 'light') : choice;
}

export function applyTheme(choice: ThemeChoice = themeChoice()): void {
  if (choice === 'system') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
  document.documentElement.dataset.theme = effectiveTheme(choice);
}

media.addEventListener('change', () => applyTheme());
