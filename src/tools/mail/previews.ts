/** Approval-card pieces shared by the draft and send tools: recipients with external ones flagged, body excerpts. */
import type { PreviewField, PreviewWarning, ToolContext } from '../define-tool';
import { htmlToSafeText } from '../../security/html-to-safe-text';
import { recipientViews, type ParsedRecipient } from '../shared/recipients';

const EXCERPT_CHARS = 1200;

export interface FinalRecipients {
  to: ParsedRecipient[];
  cc: ParsedRecipient[];
  bcc: ParsedRecipient[];
}

export function recipientFields(
  recipients: FinalRecipients,
  ctx: ToolContext,
  editable: { to?: string; cc?: string; bcc?: string } = {},
): PreviewField[] {
  const fields: PreviewField[] = [];
  for (const [label, key] of [
    ['To', 'to'],
    ['Cc', 'cc'],
    ['Bcc', 'bcc'],
  ] as const) {
    const list = recipients[key];
    if (list.length === 0 && !(key === 'to' && editable.to)) continue;
    fields.push({
      label,
      value: list.map((recipient) => recipient.address).join(', ') || '(none)',
      kind: 'recipients',
      recipients: recipientViews(list, ctx.user.emailAddress),
      ...(editable[key] ? { editableArg: editable[key] } : {}),
    });
  }
  return fields;
}

export function recipientWarnings(recipients: FinalRecipients, ctx: ToolContext): PreviewWarning[] {
  const all = [...recipients.to, ...recipients.cc, ...recipients.bcc];
  const external = recipientViews(all, ctx.user.emailAddress).filter((view) => view.external);
  const warnings: PreviewWarning[] = [];
  if (external.length > 0)
    warnings.push({
      code: 'external-recipient',
      message: `Goes outside your organisation: ${external.map((view) => view.address).join(', ')}.`,
    });
  if (all.length === 0) warnings.push({ code: 'other', message: 'No recipients yet.' });
  return warnings;
}

/** Plain-text excerpt of an outgoing body (HTML converted) for the card. */
export function bodyExcerpt(body: string | undefined, bodyType: 'text' | 'html' | undefined): string {
  if (!body) return '';
  const text = bodyType === 'html' ? htmlToSafeText(body).text : body;
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

export function allAddresses(recipients: FinalRecipients): string[] {
  return [...recipients.to, ...recipients.cc, ...recipients.bcc].map((recipient) => recipient.address);
}
