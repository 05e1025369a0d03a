import { useEffect, useState } from 'react';
import type { PaneRuntime } from '../../runtime/types';

export type RuntimeState =
  { status: 'loading' } | { status: 'ready'; runtime: PaneRuntime } | { status: 'error'; message: string };

/** Loads the runtime (agent, tools, Graph, auth) after the first paint; `load` is called once. */
export function useRuntime(load: () => Promise<PaneRuntime>): RuntimeState {
  const [state, setState] = useState<RuntimeState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    load().then(
      (runtime) => active && setState({ status: 'ready', runtime }),
      (error: unknown) =>
        active &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      active = false;
    };
    // The loader is fixed for the pane's life; a new function identity must not load a second runtime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
