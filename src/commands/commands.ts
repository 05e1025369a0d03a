/**
 * The ribbon's function file. Every ribbon button of this add-in is a ShowTaskpane action (each preset opens the
 * pane at its own URL, see presets.ts), so no ExecuteFunction is declared and the handler table is empty. Outlook
 * still loads the function file named in the manifest, and it must call Office.onReady to count as loaded.
 *
 * An ExecuteFunction added to manifest.xml needs its handler here under the same FunctionName: the manifest
 * structure check fails otherwise.
 */

/** A ribbon command handler: it must call `event.completed()` when done (Outlook stops it after 5 minutes). */
export type CommandHandler = (event: Office.AddinCommands.Event) => void;

/** The handlers for the manifest's ExecuteFunction actions, keyed by FunctionName. */
export const commandHandlers: Readonly<Record<string, CommandHandler>> = {};

/** The subset of Office.js this file uses, so it can be driven without a host. */
export type CommandRegistrationHost = {
  onReady(): Promise<unknown>;
  actions?: { associate(actionId: string, handler: (event: Office.AddinCommands.Event) => void): void };
};

/**
 * Waits for Office, then associates each handler with its action id. Returns the ids it associated. Hosts too
 * old for `Office.actions` fall back to the global function name, which the bundle also provides.
 */
export async function registerCommands(
  host: CommandRegistrationHost,
  handlers: Readonly<Record<string, CommandHandler>> = commandHandlers,
): Promise<string[]> {
  await host.onReady();
  const associated: string[] = [];
  for (const [actionId, handler] of Object.entries(handlers)) {
    if (host.actions) {
      host.actions.associate(actionId, handler);
    } else {
      (globalThis as Record<string, unknown>)[actionId] = handler;
    }
    associated.push(actionId);
  }
  return associated;
}

// Office.js defines `Office` globally in the function file; under jest it does not exist and nothing runs.
if (typeof Office !== 'undefined') {
  void registerCommands(Office);
}
