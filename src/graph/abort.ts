/** Why a linked signal fired: the caller cancelled, or the call ran out of time. */
export type AbortCause = 'cancelled' | 'timeout';

export interface LinkedSignal {
  signal: AbortSignal;
  cause(): AbortCause | undefined;
  dispose(): void;
}

/** The caller's signal plus a timeout, remembering which one fired (AbortSignal.any does not say). */
export function linkSignal(outer: AbortSignal | undefined, timeoutMs: number): LinkedSignal {
  const controller = new AbortController();
  let cause: AbortCause | undefined;
  const onAbort = () => {
    cause ??= 'cancelled';
    controller.abort(outer?.reason);
  };
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          cause ??= 'timeout';
          controller.abort(new DOMException('The Graph call timed out.', 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    cause: () => cause,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

/** Settles with `work`, or rejects as soon as `signal` aborts (the work's own cleanup continues in the background). */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export function abortableSleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
