/**
 * The volume of the demo mailbox: newsletters (several issues per sender), invoices and receipts, internal
 * notifications, older mail in Archive, Deleted Items, Junk Email and Sent Items. Generated from small tables so
 * the text stays varied and deterministic.
 */
import type { MessageSeed } from './mail-demo-contacts';
import {
  CLOUDNEST,
  DESIGN_NOTES,
  DIGEST,
  HARDWARE_WEEKLY,
  HELPDESK,
  IOT_SUMMIT,
  JONAS,
  LENA,
  mailHtml,
  MARCO,
  OLU,
  PEOPLE_TEAM,
  PRINTWORKS,
  PRIYA,
  RUTH,
  SAM,
  SKYWAY,
  SOFIA,
  TOMAS,
} from './mail-demo-contacts';
import { pdfFile } from './mail-files';

const NEWSLETTERS: { from: string; title: string; topics: string[] }[] = [
  {
    from: DIGEST,
    title: 'This week in product',
    topics: [
      'pricing experiments that worked',
      'writing better release notes',
      'the case against feature flags that never die',
      'onboarding metrics that predict retention',
      'running a quarterly planning offsite',
      'saying no to enterprise one-offs',
    ],
  },
  {
    from: HARDWARE_WEEKLY,
    title: 'Hardware Weekly',
    topics: [
      'low-power radios compared',
      'battery chemistry for ten-year sensors',
      'supply chain: MCU lead times ease',
      'certification pitfalls for EU radio equipment',
      'over-the-air updates done safely',
      'enclosures that survive cleaning crews',
    ],
  },
  {
    from: DESIGN_NOTES,
    title: 'Design Notes',
    topics: [
      'dashboards people actually read',
      'empty states that teach',
      'colour and accessibility in data visualisation',
      'designing alerts without alarm fatigue',
      'research repositories that stay alive',
      'microcopy for error messages',
    ],
  },
  {
    from: IOT_SUMMIT,
    title: 'IoT Summit update',
    topics: [
      'early-bird tickets close soon',
      'the speaker line-up is out',
      'workshop tracks announced',
      'exhibitor floor plan',
      'travel and hotel discounts',
      'the final agenda',
    ],
  },
];

function newsletters(): MessageSeed[] {
  return NEWSLETTERS.flatMap((letter, letterIndex) =>
    letter.topics.map((topic, issue) => ({
      subject: `${letter.title}: ${topic}`,
      from: letter.from,
      receivedDateTime: `now-${issue * 7 + letterIndex + 1}d-${letterIndex * 2}h`,
      isRead: issue > 0,
      inferenceClassification: 'other' as const,
      internetMessageHeaders: [
        { name: 'List-Unsubscribe', value: `<https://${letter.from.split('@')[1]}/unsubscribe>` },
      ],
      body: mailHtml(
        `<h1>${letter.title}</h1>`,
        `This issue: ${topic}. Five short reads, one long read and a tool we have been trying out.`,
        'You receive this email because you subscribed with maya.okafor@lumenlabs.example.',
        `<a href="https://${letter.from.split('@')[1]}/unsubscribe">Unsubscribe</a> · <a href="https://${letter.from.split('@')[1]}/preferences">Preferences</a>`,
      ),
    })),
  );
}

const INVOICES: {
  from: string;
  vendor: string;
  number: string;
  amount: string;
  days: number;
  what: string;
  folder?: string;
}[] = [
  {
    from: CLOUDNEST,
    vendor: 'CloudNest',
    number: 'CN-2026-1104',
    amount: '€4,212.50',
    days: 6,
    what: 'cloud hosting for November',
  },
  {
    from: PRINTWORKS,
    vendor: 'Printworks',
    number: 'PW-88213',
    amount: '€1,180.00',
    days: 5,
    what: 'trade-show banners and brochures',
  },
  {
    from: SAM,
    vendor: 'Northwind Traders',
    number: '2026-117',
    amount: '€3,586.00',
    days: 4,
    what: 'the November hardware order',
  },
  {
    from: OLU,
    vendor: 'Tailspin Logistics',
    number: 'TL-55021',
    amount: '€642.80',
    days: 8,
    what: 'freight of pilot kits to Fabrikam',
  },
  {
    from: SKYWAY,
    vendor: 'Skyway Travel',
    number: 'SK-770412',
    amount: '€389.00',
    days: 9,
    what: 'flights to the IoT Summit',
    folder: 'Receipts',
  },
  {
    from: CLOUDNEST,
    vendor: 'CloudNest',
    number: 'CN-2026-1003',
    amount: '€4,077.10',
    days: 36,
    what: 'cloud hosting for October',
    folder: 'Receipts',
  },
  {
    from: PRINTWORKS,
    vendor: 'Printworks',
    number: 'PW-87650',
    amount: '€240.00',
    days: 41,
    what: 'business cards',
    folder: 'Receipts',
  },
  {
    from: SAM,
    vendor: 'Northwind Traders',
    number: '2026-098',
    amount: '€2,140.00',
    days: 33,
    what: 'the October hardware order',
    folder: 'Receipts',
  },
  {
    from: CLOUDNEST,
    vendor: 'CloudNest',
    number: 'CN-2026-0905',
    amount: '€3,990.40',
    days: 66,
    what: 'cloud hosting for September',
    folder: 'Archive',
  },
  {
    from: SKYWAY,
    vendor: 'Skyway Travel',
    number: 'SK-768001',
    amount: '€512.00',
    days: 58,
    what: 'train tickets to Hamburg',
    folder: 'Receipts',
  },
];

function invoices(): MessageSeed[] {
  return INVOICES.map((invoice, index) => ({
    folder: invoice.folder ?? 'inbox',
    subject: `Invoice ${invoice.number} from ${invoice.vendor}`,
    from: invoice.from,
    receivedDateTime: `now-${invoice.days}d-${index}h`,
    isRead: invoice.days > 5,
    categories: invoice.from === SKYWAY ? ['Finance', 'Travel'] : ['Finance'],
    body: mailHtml(
      'Hello Maya,',
      `Please find attached invoice ${invoice.number} for ${invoice.what}. The amount due is ${invoice.amount}, payable within 30 days.`,
      `Kind regards,<br>Accounts, ${invoice.vendor}`,
    ),
    attachments: [
      index % 3 === 2
        ? {
            name: `invoice-${invoice.number}.csv`,
            contentType: 'text/csv',
            contentText: `invoice,vendor,description,amount\n${invoice.number},${invoice.vendor},${invoice.what},"${invoice.amount}"\n`,
          }
        : {
            name: `invoice-${invoice.number}.pdf`,
            contentType: 'application/pdf',
            contentBase64: pdfFile([
              `${invoice.vendor} - Invoice ${invoice.number}`,
              'Bill to: Lumen Labs B.V., Rotterdam',
              `Description: ${invoice.what}`,
              `Amount due: ${invoice.amount}`,
              'Payment terms: 30 days',
            ]),
          },
    ],
  }));
}

const NOTIFICATIONS: { from: string; subject: string; text: string }[] = [
  {
    from: HELPDESK,
    subject: 'Scheduled maintenance: VPN on Saturday night',
    text: 'The VPN will be unavailable from 22:00 to 02:00 for a gateway upgrade.',
  },
  {
    from: HELPDESK,
    subject: 'Your laptop is due for replacement',
    text: 'Your laptop reaches its four-year replacement date this month. Reply to book a hand-over slot.',
  },
  {
    from: PEOPLE_TEAM,
    subject: 'Reminder: submit your holiday requests for December',
    text: 'Please submit holiday requests for the last two weeks of December by the end of the month.',
  },
  {
    from: PEOPLE_TEAM,
    subject: 'Welcome our new colleagues',
    text: 'Three new colleagues join Engineering and Customer Success this month. Say hello at Friday drinks.',
  },
  {
    from: SOFIA,
    subject: 'Case study draft: Fabrikam pilot',
    text: 'I drafted a short case study for the website. Could you check the product details when you have a moment?',
  },
  {
    from: TOMAS,
    subject: 'Weekly usage report',
    text: 'Active buildings up 4% week over week; dashboard sessions per user stable; two customers above their alert quota.',
  },
  {
    from: RUTH,
    subject: 'All-hands on Thursday',
    text: 'Thursday’s all-hands covers the Q4 numbers, the 2027 plan and a demo of dashboard v3. Questions welcome in advance.',
  },
  {
    from: MARCO,
    subject: 'Pipeline update',
    text: 'Three proposals out, two pilots converting in January. The Contoso RFP could be the biggest deal this year.',
  },
  {
    from: PRIYA,
    subject: 'Usability test sessions next week',
    text: 'Five sessions booked with facility managers. Observers welcome — sign up in the team channel.',
  },
  {
    from: JONAS,
    subject: 'Release 2.4.2 notes',
    text: 'Fixes the double calibration offset after reboot and improves radio reconnects. Rollout is staged per customer.',
  },
  {
    from: LENA,
    subject: 'Expense reports due',
    text: 'Please file October expenses by Friday so they make the monthly close.',
  },
  {
    from: TOMAS,
    subject: 'Data request: churn drivers',
    text: 'I pulled the churn drivers you asked for; the main signal is low dashboard use in the first 30 days.',
  },
];

function notifications(): MessageSeed[] {
  const result: MessageSeed[] = [];
  for (let round = 0; round < 8; round += 1)
    NOTIFICATIONS.forEach((notification, index) => {
      const day = round * 12 + index + 1;
      result.push({
        folder: day > 40 ? 'archive' : round === 1 && index % 4 === 0 ? 'deleteditems' : 'inbox',
        subject:
          round === 0
            ? notification.subject
            : /^(Weekly|Pipeline|Expense|Scheduled|All-hands)/.test(notification.subject)
              ? notification.subject
              : `${notification.subject} (update ${round})`,
        from: notification.from,
        receivedDateTime: `now-${day}d-${(index * 5) % 9}h`,
        isRead: day > 2,
        ...(index % 7 === 3 && round === 0 ? { flag: 'flagged' as const } : {}),
        ...(notification.from === TOMAS ? { categories: ['Red category'] } : {}),
        body: mailHtml(
          'Hi Maya,',
          notification.text,
          notification.from.split('.')[0]?.replace(/^\w/, (letter) => letter.toUpperCase()) ?? '',
        ),
      });
    });
  return result;
}

const SENT: { to: string; subject: string; text: string }[] = [
  {
    to: JONAS,
    subject: 'Dashboard v3 scope',
    text: 'Let’s keep alert rules out of v3 and ship them in 3.1; the beta customers care more about the floor map.',
  },
  {
    to: PRIYA,
    subject: 'Research readout slides',
    text: 'Loved the readout. Can I reuse slides 4–7 for the board update?',
  },
  {
    to: LENA,
    subject: 'Headcount plan',
    text: 'Updated headcount plan attached in the shared folder: one designer and two firmware engineers for 2027.',
  },
  {
    to: SAM,
    subject: 'Delivery date for gateways',
    text: 'Could you confirm the delivery date for the two gateways on order 2026-117?',
  },
  {
    to: MARCO,
    subject: 'Pricing for the Contoso proposal',
    text: 'I suggest a per-building platform fee plus a per-sensor price; I will bring numbers to Tuesday’s call.',
  },
  {
    to: TOMAS,
    subject: 'Metrics for the board deck',
    text: 'Could you prepare active buildings, sensor uptime and NPS for the last four quarters?',
  },
  {
    to: SOFIA,
    subject: 'Webinar topic',
    text: 'How about “Five lessons from a 120-sensor pilot” for the January webinar?',
  },
  {
    to: RUTH,
    subject: 'Board update draft',
    text: 'First draft of the product section is in the board folder. Happy to walk you through it.',
  },
];

function sentItems(): MessageSeed[] {
  return [0, 1, 2, 3].flatMap((round) =>
    SENT.map((sent, index) => ({
      folder: 'sentitems',
      subject: round === 0 ? sent.subject : `${sent.subject} — follow-up ${round}`,
      to: [sent.to],
      receivedDateTime: `now-${round * 15 + index * 2 + 1}d-${index}h`,
      body: mailHtml(
        `Hi ${sent.to.split('.')[0]?.replace(/^\w/, (letter) => letter.toUpperCase())},`,
        sent.text,
        'Maya',
      ),
    })),
  );
}

export function demoBulk(): MessageSeed[] {
  return [...newsletters(), ...invoices(), ...notifications(), ...sentItems()];
}
