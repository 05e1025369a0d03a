import { useEffect, useState } from 'react';
import type { CurrentItemSnapshot, OfficeHost } from '../../office/types';

export type CurrentItemState =
  | { status: 'loading' }
  | { status: 'ready'; item: CurrentItemSnapshot | null }
  | { status: 'error'; message: string };

/** The current Outlook item, re-read whenever a pinned pane moves to another item. */
export function useCurrentItem(host: OfficeHost): CurrentItemState {
  const [state, setState] = useState<CurrentItemState>({ status: 'loading' });

  useEffect(() => {
    let latestRequest = 0;
    const refresh = (): void => {
      const request = ++latestRequest;
      host.getCurrentItem().then(
        (item) => {
          if (request === latestRequest) setState({ status: 'ready', item });
        },
        (error: unknown) => {
          if (request === latestRequest) {
            setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
          }
        },
      );
    };
    refresh();
    const unsubscribe = host.onItemChanged(refresh);
    return () => {
      latestRequest = Number.NaN;
      unsubscribe();
    };
  }, [host]);

  return state;
}
