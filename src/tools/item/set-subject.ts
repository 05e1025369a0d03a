import { z } from 'zod';
import { defineTool } from '../define-tool';
import { currentItemOf } from './item-context';

export const itemSetSubject = defineTool({
  name: 'item_set_subject',
  area: 'item',
  category: 'draft',
  modes: ['compose'],
  description: 'Replace the subject of the draft being written (max 255 characters). Nothing is sent.',
  input: z.object({
    subject: z
      .string()
      .trim()
      .min(1, { error: 'The subject is empty.' })
      .max(255, { error: 'The subject must be at most 255 characters.' }),
  }),
  graph: [],
  scopes: [],
  async preview(args, ctx) {
    const current = ctx.office ? await ctx.office.getCurrentItem().catch(() => null) : null;
    return {
      title: 'Change the subject of your draft',
      fields: [
        { label: 'New subject', value: args.subject, kind: 'subject', editableArg: 'subject' },
        ...(current?.mode === 'compose'
          ? [{ label: 'Current subject', value: current.subject || '(none)', kind: 'subject' as const }]
          : []),
      ],
      warnings: [],
    };
  },
  targets: (args) => ({ outgoingText: [args.subject] }),
  async run(args, ctx) {
    const { office, item } = await currentItemOf(ctx, 'item_set_subject', 'compose');
    await office.setSubject(args.subject);
    return {
      content: { subject: args.subject, previousSubject: ctx.untrusted(item.subject) },
      summary: 'Changed the draft subject',
      ...(item.subject
        ? {
            undo: {
              tool: 'item_set_subject',
              args: { subject: item.subject },
              label: 'Restore the previous subject',
            },
          }
        : {}),
    };
  },
});
