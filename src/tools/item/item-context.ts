import { OfficeError } from '../../office/office-error';
import type { CurrentItemSnapshot, ItemMode, OfficeHost } from '../../office/types';
import type { ToolContext } from '../define-tool';

/** The Office host, or the error a tool reports when the pane runs outside Outlook. */
export function officeOf(ctx: ToolContext): OfficeHost {
  if (ctx.office === null) {
    throw new OfficeError(
      'office-unavailable',
      'Outlook is not available here, so the current email cannot be used.',
    );
  }
  return ctx.office;
}

const MODE_HINT: Readonly<Record<Exclude<ItemMode, 'none'>, string>> = {
  compose: 'works only while you write an email: open a new message, reply or draft first.',
  read: 'works only on a received email you are reading, not on a draft.',
};

/**
 * The current item's snapshot, checked against the mode the tool needs. Every item tool goes through here
 * before its first change, so a wrong mode or a missing item changes nothing.
 */
export async function currentItemOf(
  ctx: ToolContext,
  toolName: string,
  needed?: Exclude<ItemMode, 'none'>,
): Promise<{ office: OfficeHost; item: CurrentItemSnapshot }> {
  const office = officeOf(ctx);
  const item = await office.getCurrentItem();
  if (item === null || item.mode === 'none') {
    throw new OfficeError('no-item', 'No email is open. Select or open an email and try again.');
  }
  if (needed !== undefined && item.mode !== needed) {
    throw new OfficeError('wrong-mode', `${toolName} ${MODE_HINT[needed]}`);
  }
  return { office, item };
}
