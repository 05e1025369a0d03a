const OPENABLE = /^(https?:|mailto:)/i;

/**
 * Opens a link outside the pane: Outlook's browser window when the host offers it (a link inside the pane
 * would replace the add-in), else a new tab without an opener.
 */
export function openExternal(url: string): boolean {
  if (!OPENABLE.test(url)) return false;
  const ui = (globalThis as { Office?: { context?: { ui?: { openBrowserWindow?: (url: string) => void } } } })
    .Office?.context?.ui;
  if (typeof ui?.openBrowserWindow === 'function') {
    ui.openBrowserWindow(url);
    return true;
  }
  window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}
