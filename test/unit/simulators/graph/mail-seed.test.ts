/** The demo mailbox: size and mix, determinism, speed, quoting, and attachment files the extractor can read. */
import { loadTenant, buildDemoTenant } from '../../../../src/simulators/graph/seed/tenant';
import { demoMailSeed } from '../../../../src/simulators/graph/seed/mail';
import type { MessageRecord } from '../../../../src/simulators/graph/store/mail';
import { extractText } from '../../../../src/tools/shared/extract';

describe('demo mailbox seed', () => {
  const { store } = loadTenant(buildDemoTenant(), { seed: 1 });
  const { messages, folders } = store.mail;
  const folderOf = (message: MessageRecord) =>
    folders.find((folder) => folder.id === message.parentFolderId)?.displayName;
  const bySubject = (start: string) => messages.filter((message) => message.subject.startsWith(start));

  it('holds >= 200 messages across the folders a real mailbox has', () => {
    expect(messages.length).toBeGreaterThanOrEqual(200);
    const used = new Set(messages.map(folderOf));
    for (const name of [
      'Inbox',
      'Sent Items',
      'Drafts',
      'Archive',
      'Deleted Items',
      'Junk Email',
      'Projects',
      'Receipts',
    ])
      expect(used).toContain(name);
    expect(messages.filter((message) => !message.isRead).length).toBeGreaterThan(10);
    expect(messages.filter((message) => message.flag.flagStatus === 'flagged').length).toBeGreaterThan(3);
    expect(messages.some((message) => message.flag.dueDateTime !== undefined)).toBe(true);
    expect(store.mail.categories.map((category) => category.displayName)).toEqual(
      expect.arrayContaining(['Red category', 'Customer', 'Finance', 'Travel']),
    );
  });

  it('is deterministic for a seed and fast to generate', () => {
    const started = performance.now();
    const seed = demoMailSeed();
    expect(performance.now() - started).toBeLessThan(200);
    expect(seed).toEqual(demoMailSeed());
    const again = loadTenant(buildDemoTenant(), { seed: 1 }).store.mail;
    expect(again.messages.map((message) => message.id)).toEqual(messages.map((message) => message.id));
  });

  it('has a long thread whose newest message quotes every earlier one, sharing one conversation', () => {
    const thread = bySubject('RE: Fabrikam pilot').concat(bySubject('Fabrikam pilot'));
    expect(thread.length).toBeGreaterThanOrEqual(9);
    expect(new Set(thread.map((message) => message.conversationId)).size).toBe(1);
    const newest = thread.reduce((left, right) =>
      left.receivedDateTime > right.receivedDateTime ? left : right,
    );
    expect(newest.body.content.match(/<b>Sent:<\/b>/g)?.length).toBe(thread.length - 1);
    expect(newest.uniqueBody?.content).not.toContain('<b>Sent:</b>');
    // {{day:+5}} read against the tenant clock (Friday 20 November 2026) in the user's zone.
    expect(newest.body.content).toContain('in my inbox by Wednesday 25 November');
  });

  it('has newsletters from repeat senders, last week’s invoices and a hostile HTML message', () => {
    const newsletterSenders = messages
      .filter((message) =>
        message.internetMessageHeaders.some((header) => header.name === 'List-Unsubscribe'),
      )
      .map((message) => message.from?.emailAddress.address);
    expect(new Set(newsletterSenders).size).toBeGreaterThanOrEqual(3);
    expect(newsletterSenders.length).toBeGreaterThanOrEqual(20);
    const weekAgo = Date.parse(store.now) - 7 * 86_400_000;
    const recentInvoices = bySubject('Invoice ').filter(
      (message) => Date.parse(message.receivedDateTime) >= weekAgo,
    );
    expect(recentInvoices.length).toBeGreaterThanOrEqual(3);
    const hostile = bySubject('Updated bank details')[0];
    for (const trap of ['<script>', 'onerror=', 'style="display:none"', 'font-size:0', 'javascript:'])
      expect(hostile?.body.content).toContain(trap);
  });

  it('carries real attachment files the text extractor reads', async () => {
    const attachments = messages.flatMap((message) => message.attachments);
    const byExtension = (extension: string) =>
      attachments.find((attachment) => attachment.name.endsWith(extension));
    const read = async (extension: string) => {
      const attachment = byExtension(extension);
      if (!attachment) throw new Error(`no ${extension} attachment`);
      return extractText({
        // pdf.js wants a plain Uint8Array, not a Buffer.
        bytes: new Uint8Array(Buffer.from(attachment.contentBytes ?? '', 'base64')),
        contentType: attachment.contentType ?? '',
        name: attachment.name,
      });
    };
    expect((await read('.pdf')).text).toMatch(/Invoice|Request for Proposal/);
    expect((await read('.docx')).text).toMatch(/agenda|requirements/i);
    expect((await read('.xlsx')).text).toMatch(/Headcount|Uptime/);
    expect((await read('.csv')).text).toContain(',');
    expect((await read('.png')).kind).toBe('image');
    const ics = Buffer.from(byExtension('.ics')?.contentBytes ?? '', 'base64').toString('utf8');
    expect(ics).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:20261124T130000Z/);
    expect(attachments.reduce((total, attachment) => total + attachment.size, 0)).toBeLessThan(100_000);
  });
});
