import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** The theme the pane opened with, replaced by each theme the host reports later. */
export function useFollowedTheme(
  initialTheme: Theme,
  subscribe: (onChange: (theme: Theme) => void) => () => void,
): Theme {
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => subscribe(setTheme), [subscribe]);
  return theme;
}
