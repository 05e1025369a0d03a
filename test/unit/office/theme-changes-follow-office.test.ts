import { watchOfficeTheme } from '../../../src/office/theme-changes';

type Handler = (event: { officeTheme?: Partial<Office.OfficeTheme> }) => void;

function fakeOffice(options: { supported: boolean }) {
  const handlers: Handler[] = [];
  const office = {
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      officeTheme: { bodyBackgroundColor: '#ffffff', isDarkTheme: false },
      mailbox: {
        addHandlerAsync(type: string, handler: Handler, callback: (result: unknown) => void) {
          if (!options.supported) {
            callback({ status: 'failed', value: undefined, error: { code: 5000, message: 'not supported' } });
            return;
          }
          expect(type).toBe('officeThemeChanged');
          handlers.push(handler);
          callback({ status: 'succeeded', value: undefined });
        },
        removeHandlerAsync: jest.fn(),
      },
    },
  };
  return { office: office as unknown as typeof Office, handlers };
}

describe('watchOfficeTheme', () => {
  it('reports each OfficeThemeChanged as dark or light, and stops on unsubscribe', async () => {
    const { office, handlers } = fakeOffice({ supported: true });
    const seen: boolean[] = [];
    const stop = watchOfficeTheme(office, (theme) => seen.push(theme.isDark));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handlers).toHaveLength(1);
    handlers[0]({ officeTheme: { bodyBackgroundColor: '#292929', isDarkTheme: true } });
    // Hosts that omit isDarkTheme still give the background colour.
    handlers[0]({ officeTheme: { bodyBackgroundColor: '#ffffff' } });
    expect(seen).toEqual([true, false]);
    stop();
    expect(office.context.mailbox.removeHandlerAsync).toHaveBeenCalledTimes(1);
  });

  it('keeps the opening theme quietly where the host does not raise the event', async () => {
    const { office, handlers } = fakeOffice({ supported: false });
    const onChange = jest.fn();
    const stop = watchOfficeTheme(office, onChange);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handlers).toHaveLength(0);
    expect(onChange).not.toHaveBeenCalled();
    stop();
    expect(office.context.mailbox.removeHandlerAsync).not.toHaveBeenCalled();
  });
});
