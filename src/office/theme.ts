/** What the pane needs to follow Outlook's theme. */
export interface OfficeThemeView {
  isDark: boolean;
  /** Windows high-contrast / forced colours: Office does not report it, the browser does. */
  isHighContrast: boolean;
}

/** Reads the host theme; absent (older hosts, web without theme support) → light. */
export function readOfficeTheme(office: typeof Office | undefined = globalThis.Office): OfficeThemeView {
  const theme = office?.context?.officeTheme as Partial<Office.OfficeTheme> | undefined;
  const isDark = theme?.isDarkTheme ?? isDarkColor(theme?.bodyBackgroundColor);
  const isHighContrast =
    typeof globalThis.matchMedia === 'function' && globalThis.matchMedia('(forced-colors: active)').matches;
  return { isDark, isHighContrast };
}

/** True for a dark `#rrggbb` background (relative luminance below one half). */
export function isDarkColor(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (match === null) return false;
  const [red, green, blue] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5;
}
