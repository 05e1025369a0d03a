/**
 * OneDrive routes (the signed-in user's drive): reads and search in `onedrive-read.ts`, writes in
 * `onedrive-write.ts`, and the preauthenticated download/upload URLs in `onedrive-transfer.ts` (served under
 * `/_content`, outside `/v1.0`). Path addressing (`root:/a/b:`) uses `drivePathMatcher` with the `items/{id}` template.
 */
import type { RouteDefinition } from '../core/route';
import { onedriveReadRoutes } from './onedrive-read';
import { onedriveWriteRoutes } from './onedrive-write';

export const onedriveRoutes: RouteDefinition[] = [...onedriveReadRoutes, ...onedriveWriteRoutes];
