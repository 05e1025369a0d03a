/**
 * The workbench page dispatches this event on its window when its theme toggles; the emulator in the pane's frame
 * listens there and raises Office's OfficeThemeChanged with the page's new `officeTheme()`.
 */
export const WORKBENCH_THEME_EVENT = 'outlookworkbench-themechanged';
