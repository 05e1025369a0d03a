/**
 * Runs in the page before any of its scripts (as a Playwright init script): a minimal `window.Office` like
 * shared/tools/measure-pane.js, plus roaming settings and a mailbox without an item, and marks for the time the
 * React root first gets children (`root`) and the chat composer exists (`chat`).
 * Kept free of imports: Playwright serialises the function's source into the page.
 */
export function installOfficeStubAndMarks(): void {
  type Marks = { root?: number; chat?: number; fcp?: number };
  const page = window as unknown as { Office: unknown; __benchMarks: Marks };
  const settings = new Map<string, unknown>();
  const succeeded = (callback?: (result: unknown) => void) =>
    callback?.({ status: 'succeeded', value: undefined });
  page.Office = {
    onReady(callback?: (info: unknown) => void) {
      const info = { host: 'Outlook', platform: 'PC' };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Outlook: 'Outlook' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    context: {
      displayLanguage: 'en-US',
      roamingSettings: {
        get: (name: string) => settings.get(name),
        set: (name: string, value: unknown) => void settings.set(name, value),
        remove: (name: string) => void settings.delete(name),
        saveAsync: succeeded,
      },
      mailbox: {
        item: null,
        userProfile: { displayName: 'Bench User', emailAddress: 'bench@contoso.example', timeZone: 'UTC' },
        addHandlerAsync: (_type: unknown, _handler: unknown, callback?: (result: unknown) => void) =>
          succeeded(callback),
        convertToRestId: (id: string) => id,
      },
    },
  };
  const marks: Marks = {};
  page.__benchMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const check = () => {
    const root = document.getElementById('container') ?? document.getElementById('root');
    if (root && marks.root === undefined && root.childElementCount > 0) marks.root = performance.now();
    if (marks.chat === undefined && document.querySelector('textarea, [data-bench-ready]'))
      marks.chat = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/**
 * A page script that runs `fn` with `argument`. tsx compiles with esbuild's keepNames, which wraps functions in a
 * `__name` helper that does not exist in the page; define it there first.
 */
export function pageScript<A>(fn: (argument: A) => void, argument?: A): { content: string } {
  return {
    content: `var __name = (target) => target;\n(${fn.toString()})(${JSON.stringify(argument ?? null)});`,
  };
}
