import type { RetryPolicy } from './retry';

/** Options for building a model beyond the user's settings: mostly for tests and the workbench. */
export interface LanguageModelOptions {
  /** Replaces the global fetch (tests, instrumentation). */
  fetch?: typeof globalThis.fetch;
  retry?: RetryPolicy;
}

/** Base URLs are stored as typed; drop trailing slashes so path joins are predictable. */
export function trimBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
