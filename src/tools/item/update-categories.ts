import { z } from 'zod';
import { OfficeError } from '../../office/office-error';
import { defineTool, type PreviewField } from '../define-tool';
import { currentItemOf } from './item-context';

const names = z.array(z.string().trim().min(1).max(255)).max(25).optional();

const input = z
  .object({ add: names, remove: names })
  .refine((args) => (args.add?.length ?? 0) + (args.remove?.length ?? 0) > 0, {
    error: 'Name at least one category to add or remove.',
  })
  .refine(
    (args) =>
      !(args.add ?? []).some((name) =>
        (args.remove ?? []).some((other) => other.toLowerCase() === name.toLowerCase()),
      ),
    { error: 'A category cannot be both added and removed.' },
  );

const sameName = (left: string, right: string) => left.toLowerCase() === right.toLowerCase();

export const itemUpdateCategories = defineTool({
  name: 'item_update_categories',
  area: 'item',
  category: 'organize',
  description:
    'Add or remove categories on the open email or draft. Categories must exist in the master list (Outlook rejects unknown ones).',
  input,
  graph: [],
  scopes: [],
  async preview(args, ctx) {
    const item = ctx.office ? await ctx.office.getCurrentItem().catch(() => null) : null;
    const fields: PreviewField[] = [];
    if (item)
      fields.push({
        label: item.mode === 'compose' ? 'Draft' : 'Email',
        value: item.subject || '(no subject)',
        kind: 'subject',
      });
    if (args.add?.length)
      fields.push({ label: 'Add', value: args.add.join(', '), kind: 'text', editableArg: 'add' });
    if (args.remove?.length)
      fields.push({ label: 'Remove', value: args.remove.join(', '), kind: 'text', editableArg: 'remove' });
    return { title: 'Change the categories of the open email', fields, warnings: [] };
  },
  // It only ever touches the item the user has open, and category names reach no one: nothing to trace.
  targets: () => ({}),
  async run(args, ctx) {
    const { office, item } = await currentItemOf(ctx, 'item_update_categories');
    const current = item.categories;
    const toAdd = [...new Set(args.add ?? [])].filter(
      (name) => !current.some((existing) => sameName(existing, name)),
    );
    // Remove under the item's own spelling of the name.
    const toRemove = current.filter((existing) =>
      (args.remove ?? []).some((name) => sameName(existing, name)),
    );
    const notOnItem = (args.remove ?? []).filter(
      (name) => !current.some((existing) => sameName(existing, name)),
    );
    try {
      if (toAdd.length > 0) await office.addCategories(toAdd);
    } catch (error) {
      throw new OfficeError(
        'invalid-argument',
        `Outlook did not add ${toAdd.join(', ')}: ${error instanceof Error ? error.message : String(error)} A category must exist in your category list first.`,
        { cause: error },
      );
    }
    if (toRemove.length > 0) await office.removeCategories(toRemove);
    const categories = [...current.filter((name) => !toRemove.includes(name)), ...toAdd];
    const changed = toAdd.length + toRemove.length;
    return {
      content: {
        categories,
        added: toAdd,
        removed: toRemove,
        ...(notOnItem.length > 0 ? { notOnItem } : {}),
      },
      summary:
        changed === 0
          ? 'Categories already as asked'
          : `Updated categories (${changed} change${changed === 1 ? '' : 's'})`,
      ...(changed > 0
        ? {
            undo: {
              tool: 'item_update_categories',
              args: {
                ...(toRemove.length ? { add: toRemove } : {}),
                ...(toAdd.length ? { remove: toAdd } : {}),
              },
              label: 'Restore the previous categories',
            },
          }
        : {}),
    };
  },
});
