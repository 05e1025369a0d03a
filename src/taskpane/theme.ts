import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { OfficeThemeView } from '../office/theme';

/** Fluent theme that matches Outlook's: high contrast wins, then dark, else light. */
export function fluentThemeFor(officeTheme: OfficeThemeView): Theme {
  if (officeTheme.isHighContrast) return teamsHighContrastTheme;
  return officeTheme.isDark ? webDarkTheme : webLightTheme;
}
