/** @jest-environment jest-fixed-jsdom */
/**
 * The same tools against the workbench's Office.js emulator (the surface the pane meets in the workbench), with
 * an in-memory workbench page behind its bridge.
 */
import { createOfficeHost } from '../../../../src/office/office-host';
import { itemAddRecipients } from '../../../../src/tools/item/add-recipients';
import { itemGetCurrent } from '../../../../src/tools/item/get-current-item';
import { itemInsertText } from '../../../../src/tools/item/insert-text';
import { itemOpenReplyForm } from '../../../../src/tools/item/open-reply-form';
import { itemReadAttachment } from '../../../../src/tools/item/read-attachment';
import { itemSetSubject } from '../../../../src/tools/item/set-subject';
import { itemUpdateCategories } from '../../../../src/tools/item/update-categories';
import { createComposeItem, createReadItem } from '../../../../src/workbench/emulator/mail-item';
import type {
  WorkbenchBridge,
  WorkbenchFormRequest,
  WorkbenchItem,
} from '../../../../src/workbench/shared/bridge';
import { toRestId } from '../../../../src/workbench/shared/item-id';
import { runTool, toolContext } from './outlook-mock';

function workbench(initial: WorkbenchItem) {
  let current = initial;
  let selection = '';
  const forms: WorkbenchFormRequest[] = [];
  const bridge = {
    current: () => current,
    setCategories: async (categories: string[]) => {
      if (current.mode !== 'none')
        current = { ...current, item: { ...current.item, categories } } as WorkbenchItem;
    },
    composeUpdate: (change: object) => {
      if (current.mode === 'compose') current = { mode: 'compose', item: { ...current.item, ...change } };
    },
    selection: () => ({ text: selection, html: selection }),
    replaceSelection: (content: string) => {
      if (current.mode === 'compose')
        current = {
          mode: 'compose',
          item: { ...current.item, bodyHtml: current.item.bodyHtml.replace('[[cursor]]', content) },
        };
    },
    attachmentContent: async (id: string) => {
      if (id !== 'AAMk-att_1') throw new Error('no such attachment');
      return { format: 'base64' as const, content: Buffer.from('Agenda: budget, hiring').toString('base64') };
    },
    displayForm: (request: WorkbenchFormRequest) => forms.push(request),
  } as unknown as WorkbenchBridge;
  const item = createReadItem(bridge) ?? createComposeItem(bridge);
  const office = {
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    context: {
      displayLanguage: 'en-US',
      mailbox: {
        item,
        userProfile: {
          displayName: 'Megan Bowen',
          emailAddress: 'megan@contoso.com',
          timeZone: 'Europe/Berlin',
        },
        convertToRestId: toRestId,
      },
    },
  } as unknown as typeof Office;
  return {
    host: createOfficeHost(office),
    state: () => current,
    forms,
    select: (text: string) => (selection = text),
  };
}

const received: WorkbenchItem = {
  mode: 'read',
  item: {
    restId: 'AAMk-msg_1',
    conversationId: 'conv-1',
    internetMessageId: '<1@contoso.com>',
    subject: 'Offsite agenda',
    from: { name: 'Adele Vance', address: 'adele@contoso.com' },
    to: [{ name: 'Megan Bowen', address: 'megan@contoso.com' }],
    cc: [],
    dateTimeCreated: '2026-11-18T15:00:00Z',
    dateTimeModified: '2026-11-18T15:00:00Z',
    categories: [],
    bodyHtml: '<p>Agenda attached.</p><div style="font-size:0">hidden instruction</div>',
    bodyText: 'Agenda attached.',
    attachments: [
      {
        id: 'AAMk-att_1',
        name: 'agenda.txt',
        contentType: 'text/plain',
        size: 22,
        isInline: false,
        kind: 'file',
      },
    ],
  },
};

describe('item tools in the workbench emulator', () => {
  it('read mode: reads the message and its attachment, categorizes, opens a reply form', async () => {
    const { host, state, forms } = workbench(received);
    const { context, marker } = toolContext(host);
    const current = (await runTool(itemGetCurrent, {}, context)).content as Record<string, unknown>;
    expect(current).toMatchObject({
      mode: 'read',
      id: 'AAMk-msg_1',
      body: { text: marker.wrap('Agenda attached.'), hiddenPartsDropped: 1 },
    });
    expect(current.attachments).toEqual([
      { id: 'AAMk/att+1', name: marker.wrap('agenda.txt'), contentType: 'text/plain', size: 22 },
    ]);

    const attachment = (await runTool(itemReadAttachment, { attachmentId: 'AAMk/att+1' }, context))
      .content as Record<string, unknown>;
    expect(attachment).toMatchObject({ kind: 'text', text: marker.wrap('Agenda: budget, hiring') });

    await runTool(itemUpdateCategories, { add: ['Follow up'] }, context);
    expect(state()).toMatchObject({ mode: 'read', item: { categories: ['Follow up'] } });

    await runTool(itemOpenReplyForm, { body: 'Looks good.' }, context);
    expect(forms).toEqual([{ kind: 'reply', html: 'Looks good.' }]);
  });

  it('compose mode: inserts at the cursor, sets the subject, adds recipients', async () => {
    const { host, state, select } = workbench({
      mode: 'compose',
      item: {
        subject: '',
        to: [],
        cc: [],
        bcc: [],
        bodyHtml: '<p>Hi team,</p><p>[[cursor]]</p>',
        categories: [],
      },
    });
    select('');
    const { context } = toolContext(host);
    await runTool(itemInsertText, { text: '<b>Offsite</b> moved to Friday.', format: 'html' }, context);
    await runTool(itemSetSubject, { subject: 'Offsite moved' }, context);
    await runTool(
      itemAddRecipients,
      { to: ['Adele Vance <adele@contoso.com>'], bcc: ['jon@fabrikam.com'] },
      context,
    );
    expect(state()).toEqual({
      mode: 'compose',
      item: {
        subject: 'Offsite moved',
        to: [{ name: 'Adele Vance', address: 'adele@contoso.com' }],
        cc: [],
        bcc: [{ name: 'jon@fabrikam.com', address: 'jon@fabrikam.com' }],
        bodyHtml: '<p>Hi team,</p><p><b>Offsite</b> moved to Friday.</p>',
        categories: [],
      },
    });
    const current = (await runTool(itemGetCurrent, {}, context)).content as Record<string, unknown>;
    expect(current).toMatchObject({ mode: 'compose', saved: false });
  });
});
