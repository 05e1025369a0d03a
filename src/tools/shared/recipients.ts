/**
 * Recipients as tools take them from the model ("ana@contoso.example" or "Ana Silva <ana@contoso.example>"),
 * as Graph wants them, and as approval cards show them (external ones flagged).
 */
import { z } from 'zod';
import type { RecipientView } from '../define-tool';

export interface ParsedRecipient {
  address: string;
  name?: string;
}

/** Graph's `recipient` shape. */
export interface GraphRecipient {
  emailAddress: { address?: string; name?: string };
}

const NAMED = /^\s*"?([^"<]*?)"?\s*<\s*([^<>\s]+)\s*>\s*$/;
const addressSchema = z.email();

/** Reads "a@b.example" or "Name <a@b.example>"; undefined when the address is not a valid email. */
export function parseRecipient(text: string): ParsedRecipient | undefined {
  const named = NAMED.exec(text);
  const address = (named ? named[2] : text).trim();
  if (!addressSchema.safeParse(address).success) return undefined;
  const name = named?.[1]?.trim();
  return name ? { address, name } : { address };
}

/** One recipient argument: an email address, optionally with a display name. */
export const recipientSchema = z
  .string()
  .trim()
  .refine((text) => parseRecipient(text) !== undefined, {
    message: 'Not a valid email address; give "name@domain" or "Name <name@domain>".',
  });

/** A recipient list argument (at most 100, Outlook's practical limit for one message). */
export const recipientListSchema = z.array(recipientSchema).max(100);

export function parseRecipients(list: readonly string[] | undefined): ParsedRecipient[] {
  return (list ?? []).flatMap((text) => {
    const parsed = parseRecipient(text);
    return parsed ? [parsed] : [];
  });
}

export function toGraphRecipients(list: readonly string[] | undefined): GraphRecipient[] {
  return parsedToGraph(parseRecipients(list));
}

export function parsedToGraph(list: readonly ParsedRecipient[]): GraphRecipient[] {
  return list.map((recipient) => ({
    emailAddress: recipient.name
      ? { address: recipient.address, name: recipient.name }
      : { address: recipient.address },
  }));
}

export function fromGraphRecipients(list: readonly GraphRecipient[] | null | undefined): ParsedRecipient[] {
  return (list ?? []).flatMap((recipient) => {
    const address = recipient.emailAddress?.address;
    if (!address) return [];
    const name = recipient.emailAddress.name;
    return [name && name !== address ? { address, name } : { address }];
  });
}

export function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** Outside the user's organisation: the domain differs from the user's own address's domain. */
export function isExternalAddress(address: string, userAddress: string): boolean {
  const userDomain = domainOfAddress(userAddress);
  return userDomain === '' || domainOfAddress(address) !== userDomain;
}

export function sameAddress(left: string, right: string): boolean {
  return left.trim().toLowerCase() === right.trim().toLowerCase();
}

/** Card view of recipients. */
export function recipientViews(list: readonly ParsedRecipient[], userAddress: string): RecipientView[] {
  return list.map((recipient) => ({
    address: recipient.address,
    ...(recipient.name ? { name: recipient.name } : {}),
    external: isExternalAddress(recipient.address, userAddress),
  }));
}

/** Drops repeats (case-insensitive address) keeping the first. */
export function uniqueRecipients(list: readonly ParsedRecipient[]): ParsedRecipient[] {
  const seen = new Set<string>();
  return list.filter((recipient) => {
    const key = recipient.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Ana Silva <ana@contoso.example>" or the bare address. */
export function formatRecipient(recipient: ParsedRecipient): string {
  return recipient.name ? `${recipient.name} <${recipient.address}>` : recipient.address;
}
