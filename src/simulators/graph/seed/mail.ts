/**
 * Seed section `mail`: folders (the well-known ones always exist), master categories, and messages with
 * attachments. Area owner: mail. `demoMailSeed` is the demo tenant's mailbox.
 */
import { z } from 'zod';
import type {
  AttachmentRecord,
  CategoryRecord,
  MailFolderRecord,
  MailStore,
  MessageRecord,
  WellKnownFolderName,
} from '../store/mail';
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
  flag: z.enum(['notFlagged', 'flagged', 'complete']).optional(),
  categories: z.array(z.string()).optional(),
  inferenceClassification: z.enum(['focused', 'other']).optional(),
  /** Messages with the same key share a conversationId. */
  conversation: z.string().optional(),
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

const WELL_KNOWN: readonly [WellKnownFolderName, string][] = [
  ['inbox', 'Inbox'],
  ['drafts', 'Drafts'],
  ['sentitems', 'Sent Items'],
  ['deleteditems', 'Deleted Items'],
  ['archive', 'Archive'],
  ['junkemail', 'Junk Email'],
  ['outbox', 'Outbox'],
  ['conversationhistory', 'Conversation History'],
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
      : Buffer.from(seed.contentText ?? '', 'utf8');
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
  for (const [wellKnownName, displayName] of WELL_KNOWN) {
    folders.push({
      id: context.ids.outlookContainer(),
      displayName,
      parentFolderId: rootId,
      wellKnownName,
      isHidden: wellKnownName === 'conversationhistory',
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
  const messages: MessageRecord[] = (seed?.messages ?? []).map((message) => {
    const folder = findMailFolder(folders, message.folder ?? 'inbox');
    if (!folder)
      throw new Error(`Seed message '${message.subject}' names an unknown folder '${message.folder}'.`);
    const fromUser = folder.wellKnownName === 'sentitems' || folder.wellKnownName === 'drafts';
    const received = resolveInstant(message.receivedDateTime, context.now);
    const isDraft = message.isDraft ?? folder.wellKnownName === 'drafts';
    const from = message.from ? toRecipient(message.from, context) : fromUser ? userRecipient(context) : null;
    const conversationKey = message.conversation ?? `${message.subject.replace(/^(re|fw|fwd):\s*/gi, '')}`;
    if (!conversations.has(conversationKey)) conversations.set(conversationKey, context.ids.outlookItem());
    const body = { contentType: message.bodyType ?? 'html', content: message.body ?? '' } as const;
    return {
      id: message.id ?? context.ids.outlookItem(),
      immutableId: context.ids.immutableOutlookItem(),
      changeKey: context.ids.changeKey(),
      createdDateTime: received,
      lastModifiedDateTime: received,
      receivedDateTime: received,
      sentDateTime: isDraft
        ? null
        : resolveInstant(message.sentDateTime, context.now, new Date(Date.parse(received) - 60_000)),
      subject: message.subject,
      body,
      uniqueBody:
        message.uniqueBody === undefined
          ? null
          : { contentType: body.contentType, content: message.uniqueBody },
      from,
      sender: from,
      toRecipients: (message.to ?? (fromUser ? [] : [context.user.mail])).map((address) =>
        toRecipient(address, context),
      ),
      ccRecipients: (message.cc ?? []).map((address) => toRecipient(address, context)),
      bccRecipients: (message.bcc ?? []).map((address) => toRecipient(address, context)),
      replyTo: [],
      conversationId: conversations.get(conversationKey) as string,
      conversationIndex: Buffer.from(context.random.bytes(22)).toString('base64'),
      internetMessageId: `<${context.ids.guid()}@${(from?.emailAddress.address ?? context.user.mail).split('@')[1]}>`,
      internetMessageHeaders: message.internetMessageHeaders ?? [],
      isRead: message.isRead ?? fromUser,
      isDraft,
      isReadReceiptRequested: false,
      isDeliveryReceiptRequested: false,
      importance: message.importance ?? 'normal',
      inferenceClassification: message.inferenceClassification ?? 'focused',
      flag: { flagStatus: message.flag ?? 'notFlagged' },
      categories: message.categories ?? [],
      parentFolderId: folder.id,
      attachments: (message.attachments ?? []).map((attachment) =>
        buildAttachment(attachment, received, context),
      ),
    };
  });
  return { folders, messages, categories };
}

const paragraph = (text: string): string => `<p>${text}</p>`;
const html = (...paragraphs: string[]): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${paragraphs.map(paragraph).join('')}</body></html>`;

/** A small mailbox so the workbench has something to show; the mail area grows it into the full demo tenant. */
export function demoMailSeed(): MailSeed {
  return {
    folders: [{ displayName: 'Projects', parent: 'inbox' }],
    categories: [
      { displayName: 'Red category', color: 'preset0' },
      { displayName: 'Customer', color: 'preset4' },
      { displayName: 'Follow up', color: 'preset7' },
    ],
    messages: [
      {
        subject: 'Q4 roadmap review — agenda and pre-read',
        from: 'jonas.berg@lumenlabs.example',
        cc: ['priya.raman@lumenlabs.example'],
        receivedDateTime: 'now-2h',
        body: html(
          'Hi Maya,',
          'Ahead of Thursday’s roadmap review I’ve attached the pre-read. Could you add the customer feedback themes to section 3?',
          'Thanks,<br>Jonas',
        ),
        importance: 'high',
        flag: 'flagged',
        attachments: [
          {
            name: 'q4-roadmap-pre-read.txt',
            contentType: 'text/plain',
            contentText: 'Q4 roadmap pre-read\n1. Goals\n2. Milestones\n3. Customer feedback themes\n',
          },
        ],
      },
      {
        subject: 'Invoice 2026-117 from Northwind Traders',
        from: 'sam.whitfield@northwind-traders.example',
        receivedDateTime: 'now-5h',
        body: html(
          'Hello Maya,',
          'Please find our invoice for the November hardware order attached. Payment terms are 30 days.',
          'Kind regards,<br>Sam Whitfield<br>Northwind Traders',
        ),
        categories: ['Customer'],
        attachments: [
          {
            name: 'invoice-2026-117.csv',
            contentType: 'text/csv',
            contentText: 'item,quantity,price\nSensor kit,12,149.00\nGateway,2,899.00\n',
          },
        ],
      },
      {
        subject: 'Design review notes',
        from: 'priya.raman@lumenlabs.example',
        receivedDateTime: 'now-1d',
        isRead: true,
        body: html(
          'Maya — notes from today’s design review:',
          '<ul><li>Onboarding flow: keep the three-step version</li><li>Settings page: needs an accessibility pass</li></ul>',
          'Priya',
        ),
      },
      {
        subject: 'This week in product: pricing experiments and more',
        from: 'digest@newsletters.example',
        receivedDateTime: 'now-1d-4h',
        inferenceClassification: 'other',
        body: html(
          '<h1>Product Digest</h1>',
          'Five pricing experiments that worked in 2026, and what they have in common.',
          '<a href="https://newsletters.example/unsubscribe">Unsubscribe</a>',
        ),
      },
      {
        subject: 'Re: Workshop dates in January',
        from: 'aiko.tanaka@bluefin-partners.example',
        receivedDateTime: 'now-2d',
        conversation: 'workshop-dates',
        body: html(
          'Hi Maya,',
          'January 14 or 15 both work for us. Shall we hold the 14th?',
          'Best,<br>Aiko',
          '<hr><b>From:</b> Maya Okafor<br>Could you share a few dates for the January workshop?',
        ),
        uniqueBody: html(
          'Hi Maya,',
          'January 14 or 15 both work for us. Shall we hold the 14th?',
          'Best,<br>Aiko',
        ),
      },
      {
        subject: 'Budget sign-off needed by Friday',
        from: 'lena.fischer@lumenlabs.example',
        receivedDateTime: 'now-3d',
        isRead: true,
        categories: ['Follow up'],
        body: html(
          'Maya,',
          'I need your sign-off on the 2027 product budget by Friday. The spreadsheet is in the Finance folder on OneDrive.',
          'Lena',
        ),
      },
      {
        subject: 'Workshop dates in January',
        folder: 'sentitems',
        to: ['aiko.tanaka@bluefin-partners.example'],
        receivedDateTime: 'now-3d-2h',
        conversation: 'workshop-dates',
        body: html('Hi Aiko,', 'Could you share a few dates for the January workshop?', 'Maya'),
      },
      {
        subject: 'Draft: team offsite plan',
        folder: 'drafts',
        to: ['jonas.berg@lumenlabs.example'],
        receivedDateTime: 'now-1h',
        body: html('Jonas, here is a first idea for the offsite…'),
      },
    ],
  };
}
