import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeHost } from '../../../src/office/office-host';
import { OfficeError, isOfficeError } from '../../../src/office/office-error';

type Callback = (result: unknown) => void;
const succeeded = (value: unknown) => ({ status: 'succeeded', value });
const failed = (code: number, name: string, message: string) => ({
  status: 'failed',
  value: undefined,
  error: { code, name, message },
});
/** Office calls back on a later task; so do these fakes. */
const later = (callback: Callback, result: unknown) => setTimeout(() => callback(result), 0);
const lastCallback = (args: unknown[]) => args[args.length - 1] as Callback;

function officeWithItem(item: Record<string, unknown>, mailboxExtras: Record<string, unknown> = {}) {
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: 'en-GB',
      mailbox: {
        userProfile: {
          displayName: 'Megan Bowen',
          emailAddress: 'megan@contoso.com',
          timeZone: 'W. Europe Standard Time',
        },
        item,
        convertToRestId: (itemId: string) => itemId.replace(/\//g, '-').replace(/\+/g, '_'),
        ...mailboxExtras,
      },
    },
  });
  return mock as unknown as typeof Office;
}

function readItem(overrides: Record<string, unknown> = {}) {
  return {
    itemType: 'message',
    itemId: 'AAMk/abc+def',
    conversationId: 'conv-1',
    internetMessageId: '<id@contoso.com>',
    subject: 'Quarterly planning review',
    from: { displayName: 'Adele Vance', emailAddress: 'adele@contoso.com' },
    to: [{ displayName: 'Megan Bowen', emailAddress: 'megan@contoso.com' }],
    cc: [],
    dateTimeCreated: new Date('2026-11-19T08:00:00Z'),
    dateTimeModified: new Date('2026-11-19T08:05:00Z'),
    attachments: [
      {
        id: 'att/1',
        name: 'plan.pdf',
        contentType: 'application/pdf',
        size: 2048,
        isInline: false,
        attachmentType: 'file',
      },
    ],
    categories: {
      getAsync: (...args: unknown[]) =>
        later(lastCallback(args), succeeded([{ displayName: 'Finance', color: 'Preset1' }])),
    },
    body: {
      getAsync: (format: string, ...args: unknown[]) =>
        later(lastCallback(args), succeeded(format === 'html' ? '<p>Hello</p>' : 'Hello')),
    },
    getAttachmentContentAsync: (id: string, ...args: unknown[]) =>
      later(
        lastCallback(args),
        id === 'att/1'
          ? succeeded({ format: 'base64', content: 'JVBERi0=' })
          : failed(9010, 'InvalidAttachmentId', 'No such attachment'),
      ),
    ...overrides,
  };
}

describe('OfficeHost over Office.js (office-addin-mock)', () => {
  it('reads the current message in read mode, with the REST id Graph needs', async () => {
    const host = createOfficeHost(officeWithItem(readItem()));
    expect(host.mode).toBe('read');
    const item = await host.getCurrentItem();
    expect(item).toMatchObject({
      mode: 'read',
      itemType: 'message',
      itemId: 'AAMk/abc+def',
      restId: 'AAMk-abc_def',
      subject: 'Quarterly planning review',
      from: { name: 'Adele Vance', address: 'adele@contoso.com' },
      to: [{ name: 'Megan Bowen', address: 'megan@contoso.com' }],
      categories: ['Finance'],
      dateTimeCreated: '2026-11-19T08:00:00.000Z',
      attachments: [{ id: 'att/1', name: 'plan.pdf', kind: 'file', size: 2048 }],
    });
    expect(host.userProfile()).toEqual({
      displayName: 'Megan Bowen',
      emailAddress: 'megan@contoso.com',
      timeZone: 'W. Europe Standard Time',
    });
    expect(host.displayLanguage()).toBe('en-GB');
  });

  it('resolves body and attachment reads, and rejects a failed AsyncResult with a typed error', async () => {
    const host = createOfficeHost(officeWithItem(readItem()));
    await expect(host.getBody('html')).resolves.toBe('<p>Hello</p>');
    await expect(host.getBody('text')).resolves.toBe('Hello');
    await expect(host.getAttachmentContent('att/1')).resolves.toEqual({
      format: 'base64',
      content: 'JVBERi0=',
    });

    const failure = await host.getAttachmentContent('missing').catch((error: unknown) => error);
    expect(isOfficeError(failure)).toBe(true);
    expect(failure).toMatchObject({
      code: 'async-failed',
      officeCode: 9010,
      officeName: 'InvalidAttachmentId',
    });
    expect((failure as OfficeError).message).toContain('No such attachment');
  });

  it('turns an API that throws synchronously into a rejection, not an exception', async () => {
    const throwing = readItem({
      body: {
        getAsync: () => {
          throw new Error('API not available');
        },
      },
    });
    const host = createOfficeHost(officeWithItem(throwing));
    await expect(host.getBody('text')).rejects.toMatchObject({ code: 'not-supported' });
  });

  it('rejects compose-only operations in read mode and item operations without an item', async () => {
    const host = createOfficeHost(officeWithItem(readItem()));
    await expect(host.setSubject('New')).rejects.toMatchObject({ code: 'wrong-mode' });
    await expect(host.setBody('x', 'text')).rejects.toMatchObject({ code: 'wrong-mode' });

    const office = officeWithItem(readItem());
    (office.context.mailbox as unknown as { item: unknown }).item = undefined;
    const emptyHost = createOfficeHost(office);
    expect(emptyHost.mode).toBe('none');
    await expect(emptyHost.getCurrentItem()).resolves.toBeNull();
    await expect(emptyHost.getBody('text')).rejects.toMatchObject({ code: 'no-item' });
  });

  it('reads and writes a draft in compose mode', async () => {
    let subject = 'Draft subject';
    let body = '<p>Hi</p>';
    const added: unknown[] = [];
    const compose = {
      itemType: 'message',
      subject: {
        getAsync: (...args: unknown[]) => later(lastCallback(args), succeeded(subject)),
        setAsync: (value: string, ...args: unknown[]) => {
          subject = value;
          later(lastCallback(args), succeeded(undefined));
        },
      },
      to: {
        getAsync: (...args: unknown[]) =>
          later(lastCallback(args), succeeded([{ displayName: 'Alex', emailAddress: 'alex@contoso.com' }])),
        addAsync: (recipients: unknown[], ...args: unknown[]) => {
          added.push(...recipients);
          later(lastCallback(args), succeeded(undefined));
        },
      },
      body: {
        getAsync: (_format: string, ...args: unknown[]) => later(lastCallback(args), succeeded(body)),
        setAsync: (value: string, ...args: unknown[]) => {
          body = value;
          later(lastCallback(args), succeeded(undefined));
        },
      },
      getItemIdAsync: (...args: unknown[]) =>
        later(lastCallback(args), failed(9020, 'ItemNotSaved', 'Not saved')),
    };
    const host = createOfficeHost(officeWithItem(compose));
    expect(host.mode).toBe('compose');
    await expect(host.getCurrentItem()).resolves.toMatchObject({
      mode: 'compose',
      subject: 'Draft subject',
      to: [{ name: 'Alex', address: 'alex@contoso.com' }],
      cc: [],
      itemId: undefined,
    });
    await host.setSubject('RE: Budget');
    await host.addRecipients('to', [{ name: 'Nestor', address: 'nestor@contoso.com' }]);
    await host.appendBody('<p>Thanks</p>', 'html');
    expect(subject).toBe('RE: Budget');
    expect(added).toEqual([{ displayName: 'Nestor', emailAddress: 'nestor@contoso.com' }]);
    expect(body).toBe('<p>Hi</p><p>Thanks</p>');
    expect(() => host.displayReplyForm('<p>x</p>', false)).toThrow(OfficeError);
  });

  it('registers for ItemChanged once and notifies every listener until it unsubscribes', async () => {
    let handler: (() => void) | undefined;
    let registrations = 0;
    const office = officeWithItem(readItem(), {
      addHandlerAsync: (_type: string, registered: () => void, ...args: unknown[]) => {
        registrations += 1;
        handler = registered;
        later(lastCallback(args), succeeded(undefined));
      },
    });
    const host = createOfficeHost(office);
    const first = jest.fn();
    const second = jest.fn();
    const unsubscribeFirst = host.onItemChanged(first);
    host.onItemChanged(second);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(registrations).toBe(1);
    handler?.();
    unsubscribeFirst();
    handler?.();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('refuses to start outside Outlook with a typed error', () => {
    expect(() => createOfficeHost({ context: {} } as unknown as typeof Office)).toThrow(
      expect.objectContaining({ code: 'office-unavailable' }),
    );
  });
});
