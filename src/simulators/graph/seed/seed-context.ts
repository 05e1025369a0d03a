/**
 * What area seed loaders share: the id factory, the clock, the user and people, and helpers for the author-friendly
 * seed values (relative dates like `now-2d+3h`, recipients written as a bare address).
 */
import { z } from 'zod';
import type { IdFactory } from '../core/ids';
import type { Random } from '../core/random';
import type { Recipient } from '../store/common';
import type { PersonRecord, UserRecord } from '../store/users';

export interface SeedContext {
  ids: IdFactory;
  random: Random;
  now: Date;
  user: UserRecord;
  people: readonly PersonRecord[];
}

/** `"ada@x.example"` or `{ "name": "Ada", "address": "ada@x.example" }`. */
export const addressSchema = z.union([
  z.string(),
  z.object({ name: z.string().optional(), address: z.string() }),
]);
export type AddressSeed = z.infer<typeof addressSchema>;

/** An ISO 8601 instant, or relative to the tenant's now: `now`, `now-2d`, `now+1d-3h`, `now-90m`. */
export const instantSchema = z.string();

const RELATIVE = /^now((?:[+-]\d+[dhm])*)$/;

export function resolveInstant(value: string | undefined, now: Date, fallback?: Date): string {
  if (value === undefined) return (fallback ?? now).toISOString();
  const relative = RELATIVE.exec(value.trim());
  if (relative) {
    let instant = now.getTime();
    for (const part of (relative[1] as string).matchAll(/([+-])(\d+)([dhm])/g)) {
      const amount = Number(part[2]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[part[3] as 'd' | 'h' | 'm'];
      instant += part[1] === '-' ? -amount : amount;
    }
    return new Date(instant).toISOString();
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed))
    throw new Error(`Seed value '${value}' is neither an ISO date-time nor 'now±Nd/h/m'.`);
  return new Date(parsed).toISOString();
}

export function toRecipient(value: AddressSeed, context: SeedContext): Recipient {
  const address = typeof value === 'string' ? value : value.address;
  const known =
    address.toLowerCase() === context.user.mail.toLowerCase()
      ? { displayName: context.user.displayName }
      : context.people.find((person) => person.address.toLowerCase() === address.toLowerCase());
  const name = typeof value === 'object' && value.name ? value.name : (known?.displayName ?? address);
  return { emailAddress: { name, address } };
}

export function userRecipient(context: SeedContext): Recipient {
  return { emailAddress: { name: context.user.displayName, address: context.user.mail } };
}
