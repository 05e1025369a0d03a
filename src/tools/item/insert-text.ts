import { z } from 'zod';
import { OfficeError } from '../../office/office-error';
import { htmlToSafeText } from '../../security/html-to-safe-text';
import { defineTool, type PreviewWarning } from '../define-tool';
import { currentItemOf } from './item-context';
import { sanitizeHtml, textToHtml } from './sanitize-html';

const POSITION_LABELS = {
  cursor: 'At the cursor (replaces any selected text)',
  selection: 'Replacing the selected text',
  start: 'At the start of the body',
  end: 'At the end of the body',
} as const;

const MAX_INSERT_CHARS = 50_000;

const input = z.object({
  text: z
    .string()
    .refine((value) => value.trim() !== '', { error: 'The text to insert is empty.' })
    .pipe(z.string().max(MAX_INSERT_CHARS)),
  format: z.enum(['text', 'html']).default('text'),
  position: z.enum(['cursor', 'selection', 'start', 'end']).default('cursor'),
});
type InsertArgs = z.infer<typeof input>;

/** What goes into the body: HTML sanitized, plain text as is (Office escapes it); `end` always as HTML. */
function prepare(args: InsertArgs): {
  data: string;
  format: 'text' | 'html';
  removed: string[];
  plain: string;
} {
  if (args.format === 'html') {
    const sanitized = sanitizeHtml(args.text);
    return {
      data: sanitized.html,
      format: 'html',
      removed: sanitized.removed,
      plain: htmlToSafeText(sanitized.html).text,
    };
  }
  // The host appends by rewriting the body; rewriting it as text would drop the draft's formatting.
  if (args.position === 'end')
    return { data: textToHtml(args.text), format: 'html', removed: [], plain: args.text };
  return { data: args.text, format: 'text', removed: [], plain: args.text };
}

export const itemInsertText = defineTool({
  name: 'item_insert_text',
  area: 'item',
  category: 'draft',
  modes: ['compose'],
  description:
    'Insert text or HTML into the draft being written: at the cursor, replacing the selection, or at the start/end of the body. HTML is sanitized. Nothing is sent.',
  input,
  graph: [],
  scopes: [],
  async preview(args) {
    const prepared = prepare(args);
    const warnings: PreviewWarning[] =
      prepared.removed.length > 0
        ? [{ code: 'other', message: `Unsafe HTML will be left out: ${prepared.removed.join(', ')}.` }]
        : [];
    return {
      title: 'Insert into your draft',
      fields: [
        { label: 'Where', value: POSITION_LABELS[args.position], kind: 'text' },
        { label: 'Format', value: args.format === 'html' ? 'Formatted (HTML)' : 'Plain text', kind: 'text' },
      ],
      body: prepared.plain,
      bodyArg: 'text',
      warnings,
    };
  },
  targets: (args) => ({ outgoingText: [args.text] }),
  async run(args, ctx) {
    const { office } = await currentItemOf(ctx, 'item_insert_text', 'compose');
    const prepared = prepare(args);
    if (args.position === 'selection' && (await office.getSelectedText()) === '') {
      throw new OfficeError(
        'invalid-argument',
        'No text is selected in the draft. Select the text to replace, or insert at the cursor.',
      );
    }
    if (args.position === 'start') await office.prependBody(prepared.data, prepared.format);
    else if (args.position === 'end') await office.appendBody(prepared.data, prepared.format);
    else await office.setSelectedData(prepared.data, prepared.format);
    return {
      content: {
        inserted: true,
        position: args.position,
        characters: prepared.plain.length,
        ...(prepared.removed.length > 0 ? { removedUnsafeHtml: prepared.removed } : {}),
      },
      summary: `Inserted ${prepared.plain.length} characters into the draft`,
    };
  },
});
