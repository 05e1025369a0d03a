/**
 * Demo threads: replies and forwards that quote their history (seed `quotes`), including the long Fabrikam pilot
 * thread (11 messages) used for summarisation and token-economy benchmarks.
 */
import type { MessageSeed } from './mail-demo-contacts';
import {
  AIKO,
  DANIEL,
  ELENA,
  GRACE,
  HANNAH,
  JONAS,
  LENA,
  MARCO,
  ME,
  mailHtml,
  PRIYA,
} from './mail-demo-contacts';
import { docxFile, pdfFile, pngFile, xlsxFile } from './mail-files';

const PILOT = 'Fabrikam pilot: temperature drift on floors 3–5';

function pilotThread(): MessageSeed[] {
  const everyone = [ELENA, HANNAH, JONAS, DANIEL];
  const others = (sender: string): string[] => [ME, ...everyone].filter((address) => address !== sender);
  return [
    {
      key: 'pilot-1',
      subject: PILOT,
      from: ELENA,
      cc: [HANNAH],
      receivedDateTime: 'now-9d',
      isRead: true,
      categories: ['Customer'],
      body: mailHtml(
        'Hi Maya,',
        'Since Monday our facilities team has seen temperature readings on floors 3 to 5 drift by two to three degrees after roughly 48 hours of operation. About 40 of the 120 sensors are affected, and two tenants have already complained that the heating reacts to rooms that are not actually cold.',
        'Could your team take a look? The pilot review with our board is coming up and I would rather walk in with an explanation.',
        'Kind regards,<br>Elena Petrova<br>Operations Director, Fabrikam Facilities',
      ),
    },
    {
      key: 'pilot-2',
      quotes: 'pilot-1',
      folder: 'sentitems',
      subject: `RE: ${PILOT}`,
      to: [ELENA],
      cc: [HANNAH, JONAS],
      receivedDateTime: 'now-9d+2h',
      body: mailHtml(
        'Hi Elena,',
        'Thanks for the detailed report, and sorry for the trouble. I am looping in Jonas, who leads the firmware team.',
        'Could you send us the IDs of the affected sensors and the firmware version shown in the admin console? That will let us compare them with the healthy ones.',
        'Best,<br>Maya',
      ),
    },
    {
      key: 'pilot-3',
      quotes: 'pilot-2',
      subject: `RE: ${PILOT}`,
      from: ELENA,
      to: [ME],
      cc: [HANNAH, JONAS],
      receivedDateTime: 'now-8d',
      isRead: true,
      body: mailHtml(
        'Hi Maya,',
        'The list is attached. All affected sensors run firmware 2.4.1, and most of them sit close to the south-facing windows. The ones on the north side look fine.',
        'Elena',
      ),
      attachments: [
        {
          name: 'affected-sensors.csv',
          contentType: 'text/csv',
          contentText:
            'sensor_id,floor,zone,firmware,drift_c\nFAB-3-014,3,south,2.4.1,2.6\nFAB-3-017,3,south,2.4.1,2.9\nFAB-4-002,4,south,2.4.1,2.2\nFAB-4-031,4,east,2.4.1,1.8\nFAB-5-009,5,south,2.4.1,3.1\n',
        },
      ],
    },
    {
      key: 'pilot-4',
      quotes: 'pilot-3',
      subject: `RE: ${PILOT}`,
      from: JONAS,
      to: [ME, ELENA],
      cc: [HANNAH, DANIEL],
      receivedDateTime: 'now-8d+3h',
      isRead: true,
      body: mailHtml(
        'Hi all,',
        'Thanks Elena, that helps a lot. Firmware 2.4.1 changed how the calibration offset is sampled, and direct sunlight makes the effect worse. My working theory is that the offset is applied again after the nightly reboot.',
        'Daniel, could you try to reproduce this in the lab with two sensors under the heat lamp?',
        'Jonas',
      ),
    },
    {
      key: 'pilot-5',
      quotes: 'pilot-4',
      subject: `RE: ${PILOT}`,
      from: DANIEL,
      to: others(DANIEL),
      receivedDateTime: 'now-7d',
      isRead: true,
      body: mailHtml(
        'Reproduced. After a reboot, 2.4.1 applies the calibration offset twice, so every sensor with a large offset (sunny spots) drifts. The fix is a two-line change and will ship as 2.4.2; we can have a signed build by Wednesday.',
        'Daniel',
      ),
    },
    {
      key: 'pilot-6',
      quotes: 'pilot-5',
      folder: 'sentitems',
      subject: `RE: ${PILOT}`,
      to: [ELENA, DANIEL, JONAS],
      cc: [HANNAH],
      receivedDateTime: 'now-7d+4h',
      body: mailHtml(
        'Great work, Daniel.',
        'Proposed plan: a staged rollout of 2.4.2 — floor 3 first on Thursday, then floors 4 and 5 the following Monday once we have 24 hours of clean data. Elena, which access windows work for your building team?',
        'Maya',
      ),
    },
    {
      key: 'pilot-7',
      quotes: 'pilot-6',
      subject: `RE: ${PILOT}`,
      from: ELENA,
      to: [ME, DANIEL, JONAS],
      cc: [HANNAH],
      receivedDateTime: 'now-6d',
      isRead: true,
      body: mailHtml(
        'Hi Maya,',
        'Thursday between 07:00 and 09:00 works; Pieter from building management will meet your engineer at the loading dock. Two more things: our facilities board will want a short written summary of the cause and the fix, and I need to ask about a credit for the weeks of unreliable data.',
        'Elena',
      ),
    },
    {
      key: 'pilot-8',
      quotes: 'pilot-7',
      subject: `RE: ${PILOT}`,
      from: HANNAH,
      to: [ELENA, ME],
      cc: [JONAS, DANIEL],
      receivedDateTime: 'now-6d+5h',
      isRead: true,
      body: mailHtml(
        'Hi Elena,',
        'Marco and I have approved a one-month service credit for the pilot; it will appear on your next invoice. I will draft the board summary and share it with Maya for review by Friday.',
        'Best regards,<br>Hannah Kowalski<br>Customer Success, Lumen Labs',
      ),
    },
    {
      key: 'pilot-9',
      quotes: 'pilot-8',
      subject: `RE: ${PILOT}`,
      from: DANIEL,
      to: others(DANIEL),
      receivedDateTime: 'now-3d',
      isRead: true,
      body: mailHtml(
        'Floor 3 runs 2.4.2 since Thursday 08:10. After 24 hours the drift is gone: the largest deviation from the reference thermometer is 0.3 °C. Chart attached.',
        'Daniel',
      ),
      attachments: [
        {
          name: 'floor3-drift-after-fix.png',
          contentType: 'image/png',
          contentBase64: pngFile(48, 24, [0.9, 0.8, 0.85, 0.2, 0.15, 0.1], [0, 120, 212]),
        },
      ],
    },
    {
      key: 'pilot-10',
      quotes: 'pilot-9',
      subject: `RE: ${PILOT}`,
      from: JONAS,
      to: others(JONAS),
      receivedDateTime: 'now-2d',
      body: mailHtml(
        'Floors 4 and 5 are scheduled for Monday 07:00, same access procedure. Daniel will be on site; I will monitor remotely.',
        'Jonas',
      ),
    },
    {
      key: 'pilot-11',
      quotes: 'pilot-10',
      subject: `RE: ${PILOT}`,
      from: ELENA,
      to: [ME],
      cc: [HANNAH, JONAS, DANIEL],
      receivedDateTime: 'now-1d',
      isRead: false,
      importance: 'high',
      flag: { status: 'flagged', due: 'now+4d' },
      categories: ['Customer'],
      body: mailHtml(
        'Hi Maya,',
        'These are good results, thank you all. Our board meets on {{day:+6}}, so I would like floors 4 and 5 finished before then and the written summary in my inbox by {{day:+5}}. Could you confirm both?',
        'Elena',
      ),
    },
  ];
}

function shortThreads(): MessageSeed[] {
  return [
    {
      key: 'workshop-1',
      folder: 'sentitems',
      subject: 'Workshop dates in January',
      to: [AIKO],
      receivedDateTime: 'now-3d-2h',
      body: mailHtml(
        'Hi Aiko,',
        'Could you share a few dates for the January pricing workshop? Two days in Rotterdam, ideally mid-month.',
        'Maya',
      ),
    },
    {
      key: 'workshop-2',
      quotes: 'workshop-1',
      subject: 'RE: Workshop dates in January',
      from: AIKO,
      receivedDateTime: 'now-2d',
      body: mailHtml(
        'Hi Maya,',
        'January 14 or 15 both work for us. Shall we hold the 14th?',
        'Best,<br>Aiko',
      ),
    },
    {
      key: 'workshop-3',
      quotes: 'workshop-2',
      folder: 'sentitems',
      subject: 'RE: Workshop dates in January',
      to: [AIKO],
      receivedDateTime: 'now-2d+1h',
      body: mailHtml('Let’s hold the 14th. I will send an invitation once the room is booked.', 'Maya'),
    },
    {
      quotes: 'workshop-3',
      subject: 'RE: Workshop dates in January',
      from: AIKO,
      receivedDateTime: 'now-1d-3h',
      body: mailHtml('Perfect. A first draft of the agenda is attached — comments welcome.', 'Aiko'),
      attachments: [
        {
          name: 'pricing-workshop-agenda.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          contentBase64: docxFile('Pricing workshop — draft agenda', [
            'Day 1, 09:30 – Current pricing, win/loss review, customer interviews.',
            'Day 1, 14:00 – Packaging options: per sensor, per building, platform fee.',
            'Day 2, 09:30 – Price testing plan and success metrics.',
            'Day 2, 13:00 – Decisions and owners.',
          ]),
        },
      ],
    },
    {
      key: 'roadmap-1',
      subject: 'Q4 roadmap review — agenda and pre-read',
      from: JONAS,
      cc: [PRIYA],
      receivedDateTime: 'now-2h',
      importance: 'high',
      flag: 'flagged',
      body: mailHtml(
        'Hi Maya,',
        'Ahead of Thursday’s roadmap review I’ve attached the pre-read. Could you add the customer feedback themes to section 3?',
        'Thanks,<br>Jonas',
      ),
      attachments: [
        {
          name: 'q4-roadmap-pre-read.txt',
          contentType: 'text/plain',
          contentText:
            'Q4 roadmap pre-read\n1. Goals: firmware stability, dashboard v3, self-service onboarding\n2. Milestones: 2.5 firmware (Dec), dashboard beta (Jan)\n3. Customer feedback themes: (Maya to add)\n',
        },
      ],
    },
    {
      quotes: 'roadmap-1',
      subject: 'RE: Q4 roadmap review — agenda and pre-read',
      from: PRIYA,
      to: [JONAS, ME],
      receivedDateTime: 'now-1h',
      body: mailHtml(
        'I can present the onboarding research in section 3 if that helps — ten minutes is enough.',
        'Priya',
      ),
    },
    {
      key: 'rfp-1',
      folder: 'Projects',
      subject: 'Request for proposal: occupancy sensing for three buildings',
      from: GRACE,
      to: [MARCO],
      receivedDateTime: 'now-5d',
      isRead: true,
      body: mailHtml(
        'Dear Marco,',
        'Contoso Property Group invites Lumen Labs to propose an occupancy and climate sensing solution for three office buildings in Utrecht (about 21,000 m² in total). The RFP document is attached; proposals are due within four weeks.',
        'Kind regards,<br>Grace Liu',
      ),
      attachments: [
        {
          name: 'contoso-rfp-occupancy-sensing.pdf',
          contentType: 'application/pdf',
          contentBase64: pdfFile([
            'Contoso Property Group - Request for Proposal',
            'Scope: occupancy and climate sensing, 3 buildings, 21,000 m2',
            'Requirements: open API, 5-year battery life, GDPR-compliant analytics',
            'Timeline: proposals due in four weeks; pilot in Q1',
            'Contact: grace.liu@contoso-property.example',
          ]),
        },
      ],
    },
    {
      quotes: 'rfp-1',
      folder: 'Projects',
      subject: 'FW: Request for proposal: occupancy sensing for three buildings',
      from: MARCO,
      to: [ME],
      receivedDateTime: 'now-4d',
      flag: { status: 'flagged', due: 'now+7d' },
      categories: ['Customer'],
      body: mailHtml(
        'Maya, can your team scope this by the end of next week? Grace is a warm lead and the pilot could start in Q1.',
        'Marco',
      ),
      attachments: [
        {
          name: 'contoso-rfp-occupancy-sensing.pdf',
          contentType: 'application/pdf',
          contentBase64: pdfFile([
            'Contoso Property Group - Request for Proposal',
            'Scope: occupancy and climate sensing, 3 buildings, 21,000 m2',
          ]),
        },
      ],
    },
    {
      key: 'budget-1',
      subject: 'Budget sign-off needed by Friday',
      from: LENA,
      receivedDateTime: 'now-3d',
      isRead: true,
      categories: ['Finance'],
      body: mailHtml(
        'Maya,',
        'I need your sign-off on the 2027 product budget by Friday. The summary is attached; the full model is in the Finance folder on OneDrive.',
        'Lena',
      ),
      attachments: [
        {
          name: 'product-budget-2027.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          contentBase64: xlsxFile('Budget 2027', [
            ['Line', 'Q1', 'Q2', 'Q3', 'Q4', 'Total (EUR)'],
            ['Headcount', 310000, 318000, 326000, 334000, 1288000],
            ['Cloud hosting', 42000, 44000, 46000, 48000, 180000],
            ['Travel', 12000, 9000, 9000, 15000, 45000],
            ['Research tools', 6000, 6000, 6000, 6000, 24000],
          ]),
        },
      ],
    },
    {
      key: 'budget-2',
      quotes: 'budget-1',
      folder: 'sentitems',
      subject: 'RE: Budget sign-off needed by Friday',
      to: [LENA],
      receivedDateTime: 'now-2d-5h',
      body: mailHtml(
        'Hi Lena, looks good overall. One question before I sign: the Q4 travel line jumps to 15k — is the IoT Summit booth included there?',
        'Maya',
      ),
    },
    {
      quotes: 'budget-2',
      subject: 'RE: Budget sign-off needed by Friday',
      from: LENA,
      receivedDateTime: 'now-2d-2h',
      categories: ['Finance'],
      body: mailHtml(
        'Yes, the booth and two flights are in that line. If that works for you, just reply “approved”.',
        'Lena',
      ),
    },
  ];
}

export function demoThreads(): MessageSeed[] {
  return [...pilotThread(), ...shortThreads()];
}
