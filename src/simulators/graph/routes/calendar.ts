/**
 * Calendar routes: calendars, events, calendarView, meeting actions and free/busy. Each family lives in its own
 * file (calendar-events.ts, calendar-responses.ts, calendar-schedule.ts); records ↔ wire JSON and series expansion in
 * calendar-model.ts. Guide: docs/graph-simulator.md, "Calendar routes".
 */
import type { RouteDefinition } from '../core/route';
import { calendarEventRoutes } from './calendar-events';
import { calendarResponseRoutes } from './calendar-responses';
import { calendarScheduleRoutes } from './calendar-schedule';

export const calendarRoutes: RouteDefinition[] = [
  ...calendarEventRoutes,
  ...calendarResponseRoutes,
  ...calendarScheduleRoutes,
];
