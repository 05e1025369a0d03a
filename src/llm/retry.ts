import { LlmCancelledError } from './errors';

/** How the adapters retry 429 and 5xx answers that came before any event was yielded. */
export interface RetryPolicy {
  /** Total attempts including the first. @default 3 */
  maxAttempts: number;
  /** First backoff when the server sends no Retry-After; doubles each attempt. @default 1000 */
  baseDelayMs: number;
  /** Longest wait we accept; a longer Retry-After gives up at once rather than freezing the pane. @default 20000 */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 20_000 };

/** The wait before attempt `attempt + 1`, or undefined to give up now. */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | undefined,
): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
  // Jitter keeps several panes from retrying in lock-step.
  return Math.min(policy.maxDelayMs, exponential * (0.75 + Math.random() * 0.5));
}

/** Sleeps, but rejects with a cancelled error the moment the signal aborts. */
export function abortableSleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new LlmCancelledError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new LlmCancelledError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
