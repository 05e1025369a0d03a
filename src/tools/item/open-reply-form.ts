import { z } from 'zod';
import type { CurrentItemSnapshot, EmailAddressView } from '../../office/types';
import { htmlToSafeText } from '../../security/html-to-safe-text';
import { defineTool, type PreviewField, type PreviewWarning } from '../define-tool';
import { currentItemOf } from './item-context';
import { describeRecipients, recipientView } from './recipients';
import { sanitizeHtml, textToHtml } from './sanitize-html';

/** Office.js refuses a reply form body over 32 KB. */
const MAX_FORM_CHARS = 32_000;

const input = z.object({
  body: z
    .string()
    .refine((value) => value.trim() !== '', { error: 'The reply text is empty.' })
    .pipe(z.string().max(MAX_FORM_CHARS)),
  format: z.enum(['text', 'html']).default('text'),
  replyAll: z.boolean().default(false),
});
type ReplyArgs = z.infer<typeof input>;

function prepare(args: ReplyArgs): { html: string; plain: string; removed: string[] } {
  if (args.format === 'text') return { html: textToHtml(args.body), plain: args.body, removed: [] };
  const sanitized = sanitizeHtml(args.body);
  return { html: sanitized.html, plain: htmlToSafeText(sanitized.html).text, removed: sanitized.removed };
}

/** Who Outlook will address: the sender, and for reply-all everyone else on the email but the user. */
function replyRecipients(
  item: CurrentItemSnapshot,
  replyAll: boolean,
  userAddress: string,
): EmailAddressView[] {
  const people = [...(item.from ? [item.from] : []), ...(replyAll ? [...item.to, ...item.cc] : [])];
  const seen = new Set([userAddress.toLowerCase()]);
  return people.filter((person) => {
    const key = person.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Opens Outlook's own reply form, prefilled: Outlook keeps the thread, the quoted history and the user's
 * signature, and the user reviews and sends — the agent never sends here. That makes it `draft`, not `send`.
 */
export const itemOpenReplyForm = defineTool({
  name: 'item_open_reply_form',
  area: 'item',
  category: 'draft',
  modes: ['read'],
  description:
    "Open Outlook's Reply (or Reply all) form for the email being read, prefilled with your text; the user reviews and sends it. Keeps the thread and signature.",
  input,
  graph: [],
  scopes: [],
  async preview(args, ctx) {
    const prepared = prepare(args);
    const item = ctx.office ? await ctx.office.getCurrentItem().catch(() => null) : null;
    const fields: PreviewField[] = [];
    if (item?.mode === 'read') {
      const views = replyRecipients(item, args.replyAll, ctx.user.emailAddress).map((person) =>
        recipientView(person, ctx.user.emailAddress),
      );
      fields.push({ label: 'To', value: describeRecipients(views), kind: 'recipients', recipients: views });
      fields.push({
        label: 'Subject',
        value: `RE: ${item.subject.replace(/^(re|aw|sv):\s*/iu, '')}`,
        kind: 'subject',
      });
    }
    const warnings: PreviewWarning[] = [
      ...(prepared.removed.length > 0
        ? [
            {
              code: 'other' as const,
              message: `Unsafe HTML will be left out: ${prepared.removed.join(', ')}.`,
            },
          ]
        : []),
    ];
    return {
      title: args.replyAll ? 'Open a Reply all form (you send it)' : 'Open a Reply form (you send it)',
      fields,
      body: prepared.plain,
      bodyArg: 'body',
      warnings,
    };
  },
  targets: (args) => ({ outgoingText: [args.body] }),
  async run(args, ctx) {
    const { office, item } = await currentItemOf(ctx, 'item_open_reply_form', 'read');
    const prepared = prepare(args);
    office.displayReplyForm(prepared.html, args.replyAll);
    const recipients = replyRecipients(item, args.replyAll, ctx.user.emailAddress).map(
      (person) => person.address,
    );
    return {
      content: {
        opened: args.replyAll ? 'reply-all' : 'reply',
        to: recipients,
        note: 'Outlook opened the reply form; the user reviews and sends it. Nothing was sent.',
        ...(prepared.removed.length > 0 ? { removedUnsafeHtml: prepared.removed } : {}),
      },
      summary: args.replyAll ? 'Opened a Reply all form' : 'Opened a Reply form',
    };
  },
});
