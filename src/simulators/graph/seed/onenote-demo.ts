/** The demo tenant's notebooks: Maya Okafor's work and personal notes (text written for this project). */
import type { OneNoteSeed } from './onenote';

const ATLAS_SYNC = `<h1>Project Atlas weekly sync</h1>
<p><b>Date:</b> Tuesday 17 November 2026, 10:00–10:45 &nbsp; <b>Attendees:</b> Maya Okafor, Jonas Berg, Priya Raman, Tomás Ferreira</p>
<h2>Agenda</h2>
<ol><li>Research readout status</li><li>Calendar import errors</li><li>Northwind pilot dates</li></ol>
<h2>Notes</h2>
<p data-id="notes">Tomás has 14 of 18 interviews coded; the readout moves to 27 November. Calendar import fails for shared calendars:
Jonas thinks it is the permission prompt, not the parser. Northwind wants single sign-on before the pilot.</p>
<h2>Decisions</h2>
<ul><li>Keep the three-step guide; the sample plan becomes optional.</li><li>Pilot starts 15 January if SSO is ready by 20 December.</li></ul>
<h2>Action items</h2>
<ul data-id="action-items">
<li data-tag="to-do">Jonas: reproduce the shared-calendar failure with a test tenant (Fri)</li>
<li data-tag="to-do">Priya: two options for the skip button (Thu)</li>
<li data-tag="to-do:completed">Maya: send the pilot dates to Sam Whitfield</li>
</ul>`;

const CUSTOMER_CALL = `<h1>Call with Northwind Traders</h1>
<p><b>Date:</b> 12 November 2026 &nbsp; <b>With:</b> Sam Whitfield (Northwind), Lena Fischer</p>
<p>Sam confirmed 450 seats for next year and asked for EU data residency in writing. The pilot group is the
Rotterdam warehouse team (60 people). Their IT needs two weeks' notice for the single sign-on change.</p>
<ul><li>Send the data residency statement (Lena)</li><li>Propose pilot kick-off dates (Maya)</li></ul>`;

const ONE_ON_ONE = `<h1>1:1 Jonas</h1><p>Career: wants to lead the import rewrite. Concern: on-call load in December.
Agreed to move him off the rota for the offsite week.</p>`;

const ATLAS_PLAN = `<h1>Project Atlas plan</h1>
<h2>Objectives</h2><ul><li>Onboarding completion 41% → 65%</li><li>Time to first shared plan under 10 minutes</li></ul>
<h2>Timeline</h2>
<table><tr><td><b>Milestone</b></td><td><b>Date</b></td></tr>
<tr><td>Research readout</td><td>27 Nov</td></tr><tr><td>Prototype review</td><td>11 Dec</td></tr>
<tr><td>Northwind pilot</td><td>15 Jan</td></tr><tr><td>GA</td><td>2 Mar</td></tr></table>
<h2>Resources</h2><p>Brief: Documents/Project Atlas/Atlas project brief.docx. Budget line "Research incentives".</p>`;

const PRICING = `<h1>Pricing experiment</h1><p>Hypothesis: an annual plan with two free months lifts conversion of teams
above 20 seats. Run for four weeks on new trials only; guardrail: refund requests.</p>`;

const IDEAS = `<h1>Ideas backlog</h1><ul>
<li>Import plans from a spreadsheet</li><li>"Focus week" template for teams</li>
<li>Weekly digest email with what changed in shared plans</li><li>Dark mode for the planner board</li></ul>`;

const JOURNAL = `<h1>Monday</h1><p>Good run along the river before work. Felt scattered in the afternoon: too many
small meetings. Try blocking Thursday mornings for deep work.</p>`;

const RECIPE = `<h1>Lentil soup</h1><h2>Ingredients</h2><ul><li>250 g red lentils</li><li>1 onion, 2 carrots</li>
<li>1 tsp cumin, 1 tsp smoked paprika</li><li>1.2 l vegetable stock</li><li>Juice of half a lemon</li></ul>
<h2>Method</h2><ol><li>Soften the onion and carrots, 8 minutes.</li><li>Add spices, lentils and stock; simmer 20 minutes.</li>
<li>Blend half, stir back, finish with lemon.</li></ol>`;

/** A long page (about 6,000 words) for token and context-budget benchmarks. */
function researchLog(): string {
  const topics = [
    'calendar import',
    'inviting teammates',
    'the sample plan',
    'notifications',
    'admin controls',
    'mobile first run',
  ];
  const parts = ['<h1>Atlas research log</h1>'];
  for (let week = 1; week <= 24; week += 1) {
    const topic = topics[week % topics.length] as string;
    parts.push(`<h2>Week ${week}: ${topic}</h2>`);
    for (let note = 1; note <= 4; note += 1)
      parts.push(
        `<p>Session ${week}.${note}: participants tried ${topic} in the prototype. ${note % 2 === 0 ? 'Most finished without help, but several hesitated at the confirmation step and asked what would be shared with their team.' : 'Two people could not find where to start and went back to the dashboard; one expected an undo after accepting suggestions.'} Follow-up: compare with the survey answers for ${topic} and note whether the wording change helped.</p>`,
      );
  }
  return parts.join('\n');
}

export function demoOneNoteSeed(): OneNoteSeed {
  return {
    notebooks: [
      {
        displayName: 'Work Notebook',
        sections: [
          {
            displayName: 'Meetings',
            pages: [
              {
                title: 'Project Atlas weekly sync',
                html: ATLAS_SYNC,
                createdDateTime: 'now-3d',
                lastModifiedDateTime: 'now-3d+2h',
              },
              { title: 'Call with Northwind Traders', html: CUSTOMER_CALL, createdDateTime: 'now-8d' },
              { title: '1:1 Jonas', html: ONE_ON_ONE, createdDateTime: 'now-6d' },
            ],
          },
          {
            displayName: 'Projects',
            pages: [
              {
                title: 'Project Atlas plan',
                html: ATLAS_PLAN,
                createdDateTime: 'now-25d',
                lastModifiedDateTime: 'now-2d',
              },
              { title: 'Pricing experiment', html: PRICING, createdDateTime: 'now-14d' },
              {
                title: 'Atlas research log',
                html: researchLog(),
                createdDateTime: 'now-60d',
                lastModifiedDateTime: 'now-1d',
              },
            ],
          },
          {
            displayName: 'Ideas',
            pages: [
              {
                title: 'Ideas backlog',
                html: IDEAS,
                createdDateTime: 'now-30d',
                lastModifiedDateTime: 'now-9d',
              },
            ],
          },
        ],
      },
      {
        displayName: 'Personal',
        sections: [
          { displayName: 'Journal', pages: [{ title: 'Monday', html: JOURNAL, createdDateTime: 'now-4d' }] },
          {
            displayName: 'Recipes',
            pages: [{ title: 'Lentil soup', html: RECIPE, createdDateTime: 'now-40d' }],
          },
        ],
      },
    ],
  };
}
