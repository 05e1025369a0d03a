/** The demo tenant's drive: Maya Okafor's OneDrive at Lumen Labs (text written for this project). */
import type { OneDriveSeed } from './onedrive';
import { architecturePng, atlasBriefDocx, budgetXlsx, northwindPdf } from './onedrive-demo-files';
import { SEARCH_TEXT } from './onedrive-demo-text';

const REQUIREMENTS = `# Project Atlas: requirements

## Guided setup
- A new workspace opens on a three-step guide: name the team, import a calendar, invite teammates.
- Every step can be skipped; skipped steps stay on a checklist in the sidebar.

## Calendar import
- Outlook and Google calendars, read-only, last 30 days and next 60 days.
- Imported meetings become suggestions, never plan items, until the user accepts them.

## Sample plan
- Teams that skip import get a sample plan they can delete in one click.

## Measures
| Measure | Today | Target |
|---|---|---|
| Onboarding completion | 41% | 65% |
| Median time to first shared plan | 26 min | 10 min |

Open question: do we let admins pre-fill the guide for their teams? (Jonas)
`;

const INTERVIEWS = `Customer interviews, October 2026 (Tomás Ferreira)

1. Operations lead, logistics company, 120 seats
   "We gave up on the setup wizard after the calendar step failed twice."
   Wants: import that tolerates shared calendars.

2. Team lead, agency, 14 seats
   Liked the sample plan but could not find how to delete it.

3. IT admin, Northwind Traders
   Needs single sign-on before rolling out to 450 people. Asked about EU data residency.

Themes: calendar import reliability, clearer deletion of sample content, admin controls.
`;

const SURVEY = `question,very_easy,easy,neutral,hard,very_hard
Creating a workspace,48,61,20,9,2
Importing a calendar,12,30,34,40,24
Inviting teammates,39,57,28,14,2
Finding the sample plan,22,41,45,25,7
`;

const ONBOARDING_SPEC = `# Onboarding v2: spec

Owner: Maya Okafor. Status: in review.

The first-run guide replaces the current empty state. It keeps three steps and shows progress at the top.
Analytics events: \`guide_started\`, \`guide_step_completed\` (step, skipped), \`guide_finished\`.

Rollout: 10% of new workspaces for two weeks, then 50%, then everyone, if completion does not drop.
`;

const OFFSITE = `Team offsite, 3-4 December 2026, Lisbon

Day 1
09:30  Welcome and the year in numbers (Maya)
10:30  Project Atlas: where we are (Jonas, Priya)
13:30  Customer panel with Northwind Traders (remote)
15:30  Budget 2027 walkthrough (Lena)

Day 2
09:30  Roadmap workshop, Q1-Q2 2027
13:00  Lunch by the river, then free afternoon

Travel: book flights by 20 November; the hotel block is held until 25 November.
`;

const LAUNCH_METRICS = JSON.stringify(
  {
    period: '2026-10',
    workspacesCreated: 1284,
    onboardingCompletion: 0.41,
    medianMinutesToFirstPlan: 26,
    topDropOffStep: 'calendar-import',
  },
  null,
  2,
);

const RETRO_HTML = `<!DOCTYPE html>
<html><head><title>Sprint 42 retrospective</title></head>
<body>
<h1>Sprint 42 retrospective</h1>
<h2>Went well</h2><ul><li>Prototype of the guided setup shipped to staff</li><li>Fewer flaky tests</li></ul>
<h2>To improve</h2><ul><li>Calendar import errors are hard to reproduce</li><li>Design reviews came late</li></ul>
<p style="display:none">Hidden note: ignore this paragraph.</p>
</body></html>
`;

const PROPOSAL = `# Northwind pilot: pricing proposal (draft)

Pilot: 60 seats for 8 weeks at no charge, starting 15 January 2027.
Conversion offer: the contract price of EUR 14.50 per seat, with the 8% volume discount from day one.
To confirm with Sam Whitfield before we send anything.
`;

const OLD_ROADMAP = `# Roadmap 2025 (archived)

- Recurring plans
- Slack notifications
- Reporting v1
`;

export function demoOneDriveSeed(): OneDriveSeed {
  return {
    items: [
      {
        path: 'Documents/Project Atlas/Atlas project brief.docx',
        contentBase64: atlasBriefDocx,
        searchText: SEARCH_TEXT.atlasBrief,
        lastModifiedDateTime: 'now-3d',
        description: 'Project Atlas brief for the leadership review',
      },
      {
        path: 'Documents/Project Atlas/atlas-requirements.md',
        contentText: REQUIREMENTS,
        lastModifiedDateTime: 'now-2d',
        lastModifiedBy: 'Jonas Berg',
      },
      {
        path: 'Documents/Project Atlas/Research/interview-notes-2026-10.txt',
        contentText: INTERVIEWS,
        lastModifiedDateTime: 'now-12d',
        lastModifiedBy: 'Tomás Ferreira',
      },
      {
        path: 'Documents/Project Atlas/Research/onboarding-survey.csv',
        contentText: SURVEY,
        lastModifiedDateTime: 'now-10d',
        lastModifiedBy: 'Tomás Ferreira',
      },
      {
        path: 'Documents/Budget 2027.xlsx',
        contentBase64: budgetXlsx,
        searchText: SEARCH_TEXT.budget,
        lastModifiedDateTime: 'now-1d',
        lastModifiedBy: 'Lena Fischer',
      },
      {
        path: 'Documents/Northwind contract summary.pdf',
        contentBase64: northwindPdf,
        searchText: SEARCH_TEXT.northwindSummary,
        lastModifiedDateTime: 'now-20d',
        lastModifiedBy: 'Lena Fischer',
      },
      {
        path: 'Documents/onboarding-v2-spec.md',
        contentText: ONBOARDING_SPEC,
        lastModifiedDateTime: 'now-5d',
      },
      { path: 'Documents/team-offsite-agenda.txt', contentText: OFFSITE, lastModifiedDateTime: 'now-6d' },
      {
        path: 'Documents/launch-metrics.json',
        contentText: LAUNCH_METRICS,
        lastModifiedDateTime: 'now-4d',
        lastModifiedBy: 'Tomás Ferreira',
      },
      {
        path: 'Documents/Sprint 42 retrospective.html',
        contentText: RETRO_HTML,
        lastModifiedDateTime: 'now-7d',
        lastModifiedBy: 'Jonas Berg',
      },
      {
        path: 'Documents/Roadmap/q4-roadmap.md',
        contentText:
          '# Q4 roadmap\n\n- Ship onboarding v2\n- Pricing experiment\n- Project Atlas research readout\n',
        lastModifiedDateTime: 'now-15d',
      },
      {
        path: 'Documents/Archive/2025/roadmap-2025.md',
        contentText: OLD_ROADMAP,
        lastModifiedDateTime: 'now-300d',
      },
      {
        path: 'Pictures/atlas-architecture.png',
        contentBase64: architecturePng,
        lastModifiedDateTime: 'now-9d',
      },
      { path: 'Pictures/Offsite 2026/', folder: true },
      {
        path: 'Shared/Northwind/pilot-pricing-proposal.md',
        contentText: PROPOSAL,
        lastModifiedDateTime: 'now-2d',
      },
      {
        path: 'Finance/budget-2027.csv',
        contentText: 'line,amount\nHeadcount,1230000\nTooling,86000\n',
        lastModifiedBy: 'Lena Fischer',
        lastModifiedDateTime: 'now-8d',
      },
    ],
    sharedWithMe: [
      {
        name: 'Northwind order forecast Q1 2027.xlsx',
        owner: 'Sam Whitfield',
        contentText: 'Northwind order forecast Q1 2027 seats pilot rollout 450',
        lastModifiedDateTime: 'now-4d',
      },
      {
        name: 'Design system guidelines.docx',
        owner: 'Priya Raman',
        contentText:
          'Design system guidelines: colours, type scale, onboarding illustrations for Project Atlas',
        lastModifiedDateTime: 'now-11d',
      },
    ],
  };
}
