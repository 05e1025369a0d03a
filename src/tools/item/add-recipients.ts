import { z } from 'zod';
import type { EmailAddressView } from '../../office/types';
import { defineTool, type PreviewField } from '../define-tool';
import { currentItemOf } from './item-context';
import { describeRecipients, parseRecipient, recipientArgument, recipientView } from './recipients';

const FIELDS = ['to', 'cc', 'bcc'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_LABELS: Readonly<Record<Field, string>> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };
const list = z.array(recipientArgument).max(50).optional();

const input = z
  .object({ to: list, cc: list, bcc: list })
  .refine((args) => FIELDS.some((field) => (args[field]?.length ?? 0) > 0), {
    error: 'Name at least one recipient in to, cc or bcc.',
  });

function parsed(args: z.infer<typeof input>, field: Field): EmailAddressView[] {
  return (args[field] ?? [])
    .map((value) => parseRecipient(value))
    .filter((value): value is EmailAddressView => value !== undefined);
}

export const itemAddRecipients = defineTool({
  name: 'item_add_recipients',
  area: 'item',
  category: 'draft',
  modes: ['compose'],
  description:
    'Add recipients (to, cc, bcc) to the draft being written. Entries: "name@domain" or "Name <name@domain>". Existing recipients stay. Nothing is sent.',
  input,
  graph: [],
  scopes: [],
  preview(args, ctx) {
    const fields: PreviewField[] = FIELDS.filter((field) => (args[field]?.length ?? 0) > 0).map((field) => {
      const views = parsed(args, field).map((recipient) => recipientView(recipient, ctx.user.emailAddress));
      return {
        label: FIELD_LABELS[field],
        value: describeRecipients(views),
        kind: 'recipients',
        recipients: views,
        editableArg: field,
      };
    });
    return { title: 'Add recipients to your draft', fields, warnings: [] };
  },
  targets: (args) => ({
    recipients: FIELDS.flatMap((field) => parsed(args, field).map((recipient) => recipient.address)),
  }),
  async run(args, ctx) {
    const { office, item } = await currentItemOf(ctx, 'item_add_recipients', 'compose');
    const added: Partial<Record<Field, string[]>> = {};
    const alreadyThere: string[] = [];
    const plan = FIELDS.map((field) => {
      const present = new Set((item[field] ?? []).map((recipient) => recipient.address.toLowerCase()));
      const fresh: EmailAddressView[] = [];
      for (const recipient of parsed(args, field)) {
        const key = recipient.address.toLowerCase();
        if (present.has(key)) alreadyThere.push(recipient.address);
        else {
          present.add(key);
          fresh.push(recipient);
        }
      }
      return { field, fresh };
    });
    for (const { field, fresh } of plan) {
      if (fresh.length === 0) continue;
      await office.addRecipients(field, fresh);
      added[field] = fresh.map((recipient) => recipient.address);
    }
    const count = Object.values(added).reduce((sum, addresses) => sum + addresses.length, 0);
    return {
      content: { added, ...(alreadyThere.length > 0 ? { alreadyPresent: alreadyThere } : {}) },
      summary: `Added ${count} recipient${count === 1 ? '' : 's'} to the draft`,
    };
  },
});
