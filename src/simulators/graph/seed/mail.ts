/**
 * Seed section `mail`: folders (the well-known ones always exist), master categories, and messages with
 * attachments. Area owner: mail. `demoMailSeed` is the demo tenant's mailbox.
 */
import { z } from 'zod';
import { instantToLocal, localToInstant, toIanaTimeZone } from '../../../tools/shared/time-zones';
import type {
  AttachmentRecord,
  CategoryRecord,
  FollowupFlag,
  MailFolderRecord,
  MailStore,
  MessageRecord,
  WellKnownFolderName,
} from '../store/mail';
import type { QuotedMessage } from './mail-html';
import { bodyInner, replyBody } from './mail-html';
import type { SeedContext } from './seed-context';
import { addressSchema, instantSchema, resolveInstant, toRecipient, userRecipient } from './seed-context';

const attachmentSeedSchema = z.object({
  name: z.string(),
  contentType: z.string().optional(),
  /** Text content (stored as UTF-8 bytes) … */
  contentText: z.string().optional(),
  /** … or raw bytes in base64. */
  contentBase64: z.string().optional(),
  isInline: z.boolean().optional(),
  contentId: z.string().optional(),
});

const messageSeedSchema = z.object({
  id: z.string().optional(),
  /** Well-known name (`inbox`, `sentitems`, …), a custom folder's displayName, or a folder id. @default 'inbox' */
  folder: z.string().optional(),
  subject: z.string(),
  /** Defaults to the user for drafts and Sent Items. */
  from: addressSchema.optional(),
  to: z.array(addressSchema).optional(),
  cc: z.array(addressSchema).optional(),
  bcc: z.array(addressSchema).optional(),
  receivedDateTime: instantSchema.optional(),
  sentDateTime: instantSchema.optional(),
  /** HTML unless `bodyType` says text. */
  body: z.string().optional(),
  bodyType: z.enum(['html', 'text']).optional(),
  /** The non-quoted part of the body, when the body quotes earlier mail. */
  uniqueBody: z.string().optional(),
  isRead: z.boolean().optional(),
  isDraft: z.boolean().optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  /** A status, or `{ status, due }` for a follow-up with a due date (`due` is an instant, e.g. `now+2d`). */
  flag: z
    .union([
      z.enum(['notFlagged', 'flagged', 'complete']),
      z.object({ status: z.enum(['notFlagged', 'flagged', 'complete']), due: instantSchema.optional() }),
    ])
    .optional(),
  categories: z.array(z.string()).optional(),
  inferenceClassification: z.enum(['focused', 'other']).optional(),
  /** Messages with the same key share a conversationId. */
  conversation: z.string().optional(),
  /** A name other seed messages can quote with `quotes`. */
  key: z.string().optional(),
  /**
   * The `key` of an earlier seed message this one replies to or forwards: the body becomes `body` plus Outlook's
   * "From: … Sent: …" block and the quoted message (uniqueBody = `body`), in the same conversation.
   */
  quotes: z.string().optional(),
  internetMessageHeaders: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  attachments: z.array(attachmentSeedSchema).optional(),
});

export const mailSeedSchema = z.object({
  folders: z
    .array(
      z.object({
        id: z.string().optional(),
        displayName: z.string(),
        parent: z.string().optional(),
        isHidden: z.boolean().optional(),
      }),
    )
    .optional(),
  categories: z
    .array(z.object({ id: z.string().optional(), displayName: z.string(), color: z.string().optional() }))
    .optional(),
  messages: z.array(messageSeedSchema).optional(),
});

export type MailSeed = z.infer<typeof mailSeedSchema>;

const WELL_KNOWN: readonly [WellKnownFolderName, string, boolean][] = [
  ['archive', 'Archive', false],
  ['clutter', 'Clutter', true],
  ['conversationhistory', 'Conversation History', false],
  ['deleteditems', 'Deleted Items', false],
  ['drafts', 'Drafts', false],
  ['inbox', 'Inbox', false],
  ['junkemail', 'Junk Email', false],
  ['outbox', 'Outbox', false],
  ['sentitems', 'Sent Items', false],
];

/** Finds a folder by id, well-known name or display name (case-insensitive), as the seed and routes allow. */
export function findMailFolder(
  folders: readonly MailFolderRecord[],
  reference: string,
): MailFolderRecord | undefined {
  const lower = reference.toLowerCase();
  return (
    folders.find((folder) => folder.id === reference) ??
    folders.find((folder) => folder.wellKnownName === lower) ??
    folders.find((folder) => folder.displayName.toLowerCase() === lower)
  );
}

function buildAttachment(
  seed: z.infer<typeof attachmentSeedSchema>,
  at: string,
  context: SeedContext,
): AttachmentRecord {
  const bytes =
    seed.contentBase64 !== undefined
      ? Buffer.from(seed.contentBase64, 'base64')
      : Buffer.from(resolveDatePlaceholders(seed.contentText ?? '', context), 'utf8');
  return {
    id: context.ids.outlookItem(),
    '@odata.type': '#microsoft.graph.fileAttachment',
    name: seed.name,
    contentType: seed.contentType ?? 'application/octet-stream',
    size: bytes.length,
    isInline: seed.isInline ?? false,
    lastModifiedDateTime: at,
    contentId: seed.contentId ?? null,
    contentBytes: bytes.toString('base64'),
  };
}

/**
 * Date placeholders in subjects, bodies and text attachments, read against the tenant clock in the user's zone:
 * `{{day:+4}}` → "Tuesday 24 November", `{{ics:+4 14:00}}` → "20261124T130000Z" (local 14:00 as UTC).
 */
export function resolveDatePlaceholders(text: string, context: SeedContext): string {
  if (!text.includes('{{')) return text;
  const zone = context.user.mailboxSettings.timeZone;
  const today = instantToLocal(context.now.getTime(), zone).slice(0, 10);
  const localDay = (offset: string): string => {
    const date = new Date(`${today}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + Number(offset));
    return date.toISOString().slice(0, 10);
  };
  return text
    .replace(/\{\{day:([+-]?\d+)\}\}/g, (_match, offset: string) =>
      new Date(`${localDay(offset)}T12:00:00Z`)
        .toLocaleDateString('en-GB', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          timeZone: 'UTC',
        })
        .replace(',', ''),
    )
    .replace(
      /\{\{ics:([+-]?\d+) (\d{2}):(\d{2})\}\}/g,
      (_match, offset: string, hour: string, minute: string) =>
        new Date(localToInstant(`${localDay(offset)}T${hour}:${minute}:00`, zone))
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d+/, ''),
    );
}

/** Outlook's conversationIndex: the parent's 22-byte header plus a 5-byte child block per reply. */
function childConversationIndex(parent: string, context: SeedContext): string {
  return Buffer.concat([Buffer.from(parent, 'base64'), Buffer.from(context.random.bytes(5))]).toString(
    'base64',
  );
}

function quotedFrom(message: MessageRecord): QuotedMessage {
  return {
    from: message.from,
    sentDateTime: message.sentDateTime ?? message.receivedDateTime,
    toRecipients: message.toRecipients,
    ccRecipients: message.ccRecipients,
    subject: message.subject,
    bodyHtml: message.body.content,
  };
}

/** `dateTimeTimeZone` in UTC with Graph's 7 fractional digits. */
function utcDateTime(instant: string): { dateTime: string; timeZone: string } {
  return { dateTime: instant.replace(/(\.\d+)?Z$/, '.0000000'), timeZone: 'UTC' };
}

function buildFlag(seed: z.infer<typeof messageSeedSchema>['flag'], context: SeedContext): FollowupFlag {
  if (seed === undefined) return { flagStatus: 'notFlagged' };
  if (typeof seed === 'string') return { flagStatus: seed };
  if (seed.due === undefined) return { flagStatus: seed.status };
  const due = resolveInstant(seed.due, context.now);
  return {
    flagStatus: seed.status,
    startDateTime: utcDateTime(new Date(Date.parse(due) - 86_400_000).toISOString()),
    dueDateTime: utcDateTime(due),
  };
}

export function loadMailSeed(seed: MailSeed | undefined, context: SeedContext): MailStore {
  const rootId = context.ids.outlookContainer();
  const folders: MailFolderRecord[] = [
    {
      id: rootId,
      displayName: 'Top of Information Store',
      parentFolderId: context.ids.outlookContainer(),
      wellKnownName: 'msgfolderroot',
      isHidden: false,
    },
  ];
  for (const [wellKnownName, displayName, isHidden] of WELL_KNOWN) {
    folders.push({
      id: context.ids.outlookContainer(),
      displayName,
      parentFolderId: rootId,
      wellKnownName,
      isHidden,
    });
  }
  for (const folder of seed?.folders ?? []) {
    const parent = folder.parent ? findMailFolder(folders, folder.parent) : folders[0];
    if (!parent)
      throw new Error(`Seed mail folder '${folder.displayName}' names an unknown parent '${folder.parent}'.`);
    folders.push({
      id: folder.id ?? context.ids.outlookContainer(),
      displayName: folder.displayName,
      parentFolderId: parent.id,
      wellKnownName: null,
      isHidden: folder.isHidden ?? false,
    });
  }
  const categories: CategoryRecord[] = (seed?.categories ?? []).map((category, index) => ({
    id: category.id ?? context.ids.guid(),
    displayName: category.displayName,
    color: category.color ?? `preset${index % 25}`,
  }));
  const conversations = new Map<string, string>();
  const byKey = new Map<string, MessageRecord>();
  const timeZone = toIanaTimeZone(context.user.mailboxSettings.timeZone) ?? 'UTC';
  const messages: MessageRecord[] = (seed?.messages ?? []).map((message) => {
    const folder = findMailFolder(folders, message.folder ?? 'inbox');
    if (!folder)
      throw new Error(`Seed message '${message.subject}' names an unknown folder '${message.folder}'.`);
    const quoted = message.quotes === undefined ? undefined : byKey.get(message.quotes);
    if (message.quotes !== undefined && !quoted)
      throw new Error(
        `Seed message '${message.subject}' quotes '${message.quotes}', which no earlier message is.`,
      );
    const fromUser = folder.wellKnownName === 'sentitems' || folder.wellKnownName === 'drafts';
    const received = resolveInstant(message.receivedDateTime, context.now);
    const isDraft = message.isDraft ?? folder.wellKnownName === 'drafts';
    const from = message.from ? toRecipient(message.from, context) : fromUser ? userRecipient(context) : null;
    const conversationKey = message.conversation ?? `${message.subject.replace(/^(re|fw|fwd):\s*/gi, '')}`;
    if (!conversations.has(conversationKey)) conversations.set(conversationKey, context.ids.outlookItem());
    const contentType = message.bodyType ?? 'html';
    const written = resolveDatePlaceholders(message.body ?? '', context);
    const subject = resolveDatePlaceholders(message.subject, context);
    const body =
      quoted && contentType === 'html'
        ? { contentType, content: replyBody(bodyInner(written), quotedFrom(quoted), timeZone) }
        : { contentType, content: written };
    const uniqueBody =
      message.uniqueBody !== undefined
        ? resolveDatePlaceholders(message.uniqueBody, context)
        : quoted
          ? written
          : undefined;
    const record: MessageRecord = {
      id: message.id ?? context.ids.outlookItem(),
      immutableId: context.ids.immutableOutlookItem(),
      changeKey: context.ids.changeKey(),
      createdDateTime: received,
      lastModifiedDateTime: received,
      receivedDateTime: received,
      sentDateTime: isDraft
        ? null
        : resolveInstant(message.sentDateTime, context.now, new Date(Date.parse(received) - 60_000)),
      subject,
      body,
      uniqueBody: uniqueBody === undefined ? null : { contentType, content: uniqueBody },
      from,
      sender: from,
      toRecipients: (message.to ?? (fromUser ? [] : [context.user.mail])).map((address) =>
        toRecipient(address, context),
      ),
      ccRecipients: (message.cc ?? []).map((address) => toRecipient(address, context)),
      bccRecipients: (message.bcc ?? []).map((address) => toRecipient(address, context)),
      replyTo: [],
      conversationId: quoted ? quoted.conversationId : (conversations.get(conversationKey) as string),
      conversationIndex: quoted
        ? childConversationIndex(quoted.conversationIndex, context)
        : Buffer.from(context.random.bytes(22)).toString('base64'),
      internetMessageId: `<${context.ids.guid()}@${(from?.emailAddress.address ?? context.user.mail).split('@')[1]}>`,
      internetMessageHeaders: message.internetMessageHeaders ?? [],
      isRead: message.isRead ?? fromUser,
      isDraft,
      isReadReceiptRequested: false,
      isDeliveryReceiptRequested: false,
      importance: message.importance ?? 'normal',
      inferenceClassification: message.inferenceClassification ?? 'focused',
      flag: buildFlag(message.flag, context),
      categories: message.categories ?? [],
      parentFolderId: folder.id,
      attachments: (message.attachments ?? []).map((attachment) =>
        buildAttachment(attachment, received, context),
      ),
    };
    if (message.key !== undefined) byKey.set(message.key, record);
    return record;
  });
  return { folders, messages, categories, recoverableItems: [] };
}

export { demoMailSeed } from './mail-demo';
