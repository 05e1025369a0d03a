/** Master categories: list, create or recolour, delete. Graph cannot rename a category once created. */
import { z } from 'zod';
import { defineTool, type ToolContext } from '../define-tool';
import { encodeGraphId } from '../../graph/types';
import { CATEGORIES_READ, CATEGORIES_WRITE, type Page } from './mail-graph';
import { candidateList } from '../shared/tool-error';
import { MailToolError } from './mail-errors';

export interface CategoryWire {
  id: string;
  displayName: string;
  color: string;
}

/** Outlook's preset colours by the names Outlook shows. */
export const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  none: 'none',
  red: 'preset0',
  orange: 'preset1',
  brown: 'preset2',
  yellow: 'preset3',
  green: 'preset4',
  teal: 'preset5',
  olive: 'preset6',
  blue: 'preset7',
  purple: 'preset8',
  cranberry: 'preset9',
  steel: 'preset10',
  darksteel: 'preset11',
  gray: 'preset12',
  darkgray: 'preset13',
  black: 'preset14',
  darkred: 'preset15',
  darkorange: 'preset16',
  darkbrown: 'preset17',
  darkyellow: 'preset18',
  darkgreen: 'preset19',
  darkteal: 'preset20',
  darkolive: 'preset21',
  darkblue: 'preset22',
  darkpurple: 'preset23',
  darkcranberry: 'preset24',
};
const PRESET_NAMES = Object.fromEntries(
  Object.entries(CATEGORY_COLOURS).map(([name, preset]) => [preset, name]),
);

const colourSchema = z
  .string()
  .trim()
  .transform((value) => value.toLowerCase().replace(/[\s_-]/g, ''))
  .refine((value) => value in CATEGORY_COLOURS || /^preset([0-9]|1[0-9]|2[0-4])$/.test(value), {
    message: `Colour must be one of ${Object.keys(CATEGORY_COLOURS).join(', ')} or preset0…preset24.`,
  })
  .transform((value) => CATEGORY_COLOURS[value] ?? value);

export async function listCategories(ctx: ToolContext): Promise<CategoryWire[]> {
  const page = await ctx.graph.get<Page<CategoryWire>>('/me/outlook/masterCategories', {
    scopes: CATEGORIES_READ,
    signal: ctx.signal,
  });
  return page.value ?? [];
}

function findCategory(categories: readonly CategoryWire[], name: string): CategoryWire | undefined {
  return categories.find((category) => category.displayName.toLowerCase() === name.trim().toLowerCase());
}

function notFound(name: string, categories: readonly CategoryWire[]): MailToolError {
  return new MailToolError(
    'category-not-found',
    `No category '${name}'. Categories: ${candidateList(categories.map((category) => category.displayName))}.`,
  );
}

const categoryPath = (id: string): string => `/me/outlook/masterCategories/${encodeGraphId(id)}`;
const colourName = (preset: string): string => PRESET_NAMES[preset] ?? preset;

export const listCategoriesTool = defineTool({
  name: 'mail_list_categories',
  area: 'mail',
  category: 'read',
  description: "List the user's master categories (name and colour) used to tag mail and events.",
  input: z.object({}),
  graph: ['GET /me/outlook/masterCategories'],
  scopes: CATEGORIES_READ,
  async run(_args, ctx) {
    const categories = await listCategories(ctx);
    return {
      content: {
        categories: categories.map((category) => ({
          name: ctx.untrusted(category.displayName),
          colour: colourName(category.color),
        })),
      },
      summary: `Listed ${categories.length} categories`,
    };
  },
});

export const upsertCategoryTool = defineTool({
  name: 'mail_upsert_category',
  area: 'mail',
  category: 'organize',
  description:
    'Create a master category, or change the colour of an existing one (colours: red, orange, yellow, green, blue, purple…). Outlook cannot rename categories.',
  input: z.object({
    name: z.string().trim().min(1).max(255),
    colour: colourSchema.optional(),
    newName: z.string().trim().min(1).max(255).optional().describe('Rename: not supported by Outlook; fails'),
  }),
  graph: [
    'GET /me/outlook/masterCategories',
    'POST /me/outlook/masterCategories',
    'PATCH /me/outlook/masterCategories/{outlookCategory-id}',
  ],
  scopes: CATEGORIES_WRITE,
  async preview(args, ctx) {
    const existing = findCategory(await listCategories(ctx), args.name);
    return {
      title: existing ? 'Change category colour' : 'Create category',
      fields: [
        { label: 'Category', value: args.name, kind: 'text', editableArg: 'name' },
        { label: 'Colour', value: colourName(args.colour ?? existing?.color ?? 'none'), kind: 'text' },
      ],
      warnings: [],
    };
  },
  targets: (args) => ({ itemIds: [args.name] }),
  async run(args, ctx) {
    if (args.newName && args.newName.toLowerCase() !== args.name.toLowerCase())
      throw new MailToolError(
        'category-rename-unsupported',
        `Outlook cannot rename a category. Create '${args.newName}' with mail_upsert_category, retag the messages, then delete '${args.name}' if wanted.`,
      );
    const categories = await listCategories(ctx);
    const existing = findCategory(categories, args.name);
    if (existing) {
      if (!args.colour || args.colour === existing.color)
        return {
          content: { name: existing.displayName, colour: colourName(existing.color), changed: false },
          summary: 'Category unchanged',
        };
      const updated = await ctx.graph.patch<CategoryWire>(
        categoryPath(existing.id),
        { color: args.colour },
        { scopes: CATEGORIES_WRITE, signal: ctx.signal },
      );
      return {
        content: {
          name: existing.displayName,
          colour: colourName(updated.color ?? args.colour),
          changed: true,
        },
        summary: `Recoloured category ${existing.displayName}`,
        undo: {
          tool: 'mail_upsert_category',
          args: { name: existing.displayName, colour: existing.color },
          label: 'Restore the colour',
        },
      };
    }
    const created = await ctx.graph.post<CategoryWire>(
      '/me/outlook/masterCategories',
      { displayName: args.name, color: args.colour ?? 'preset0' },
      { scopes: CATEGORIES_WRITE, signal: ctx.signal },
    );
    return {
      content: { name: created.displayName, colour: colourName(created.color), created: true },
      summary: `Created category ${created.displayName}`,
    };
  },
});

export const deleteCategoryTool = defineTool({
  name: 'mail_delete_category',
  area: 'mail',
  category: 'delete',
  description: 'Delete a master category by name. Messages keep the tag text but lose its colour.',
  input: z.object({ name: z.string().trim().min(1).max(255) }),
  graph: ['GET /me/outlook/masterCategories', 'DELETE /me/outlook/masterCategories/{outlookCategory-id}'],
  scopes: CATEGORIES_WRITE,
  async preview(args, ctx) {
    const existing = findCategory(await listCategories(ctx), args.name);
    return {
      title: 'Delete category',
      fields: [
        { label: 'Category', value: existing?.displayName ?? args.name, kind: 'text' },
        ...(existing ? [{ label: 'Colour', value: colourName(existing.color), kind: 'text' as const }] : []),
      ],
      warnings: existing ? [] : [{ code: 'other', message: `No category named '${args.name}' exists.` }],
    };
  },
  targets: (args) => ({ itemIds: [args.name] }),
  async run(args, ctx) {
    const categories = await listCategories(ctx);
    const existing = findCategory(categories, args.name);
    if (!existing) throw notFound(args.name, categories);
    await ctx.graph.delete(categoryPath(existing.id), { scopes: CATEGORIES_WRITE, signal: ctx.signal });
    return {
      content: { deleted: existing.displayName },
      summary: `Deleted category ${existing.displayName}`,
      undo: {
        tool: 'mail_upsert_category',
        args: { name: existing.displayName, colour: existing.color },
        label: 'Recreate the category',
      },
    };
  },
});
