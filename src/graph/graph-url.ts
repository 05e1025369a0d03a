import type { GraphQuery } from './types';

/**
 * URLs are built here rather than by the SDK's `GraphRequest`: its builder recognises only `https://` hosts (the
 * simulator is plain http on loopback), leaves query values unencoded (a `$filter` holding `&` breaks) and
 * re-serialises query strings (an `@odata.nextLink` must be followed exactly as Graph returned it).
 */

/** `https://graph.microsoft.com/v1.0/` → `https://graph.microsoft.com/v1.0` (the version segment stays). */
export function normalizeBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  const parsed = new URL(trimmed);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TypeError(`The Graph base URL must be http(s), got '${baseUrl}'.`);
  }
  if (parsed.search || parsed.hash)
    throw new TypeError(`The Graph base URL must not hold a query or fragment: '${baseUrl}'.`);
  return trimmed;
}

export function encodeQuery(query: GraphQuery | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    // `$` stays literal in keys so logs read like Graph's documentation; values are fully encoded.
    parts.push(`${encodeURIComponent(key).replace(/^%24/, '$')}=${encodeURIComponent(String(value))}`);
  }
  return parts.join('&');
}

/** `baseUrl` + `/me/messages` + `?$top=5`. `path` must start with `/` and must not repeat the version. */
export function buildGraphUrl(baseUrl: string, path: string, query?: GraphQuery): string {
  if (!path.startsWith('/')) throw new TypeError(`Graph paths start with '/', got '${path}'.`);
  const queryString = encodeQuery(query);
  const url = `${baseUrl}${path}`;
  if (!queryString) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${queryString}`;
}

/** Path relative to the base URL (for the SDK's request builder and for logs); absolute URLs elsewhere stay whole. */
export function relativeToBase(baseUrl: string, url: string): string {
  return url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
}

export function originOf(url: string): string {
  return new URL(url).origin;
}
