import { useEffect } from 'react';
import type { ThemePreference } from '../../core/settings';

/** Applies the chosen theme; "system" leaves it to prefers-color-scheme in the stylesheet. */
export function useTheme(theme: ThemePreference): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
