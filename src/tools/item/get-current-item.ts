import { z } from 'zod';
import type { AttachmentView, CurrentItemSnapshot, EmailAddressView } from '../../office/types';
import { defineTool, type ToolContext } from '../define-tool';
import { bodyHtmlToModelText, quotedHistoryMarker } from '../shared/html-text';
import { formatInZone } from './format-date';
import { currentItemOf } from './item-context';

const DEFAULT_MAX_CHARS = 6000;
const SELECTION_MAX_CHARS = 4000;

/**
 * Every free-text value goes through `ctx.untrusted`, in compose mode too: a draft holds quoted and forwarded
 * text from others, pasted text, and text the agent itself inserted earlier from untrusted sources; returning it
 * unmarked would launder that text into "trusted" for the permission gate. Marking costs only approvals, which
 * draft tools ask for by default anyway. Addresses, ids, dates and the user's own category names stay unmarked.
 */
export const itemGetCurrent = defineTool({
  name: 'item_get_current',
  area: 'item',
  category: 'read',
  modes: ['read', 'compose'],
  description:
    'Read the email open in Outlook: subject, people, dates, body text (quoted history summarised unless includeQuoted), attachments, categories, ids. For a draft: its recipients, body and the selected text. Long bodies: use offset.',
  input: z.object({
    includeQuoted: z.boolean().default(false).describe('Include the quoted history of earlier messages'),
    maxChars: z.number().int().min(200).max(20_000).default(DEFAULT_MAX_CHARS),
    offset: z.number().int().min(0).default(0),
  }),
  graph: [],
  scopes: [],
  async run(args, ctx) {
    const { office, item } = await currentItemOf(ctx, 'item_get_current');
    const body = bodyHtmlToModelText(await office.getBody('html'));
    const fullText =
      body.quoted === undefined
        ? body.text
        : args.includeQuoted
          ? `${body.text}\n\n${body.quoted.text}`
          : `${body.text}\n\n${quotedHistoryMarker(body.quoted)}`;
    const start = Math.min(args.offset, fullText.length);
    const end = Math.min(fullText.length, start + args.maxChars);
    const bodyResult = {
      text: ctx.untrusted(fullText.slice(start, end)),
      totalChars: fullText.length,
      ...(end < fullText.length ? { truncated: true, nextOffset: end } : {}),
      ...(body.hiddenPartsDropped > 0 ? { hiddenPartsDropped: body.hiddenPartsDropped } : {}),
    };
    const people = peopleOf(item, ctx);
    const common = {
      subject: ctx.untrusted(item.subject),
      ...people,
      body: bodyResult,
      attachments: item.attachments.map((attachment) => attachmentOf(attachment, ctx)),
      categories: item.categories,
      ...(item.conversationId ? { conversationId: item.conversationId } : {}),
      ...(item.restId ? { id: item.restId } : {}),
    };

    if (item.mode === 'compose') {
      const selection = await office.getSelectedText().catch(() => '');
      return {
        content: {
          mode: 'compose',
          ...common,
          ...(selection
            ? {
                selectedText: ctx.untrusted(selection.slice(0, SELECTION_MAX_CHARS)),
                ...(selection.length > SELECTION_MAX_CHARS ? { selectedChars: selection.length } : {}),
              }
            : {}),
          ...(item.restId ? {} : { saved: false }),
        },
        summary: 'Read your draft',
      };
    }
    return {
      content: {
        mode: 'read',
        ...common,
        received: formatInZone(item.dateTimeCreated, ctx.user.timeZone),
      },
      citations: item.restId ? [{ kind: 'message', id: item.restId, title: item.subject }] : undefined,
      summary: 'Read the open email',
    };
  },
});

function personOf(person: EmailAddressView, ctx: ToolContext): { name?: string; address: string } {
  const named = person.name && person.name !== person.address;
  return named ? { name: ctx.untrusted(person.name), address: person.address } : { address: person.address };
}

function peopleOf(item: CurrentItemSnapshot, ctx: ToolContext) {
  const list = (people: EmailAddressView[] | undefined) =>
    (people ?? []).map((person) => personOf(person, ctx));
  return {
    ...(item.from ? { from: personOf(item.from, ctx) } : {}),
    to: list(item.to),
    ...(item.cc.length > 0 ? { cc: list(item.cc) } : {}),
    ...(item.bcc && item.bcc.length > 0 ? { bcc: list(item.bcc) } : {}),
  };
}

function attachmentOf(attachment: AttachmentView, ctx: ToolContext) {
  return {
    id: attachment.id,
    name: ctx.untrusted(attachment.name),
    contentType: attachment.contentType,
    size: attachment.size,
    ...(attachment.isInline ? { inline: true } : {}),
    ...(attachment.kind !== 'file' ? { kind: attachment.kind } : {}),
  };
}
