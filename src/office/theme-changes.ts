import { callAsync } from './call-async';
import { isDarkColor, readOfficeTheme, type OfficeThemeView } from './theme';

type ThemeChangedArgs = { officeTheme?: Partial<Office.OfficeTheme> };

/**
 * Calls `onChange` when Outlook's theme changes while the pane is open (`Office.EventType.OfficeThemeChanged`,
 * where the host raises it) or the system switches high contrast on or off. Hosts without the event keep the
 * theme the pane opened with. Returns a function that stops listening.
 */
export function watchOfficeTheme(
  office: typeof Office,
  onChange: (theme: OfficeThemeView) => void,
): () => void {
  const highContrast =
    typeof globalThis.matchMedia === 'function'
      ? globalThis.matchMedia('(forced-colors: active)')
      : undefined;
  const fromEvent = (event: ThemeChangedArgs | undefined): OfficeThemeView => {
    const current = readOfficeTheme(office);
    const theme = event?.officeTheme;
    if (!theme) return current;
    return { ...current, isDark: theme.isDarkTheme ?? isDarkColor(theme.bodyBackgroundColor) };
  };
  const onOfficeTheme = (event: ThemeChangedArgs) => onChange(fromEvent(event));
  const onMedia = () => onChange(readOfficeTheme(office));

  const mailbox = office.context?.mailbox as
    | (Office.Mailbox & { removeHandlerAsync?: (type: Office.EventType, ...rest: unknown[]) => void })
    | undefined;
  const eventType = office.EventType?.OfficeThemeChanged;
  let subscribed = false;
  if (mailbox && eventType) {
    callAsync<void>('addHandlerAsync(OfficeThemeChanged)', (callback) =>
      mailbox.addHandlerAsync(eventType, onOfficeTheme, callback),
    ).then(
      () => {
        subscribed = true;
      },
      // Not every host raises it: the pane then keeps its opening theme.
      () => undefined,
    );
  }
  highContrast?.addEventListener?.('change', onMedia);

  return () => {
    highContrast?.removeEventListener?.('change', onMedia);
    if (subscribed && mailbox?.removeHandlerAsync && eventType) {
      try {
        mailbox.removeHandlerAsync(eventType, () => undefined);
      } catch {
        // The pane is going away; nothing to tell the user.
      }
    }
  };
}
