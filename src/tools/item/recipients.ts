import { z } from 'zod';
import type { EmailAddressView } from '../../office/types';
import type { RecipientView } from '../define-tool';
import { domainOf } from '../../security/value-matching';

const ADDRESS = z.email();

/** "Adele Vance <adele@contoso.com>" or "adele@contoso.com" → its parts; undefined when the address is invalid. */
export function parseRecipient(value: string): EmailAddressView | undefined {
  const trimmed = value.trim();
  const angle = /^(.*?)\s*<([^<>]+)>$/u.exec(trimmed);
  const address = (angle ? angle[2] : trimmed).trim();
  if (!ADDRESS.safeParse(address).success) return undefined;
  const name = angle ? angle[1].trim().replace(/^"(.*)"$/u, '$1') : '';
  return { name: name || address, address };
}

/** One recipient argument, validated where the agent validates arguments (before anything runs). */
export const recipientArgument = z
  .string()
  .trim()
  .refine((value) => parseRecipient(value) !== undefined, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid email address (use name@domain or "Name <name@domain>").`,
  });

/** A recipient as an approval card shows it, flagged when outside the user's domain. */
export function recipientView(recipient: EmailAddressView, userAddress: string): RecipientView {
  const userDomain = domainOf(userAddress);
  const domain = domainOf(recipient.address);
  return {
    address: recipient.address,
    ...(recipient.name && recipient.name !== recipient.address ? { name: recipient.name } : {}),
    external: userDomain !== '' && domain !== userDomain,
  };
}

/** "Adele Vance <adele@contoso.com>, bob@fabrikam.com (external)" for a preview field's text. */
export function describeRecipients(views: RecipientView[]): string {
  return views
    .map(
      (view) =>
        `${view.name ? `${view.name} <${view.address}>` : view.address}${view.external ? ' (external)' : ''}`,
    )
    .join(', ');
}
