import type { MailSeed } from './mail';
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
