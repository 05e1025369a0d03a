/**
 * The seed format (docs/graph-simulator.md, "Seed format"): one JSON document describing a tenant. Each area's
 * section has its schema and loader in `seed/<area>.ts`; this file composes them and builds the demo tenant.
 */
import { z } from 'zod';
import type { IdFactory } from '../core/ids';
import { createIdFactory } from '../core/ids';
import { createRandom, hashSeed } from '../core/random';
import type { GraphStore } from '../store/store';
import { calendarSeedSchema, demoCalendarSeed, loadCalendarSeed } from './calendar';
import { demoMailSeed, loadMailSeed, mailSeedSchema } from './mail';
import { demoOneDriveSeed, loadOneDriveSeed, onedriveSeedSchema } from './onedrive';
import { demoOneNoteSeed, loadOneNoteSeed, onenoteSeedSchema } from './onenote';
import { demoPeopleSeed, loadPeople, loadUser, personSeedSchema, userSeedSchema } from './people';
import type { SeedContext } from './seed-context';
import { demoTodoSeed, loadTodoSeed, todoSeedSchema } from './todo';

export const tenantSeedSchema = z.object({
  /** The tenant's clock; relative seed dates (`now-2d`) are read against it. */
  now: z.string().optional(),
  user: userSeedSchema,
  people: z.array(personSeedSchema).optional(),
  mail: mailSeedSchema.optional(),
  calendar: calendarSeedSchema.optional(),
  todo: todoSeedSchema.optional(),
  onedrive: onedriveSeedSchema.optional(),
  onenote: onenoteSeedSchema.optional(),
});

export type TenantSeed = z.infer<typeof tenantSeedSchema>;

export const DEFAULT_NOW = '2026-11-20T09:00:00Z';

/** Validates a seed document; throws an Error listing the problems. */
export function parseTenantSeed(value: unknown): TenantSeed {
  const result = tenantSeedSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid tenant seed: ${problems}`);
  }
  return result.data;
}

/**
 * Builds a store from a seed document. Ids come from `seedNumber` (each area draws from its own stream, so adding
 * mail does not reshuffle OneDrive ids). Returns the id factory too, for ids minted later at runtime.
 */
export function loadTenant(
  seed: TenantSeed,
  options: { seed: number; now?: string },
): { store: GraphStore; ids: IdFactory } {
  const now = new Date(Date.parse(options.now ?? seed.now ?? DEFAULT_NOW));
  if (Number.isNaN(now.getTime())) throw new Error(`Invalid 'now': ${options.now ?? seed.now}`);
  const area = (name: string): SeedContext => {
    const random = createRandom(hashSeed(name, options.seed));
    return { ids: createIdFactory(random), random, now, user, people };
  };
  const user = loadUser(seed.user, createIdFactory(createRandom(hashSeed('user', options.seed))));
  const people = loadPeople(seed.people ?? [], user);
  const store: GraphStore = {
    now: now.toISOString(),
    user,
    people,
    mail: loadMailSeed(seed.mail, area('mail')),
    calendar: loadCalendarSeed(seed.calendar, area('calendar')),
    todo: loadTodoSeed(seed.todo, area('todo')),
    drive: loadOneDriveSeed(seed.onedrive, area('onedrive')),
    onenote: loadOneNoteSeed(seed.onenote, area('onenote')),
    outbox: [],
  };
  return { store, ids: createIdFactory(createRandom(hashSeed('runtime', options.seed))) };
}

/** The demo tenant as a seed document (deterministic; dates relative to the tenant's now). */
export function buildDemoTenant(): TenantSeed {
  const { user, people } = demoPeopleSeed();
  return {
    user,
    people,
    mail: demoMailSeed(),
    calendar: demoCalendarSeed(),
    todo: demoTodoSeed(),
    onedrive: demoOneDriveSeed(),
    onenote: demoOneNoteSeed(),
  };
}
