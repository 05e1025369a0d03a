/**
 * OneDrive path-based addressing, which no OpenAPI template can express (README "Documented operations that are
 * not path templates"). Use as a route's `match` with the equivalent `items/{driveItem-id}` template:
 *
 *   defineRoute({ method: 'GET', template: '/me/drive/items/{driveItem-id}/children',
 *                 match: drivePathMatcher('/children'), ... })
 *
 * Params: `item-path` ('Documents/report.docx', decoded, no leading slash) and, for the
 * `/me/drive/items/{parent-id}:/{filename}:` form, `driveItem-id` (the parent id).
 */
export function drivePathMatcher(
  suffix: '' | '/children' | '/content' | '/createUploadSession' | '/search' = '',
): (path: string) => Record<string, string> | undefined {
  const escapedSuffix = suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const fromRoot = new RegExp(`^/me/drive/root:/(.+?):?${escapedSuffix}$`, 's');
  const fromItem = new RegExp(`^/me/drive/items/([^/]+):/(.+?):?${escapedSuffix}$`, 's');
  return (path): Record<string, string> | undefined => {
    // A path with no trailing colon is only valid without a suffix (`/me/drive/root:/a/b.txt`).
    if (suffix !== '' && !path.endsWith(`:${suffix}`)) return undefined;
    if (suffix === '' && /:\/(children|content|createUploadSession)$/.test(path)) return undefined;
    const root = fromRoot.exec(path);
    if (root) return { 'item-path': (root[1] as string).replace(/^\/+|\/+$/g, '') };
    const item = fromItem.exec(path);
    if (item)
      return {
        'driveItem-id': item[1] as string,
        'item-path': (item[2] as string).replace(/^\/+|\/+$/g, ''),
      };
    return undefined;
  };
}
