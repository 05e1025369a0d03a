/** mail_list_folders and mail_create_folder. */
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { folderPath, MAIL_READ, MAIL_WRITE } from './mail-graph';
import { listFolderTree, resolveFolder, type FolderWire } from './folders';
import { FOLDER_ARGUMENT, FOLDER_OPERATIONS } from './list-messages';
import { MailToolError } from './mail-errors';

export const listFoldersTool = defineTool({
  name: 'mail_list_folders',
  area: 'mail',
  category: 'read',
  description:
    'List mail folders as a tree (path, id, unread and total counts), to the given depth (default 2, max 4).',
  input: z.object({ depth: z.number().int().min(1).max(4).optional() }),
  graph: ['GET /me/mailFolders', 'GET /me/mailFolders/{mailFolder-id}/childFolders'],
  scopes: MAIL_READ,
  async run(args, ctx) {
    const tree = await listFolderTree(ctx.graph, { maxDepth: args.depth ?? 2, signal: ctx.signal });
    return {
      // Folder names are set by the user or by rules, but a shared mailbox or an admin can name them: untrusted.
      content: {
        count: tree.length,
        folders: tree.map((node) => ({
          path: ctx.untrusted(node.path),
          id: node.id,
          ...(node.unread ? { unread: node.unread } : {}),
          total: node.total,
          ...(node.childFolderCount > 0 && node.depth >= (args.depth ?? 2) ? { hasSubfolders: true } : {}),
        })),
      },
      summary: `Listed ${tree.length} mail folders`,
    };
  },
});

const folderNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/.test(name), { message: 'A folder name cannot contain / or \\.' });

export const createFolderTool = defineTool({
  name: 'mail_create_folder',
  area: 'mail',
  category: 'organize',
  description: 'Create a mail folder at the top level or inside a parent folder. Returns its id.',
  input: z.object({
    name: folderNameSchema,
    parent: FOLDER_ARGUMENT.optional().describe('Parent folder; default top level'),
  }),
  graph: ['POST /me/mailFolders', 'POST /me/mailFolders/{mailFolder-id}/childFolders', ...FOLDER_OPERATIONS],
  scopes: MAIL_WRITE,
  preview: (args) => ({
    title: 'Create mail folder',
    fields: [
      { label: 'Name', value: args.name, kind: 'folder', editableArg: 'name' },
      { label: 'Inside', value: args.parent ?? 'Top level', kind: 'folder' },
    ],
    warnings: [],
  }),
  targets: (args) => ({ paths: [args.parent ? `${args.parent}/${args.name}` : args.name] }),
  async run(args, ctx) {
    const parent = args.parent ? await resolveFolder(ctx.graph, args.parent, ctx.signal) : undefined;
    const path = parent ? `${folderPath(parent.id)}/childFolders` : '/me/mailFolders';
    try {
      const created = await ctx.graph.post<FolderWire>(
        path,
        { displayName: args.name },
        { scopes: MAIL_WRITE, signal: ctx.signal },
      );
      return {
        content: { id: created.id, name: args.name, parent: parent?.name ?? 'top level' },
        summary: `Created folder ${args.name}`,
      };
    } catch (error) {
      if ((error as { kind?: string }).kind === 'conflict')
        throw new MailToolError('folder-exists', `A folder named '${args.name}' already exists there.`);
      throw error;
    }
  },
});
