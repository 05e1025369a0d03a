/**
 * Text of the demo drive's binary files, shared by the generator (which builds the DOCX/PDF/XLSX) and the seed
 * (which gives drive search the same words as `searchText`). Written for this project: Lumen Labs, a small
 * product company, and its customer Northwind Traders.
 */
export const ATLAS_BRIEF = {
  title: 'Project Atlas: brief',
  sections: [
    {
      heading: 'Why',
      paragraphs: [
        'Customers who finish onboarding in their first week renew at twice the rate of those who do not. Today only 41% finish.',
        'Project Atlas rebuilds the first-run experience of the Lumen planner so that a new team reaches its first shared plan in under ten minutes.',
      ],
    },
    {
      heading: 'Objectives',
      paragraphs: ['By the end of Q1 2027:'],
      bullets: [
        'Onboarding completion from 41% to 65%',
        'Time to first shared plan under 10 minutes (median)',
        'Support tickets tagged "setup" down by a third',
      ],
    },
    {
      heading: 'Scope',
      paragraphs: [
        'In scope: the guided setup, calendar import, inviting teammates, and the sample plan. Out of scope: billing changes and the mobile apps, which follow in Q2.',
      ],
    },
    {
      heading: 'Risks',
      paragraphs: [
        'Calendar import depends on the Northwind Traders pilot feedback arriving before 15 December.',
      ],
      bullets: [
        'Pilot feedback late: keep the import behind a flag',
        'Design capacity: Priya is shared with the billing team until January',
      ],
    },
    {
      heading: 'Team',
      paragraphs: [
        'Maya Okafor (product lead), Jonas Berg (engineering), Priya Raman (design), Tomás Ferreira (data), Lena Fischer (finance partner).',
      ],
    },
  ],
  milestones: [
    ['Milestone', 'Owner', 'Date'],
    ['Research readout', 'Tomás Ferreira', '2026-11-27'],
    ['Prototype review', 'Priya Raman', '2026-12-11'],
    ['Pilot with Northwind', 'Jonas Berg', '2027-01-15'],
    ['General availability', 'Maya Okafor', '2027-03-02'],
  ],
};

export const NORTHWIND_SUMMARY = {
  title: 'Northwind Traders: contract summary',
  lines: [
    'Prepared by Lena Fischer, Finance, for the account team. Internal only.',
    '## Parties and term',
    'Customer: Northwind Traders Ltd. Supplier: Lumen Labs GmbH.',
    'Term: 24 months from 1 February 2026, renewing yearly unless cancelled 90 days ahead.',
    '## Commercials',
    'Seats: 450 planner seats at EUR 14.50 per seat per month, billed annually in advance.',
    'Volume discount: 8% above 400 seats. Price protection: increases capped at 4% per year.',
    '## Service levels',
    'Availability 99.9% monthly; service credits of 5% per 0.1% below target, capped at 30%.',
    'Support: business hours, first response within 4 hours for severity 1.',
    '## Open points',
    'Northwind asks for single sign-on with their identity provider before the pilot (Jonas to confirm).',
    'Data residency: EU only. The renewal conversation starts in November 2027.',
  ],
};

export const BUDGET_ROWS: (string | number)[][] = [
  ['Line', 'Q1', 'Q2', 'Q3', 'Q4', 'Total'],
  ['Headcount', 296000, 304000, 312000, 318000, 1230000],
  ['Contractors', 24000, 18000, 12000, 12000, 66000],
  ['Tooling and licences', 21000, 21000, 22000, 22000, 86000],
  ['Cloud hosting', 38000, 40000, 43000, 46000, 167000],
  ['Research incentives', 6000, 3000, 3000, 2000, 14000],
  ['Travel and offsite', 9000, 4000, 15000, 4000, 32000],
  ['Total', 394000, 390000, 407000, 404000, 1595000],
];

export const HEADCOUNT_ROWS: (string | number)[][] = [
  ['Team', 'Today', 'Planned 2027', 'Note'],
  ['Engineering', 9, 11, 'Two hires for Project Atlas'],
  ['Design', 2, 3, 'Replace shared capacity'],
  ['Data', 1, 2, ''],
  ['Product', 2, 2, ''],
];

/** The words drive search should find in each binary file. */
export const SEARCH_TEXT = {
  atlasBrief: [
    ATLAS_BRIEF.title,
    ...ATLAS_BRIEF.sections.flatMap((section) => [
      section.heading,
      ...section.paragraphs,
      ...(section.bullets ?? []),
    ]),
    ...ATLAS_BRIEF.milestones.flat(),
  ].join('\n'),
  northwindSummary: [NORTHWIND_SUMMARY.title, ...NORTHWIND_SUMMARY.lines].join('\n'),
  budget: [...BUDGET_ROWS, ...HEADCOUNT_ROWS].map((row) => row.join(' ')).join('\n'),
};
