/** A collection page as Graph returns it. */
export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export interface PagingLimits {
  maxItems: number;
  /** Stops a server that keeps answering with a nextLink. @default 20 */
  maxPages?: number;
}

export const DEFAULT_MAX_PAGES = 20;

/**
 * Follows `@odata.nextLink` exactly as Graph returned it (it is opaque: never parsed, never rebuilt) until
 * `maxItems` items, `maxPages` pages or the last page.
 */
export async function collectPages<T>(
  firstPage: () => Promise<GraphPage<T>>,
  nextPage: (nextLink: string) => Promise<GraphPage<T>>,
  limits: PagingLimits,
): Promise<T[]> {
  const maxItems = Math.max(0, Math.floor(limits.maxItems));
  const maxPages = Math.max(1, Math.floor(limits.maxPages ?? DEFAULT_MAX_PAGES));
  const items: T[] = [];
  if (maxItems === 0) return items;
  let page = await firstPage();
  for (let pages = 1; ; pages += 1) {
    for (const item of page.value ?? []) {
      items.push(item);
      if (items.length >= maxItems) return items;
    }
    const nextLink = page['@odata.nextLink'];
    if (typeof nextLink !== 'string' || nextLink === '' || pages >= maxPages) return items;
    page = await nextPage(nextLink);
  }
}
