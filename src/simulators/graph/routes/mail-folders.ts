/**
 * Mail folders (`/me/mailFolders`, child folders) and the master category list
 * (`/me/outlook/masterCategories`). Folder lists hold one level and hide hidden folders unless
 * `includeHiddenFolders=true`; ordered by display name, as Outlook returns them.
 */
import { GraphError, graphErrors } from '../core/errors';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { collectionProfiles } from '../odata/profiles';
import type { MailFolderRecord } from '../store/mail';
import {
  categoryToWire,
  findFolder,
  folderToWire,
  MAIL_FOLDER_PROPERTIES,
  wellKnownFolder,
} from './mail-wire';

const FOLDER_READ = ['Mail.ReadBasic', 'Mail.Read'];
const WRITE = ['Mail.ReadWrite'];
const FOLDER_ENTITY = { properties: MAIL_FOLDER_PROPERTIES, entityType: 'microsoft.graph.mailFolder' };

function children(context: RouteContext, parent: MailFolderRecord) {
  const includeHidden = context.query.get('includeHiddenFolders')?.toLowerCase() === 'true';
  const folders = context.store.mail.folders
    .filter((folder) => folder.parentFolderId === parent.id && (includeHidden || !folder.isHidden))
    .sort((left, right) => left.displayName.localeCompare(right.displayName))
    .map((folder) => folderToWire(folder, context));
  return context.reply.collection(folders, collectionProfiles.mailFolders, {
    properties: MAIL_FOLDER_PROPERTIES,
  });
}

function createFolder(context: RouteContext, parent: MailFolderRecord) {
  const displayName = context.body.param<unknown>('displayName');
  if (typeof displayName !== 'string' || displayName.trim() === '')
    throw graphErrors.badRequest('The displayName of a folder is required.', 'ErrorInvalidRequest');
  const lower = displayName.trim().toLowerCase();
  if (
    context.store.mail.folders.some(
      (folder) => folder.parentFolderId === parent.id && folder.displayName.toLowerCase() === lower,
    )
  )
    throw graphErrors.conflict('A folder with the specified name already exists.', 'ErrorFolderExists');
  const folder: MailFolderRecord = {
    id: context.ids.outlookContainer(),
    displayName: displayName.trim(),
    parentFolderId: parent.id,
    wellKnownName: null,
    isHidden: context.body.boolean('isHidden') ?? false,
  };
  context.store.mail.folders.push(folder);
  return context.reply.created(folderToWire(folder, context), {
    ...FOLDER_ENTITY,
    location: `${context.graphBaseUrl}/me/mailFolders('${encodeURIComponent(folder.id)}')`,
  });
}

/** A folder addressed as `/childFolders/{id1}` must be a child of `{mailFolder-id}`. */
function addressedFolder(context: RouteContext): MailFolderRecord {
  const parent = findFolder(context, context.params['mailFolder-id'] ?? '');
  const childReference = context.params['mailFolder-id1'];
  if (childReference === undefined) return parent;
  const child = findFolder(context, childReference);
  if (child.parentFolderId !== parent.id) throw graphErrors.itemNotFound();
  return child;
}

function renameFolder(context: RouteContext) {
  const folder = addressedFolder(context);
  const displayName = context.body.param<unknown>('displayName');
  if (displayName !== undefined) {
    if (typeof displayName !== 'string' || displayName.trim() === '')
      throw graphErrors.badRequest('The displayName of a folder cannot be empty.', 'ErrorInvalidRequest');
    if (folder.wellKnownName !== null)
      throw new GraphError(403, 'ErrorAccessDenied', 'Distinguished folders cannot be renamed.');
    folder.displayName = displayName.trim();
  }
  return context.reply.entity(folderToWire(folder, context), FOLDER_ENTITY);
}

function deleteFolder(context: RouteContext) {
  const folder = addressedFolder(context);
  if (folder.wellKnownName !== null)
    throw new GraphError(403, 'ErrorDeleteDistinguishedFolder', 'Distinguished folders cannot be deleted.');
  // Outlook moves a deleted folder, with its contents, into Deleted Items.
  folder.parentFolderId = wellKnownFolder(context, 'deleteditems').id;
  return context.reply.noContent();
}

const CATEGORY_READ = ['MailboxSettings.Read'];
const CATEGORY_WRITE = ['MailboxSettings.ReadWrite'];
const COLOR = /^(none|preset([0-9]|1[0-9]|2[0-4]))$/i;

function categoryColor(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (typeof value !== 'string' || !COLOR.test(value))
    throw graphErrors.badRequest(
      `'${String(value)}' is not a valid category color (none, preset0 … preset24).`,
    );
  return value.toLowerCase() === 'none' ? 'none' : `preset${value.slice(6)}`;
}

function findCategory(context: RouteContext) {
  const category = context.store.mail.categories.find(
    (candidate) => candidate.id === context.params['outlookCategory-id'],
  );
  if (!category) throw graphErrors.itemNotFound();
  return category;
}

const CATEGORY_ENTITY = {
  properties: ['id', 'displayName', 'color'],
  entityType: 'microsoft.graph.outlookCategory',
};

export const mailFolderRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: '/me/mailFolders',
    scopes: FOLDER_READ,
    handle: (context) => children(context, wellKnownFolder(context, 'msgfolderroot')),
  }),
  defineRoute({
    method: 'POST',
    template: '/me/mailFolders',
    scopes: WRITE,
    handle: (context) => createFolder(context, wellKnownFolder(context, 'msgfolderroot')),
  }),
  ...([
    '/me/mailFolders/{mailFolder-id}',
    '/me/mailFolders/{mailFolder-id}/childFolders/{mailFolder-id1}',
  ].flatMap((template) => [
    defineRoute({
      method: 'GET',
      template,
      scopes: FOLDER_READ,
      handle: (context) =>
        context.reply.entity(folderToWire(addressedFolder(context), context), FOLDER_ENTITY),
    }),
    defineRoute({ method: 'PATCH', template, scopes: WRITE, handle: renameFolder }),
    defineRoute({ method: 'DELETE', template, scopes: WRITE, handle: deleteFolder }),
  ]) as RouteDefinition[]),
  defineRoute({
    method: 'GET',
    template: '/me/mailFolders/{mailFolder-id}/childFolders',
    scopes: FOLDER_READ,
    handle: (context) => children(context, addressedFolder(context)),
  }),
  defineRoute({
    method: 'POST',
    template: '/me/mailFolders/{mailFolder-id}/childFolders',
    scopes: WRITE,
    handle: (context) => createFolder(context, addressedFolder(context)),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/outlook/masterCategories',
    scopes: CATEGORY_READ,
    handle: (context) =>
      context.reply.collection(
        context.store.mail.categories.map(categoryToWire),
        collectionProfiles.categories,
      ),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/outlook/masterCategories/{outlookCategory-id}',
    scopes: CATEGORY_READ,
    handle: (context) => context.reply.entity(categoryToWire(findCategory(context)), CATEGORY_ENTITY),
  }),
  defineRoute({
    method: 'POST',
    template: '/me/outlook/masterCategories',
    scopes: CATEGORY_WRITE,
    handle: (context) => {
      const displayName = context.body.param<unknown>('displayName');
      if (typeof displayName !== 'string' || displayName.trim() === '')
        throw graphErrors.badRequest('The displayName of a category is required.', 'ErrorInvalidRequest');
      const color = categoryColor(context.body.param('color'));
      const lower = displayName.trim().toLowerCase();
      if (context.store.mail.categories.some((category) => category.displayName.toLowerCase() === lower))
        throw graphErrors.conflict('An object with this name already exists.', 'ErrorDuplicateCategoryName');
      const category = { id: context.ids.guid(), displayName: displayName.trim(), color };
      context.store.mail.categories.push(category);
      return context.reply.created(categoryToWire(category), CATEGORY_ENTITY);
    },
  }),
  defineRoute({
    method: 'PATCH',
    template: '/me/outlook/masterCategories/{outlookCategory-id}',
    scopes: CATEGORY_WRITE,
    handle: (context) => {
      const category = findCategory(context);
      const displayName = context.body.param<unknown>('displayName');
      // Graph: a category's displayName cannot be changed once created; only its color can.
      if (displayName !== undefined && displayName !== category.displayName)
        throw graphErrors.badRequest(
          'The displayName of a category cannot be modified once it is created. Create a new category instead.',
          'ErrorInvalidRequest',
        );
      const color = context.body.param('color');
      if (color !== undefined) category.color = categoryColor(color);
      return context.reply.entity(categoryToWire(category), CATEGORY_ENTITY);
    },
  }),
  defineRoute({
    method: 'DELETE',
    template: '/me/outlook/masterCategories/{outlookCategory-id}',
    scopes: CATEGORY_WRITE,
    handle: (context) => {
      const category = findCategory(context);
      const categories = context.store.mail.categories;
      categories.splice(categories.indexOf(category), 1);
      return context.reply.noContent();
    },
  }),
];
