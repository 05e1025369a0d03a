/** Every Graph route the simulator serves. Area modules own their lists; order does not matter (see router.ts). */
import type { RouteDefinition } from '../core/route';
import { calendarRoutes } from './calendar';
import { mailRoutes } from './mail';
import { meRoutes } from './me';
import { onedriveRoutes } from './onedrive';
import { onenoteRoutes } from './onenote';
import { todoRoutes } from './todo';

export function areaRoutes(): RouteDefinition[] {
  return [...meRoutes, ...mailRoutes, ...calendarRoutes, ...todoRoutes, ...onedriveRoutes, ...onenoteRoutes];
}
