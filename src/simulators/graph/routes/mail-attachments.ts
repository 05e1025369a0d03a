/**
 * Message attachments: list (no `$top`/`$skip`/`$search`, per the collection's capability annotations), get one
 * with `contentBytes`, add (file or item attachment, under 3 MB as Graph requires), delete.
 */
import { GraphError, graphErrors } from '../core/errors';
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import { collectionProfiles } from '../odata/profiles';
import type { AttachmentRecord } from '../store/mail';
import { newFileAttachment } from './mail-compose';
import { attachmentToWire, findMessage, touch } from './mail-wire';

const ATTACHMENTS = '/me/messages/{message-id}/attachments';
const ATTACHMENT = '/me/messages/{message-id}/attachments/{attachment-id}';
const ATTACHMENT_PROPERTIES = [
  'id',
  'lastModifiedDateTime',
  'name',
  'contentType',
  'size',
  'isInline',
  'contentId',
  'contentLocation',
  'contentBytes',
];
const ATTACHMENT_ENTITY = { properties: ATTACHMENT_PROPERTIES, entityType: 'microsoft.graph.attachment' };
/** POST .../attachments takes files under 3 MB; larger ones need an upload session. */
export const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;

function findAttachment(context: RouteContext): { attachment: AttachmentRecord; list: AttachmentRecord[] } {
  const message = findMessage(context);
  const attachment = message.attachments.find(
    (candidate) => candidate.id === context.params['attachment-id'],
  );
  if (!attachment) throw graphErrors.itemNotFound();
  return { attachment, list: message.attachments };
}

function attachmentContext(context: RouteContext): string {
  const id = context.params['message-id'] ?? '';
  return `users('${context.store.user.id}')/messages('${encodeURIComponent(id)}')/attachments/$entity`;
}

function addAttachment(context: RouteContext) {
  const message = findMessage(context);
  const body = context.body.json<Record<string, unknown>>();
  const type = String(body['@odata.type'] ?? '').replace(/^#?/, '#');
  const name = body.name;
  if (typeof name !== 'string' || name.trim() === '')
    throw graphErrors.badRequest('The attachment name is required.', 'ErrorInvalidRequest');
  let attachment: AttachmentRecord;
  if (type === '#microsoft.graph.fileAttachment') {
    if (typeof body.contentBytes !== 'string')
      throw graphErrors.badRequest('A file attachment needs contentBytes.', 'ErrorInvalidRequest');
    const size = Buffer.from(body.contentBytes, 'base64').length;
    if (size > MAX_ATTACHMENT_BYTES)
      throw new GraphError(
        413,
        'ErrorAttachmentSizeLimitExceeded',
        'The attachment is larger than 3 MB. Use an upload session (createUploadSession) for attachments from 3 MB to 150 MB.',
      );
    attachment = newFileAttachment(
      {
        name,
        contentType: typeof body.contentType === 'string' ? body.contentType : undefined,
        contentBytes: body.contentBytes,
        isInline: body.isInline === true,
        contentId: typeof body.contentId === 'string' ? body.contentId : null,
      },
      context,
    );
  } else if (type === '#microsoft.graph.itemAttachment') {
    const item = body.item;
    if (!item || typeof item !== 'object')
      throw graphErrors.badRequest('An item attachment needs an item.', 'ErrorInvalidRequest');
    attachment = {
      id: context.ids.outlookItem(),
      '@odata.type': '#microsoft.graph.itemAttachment',
      name,
      contentType: null,
      size: Buffer.byteLength(JSON.stringify(item)),
      isInline: false,
      lastModifiedDateTime: context.now().toISOString(),
      contentId: null,
      contentBytes: null,
      item: item as Record<string, unknown>,
    };
  } else
    throw graphErrors.badRequest(
      "The attachment '@odata.type' must be #microsoft.graph.fileAttachment or #microsoft.graph.itemAttachment.",
      'ErrorInvalidRequest',
    );
  message.attachments.push(attachment);
  touch(message, context);
  return context.reply.created(attachmentToWire(attachment), {
    ...ATTACHMENT_ENTITY,
    context: attachmentContext(context),
    location: `${context.graphBaseUrl}/me/messages('${encodeURIComponent(message.id)}')/attachments('${encodeURIComponent(attachment.id)}')`,
  });
}

export const mailAttachmentRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: ATTACHMENTS,
    scopes: ['Mail.Read'],
    handle: (context) =>
      context.reply.collection(
        findMessage(context).attachments.map(attachmentToWire),
        collectionProfiles.attachments,
        {
          properties: ATTACHMENT_PROPERTIES,
        },
      ),
  }),
  defineRoute({
    method: 'GET',
    template: ATTACHMENT,
    scopes: ['Mail.Read'],
    handle: (context) =>
      context.reply.entity(attachmentToWire(findAttachment(context).attachment), {
        ...ATTACHMENT_ENTITY,
        context: attachmentContext(context),
      }),
  }),
  defineRoute({ method: 'POST', template: ATTACHMENTS, scopes: ['Mail.ReadWrite'], handle: addAttachment }),
  defineRoute({
    method: 'DELETE',
    template: ATTACHMENT,
    scopes: ['Mail.ReadWrite'],
    handle: (context) => {
      const { attachment, list } = findAttachment(context);
      list.splice(list.indexOf(attachment), 1);
      touch(findMessage(context), context);
      return context.reply.noContent();
    },
  }),
];
