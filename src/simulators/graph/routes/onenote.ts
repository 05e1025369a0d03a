/**
 * OneNote routes: reads (notebooks, sections, pages, page HTML, copy operations) in `onenote-read.ts`, writes
 * (create page, PATCH content, copyToSection, delete) in `onenote-write.ts`; HTML handling in `onenote-html.ts`.
 */
import type { RouteDefinition } from '../core/route';
import { onenoteReadRoutes } from './onenote-read';
import { onenoteWriteRoutes } from './onenote-write';

export const onenoteRoutes: RouteDefinition[] = [...onenoteReadRoutes, ...onenoteWriteRoutes];
