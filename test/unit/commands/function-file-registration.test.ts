import {
  commandHandlers,
  registerCommands,
  type CommandHandler,
  type CommandRegistrationHost,
} from '../../../src/commands/commands';
import { descendants, parseXml } from '../../../scripts/manifest/xml-tree';
import { realManifest } from '../manifest/manifest-fixture';

function fakeHost(withActions: boolean) {
  let signalReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  const associated: [string, CommandHandler][] = [];
  const host: CommandRegistrationHost = {
    onReady: () => ready,
    actions: withActions
      ? { associate: (actionId, handler) => associated.push([actionId, handler]) }
      : undefined,
  };
  return { host, associated, signalReady };
}

describe('the function file', () => {
  it('associates its handlers only once Office is ready', async () => {
    const summarize: CommandHandler = (event) => event.completed();
    const { host, associated, signalReady } = fakeHost(true);
    const registration = registerCommands(host, { summarizeNow: summarize });
    await Promise.resolve();
    expect(associated).toEqual([]);
    signalReady();
    await expect(registration).resolves.toEqual(['summarizeNow']);
    expect(associated).toEqual([['summarizeNow', summarize]]);
  });

  it('falls back to a global function on hosts without Office.actions', async () => {
    const handler: CommandHandler = (event) => event.completed();
    const { host, signalReady } = fakeHost(false);
    signalReady();
    await registerCommands(host, { legacyCommandForTest: handler });
    expect((globalThis as Record<string, unknown>).legacyCommandForTest).toBe(handler);
    delete (globalThis as Record<string, unknown>).legacyCommandForTest;
  });

  it('handles exactly the ExecuteFunction actions manifest.xml declares (none: every button opens the pane)', async () => {
    const declared = descendants(parseXml(realManifest))
      .filter((element) => element.name === 'FunctionName')
      .map((element) => element.text)
      .sort();
    expect(Object.keys(commandHandlers).sort()).toEqual(declared);
    const { host, associated, signalReady } = fakeHost(true);
    signalReady();
    await expect(registerCommands(host)).resolves.toEqual(declared);
    expect(associated.map(([actionId]) => actionId)).toEqual(declared);
  });
});
