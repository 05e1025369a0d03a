/**
 * Huge inputs end to end in Node: a 5 MB email body, a 1000-message thread and a 50 MB attachment reach the model
 * capped, with a note saying so, and the process heap stays bounded.
 */
import type { AgentEvent } from '../../../src/agent';
import {
  runInNode,
  startScenarioHarness,
  type ScenarioHarness,
  type ScenarioRun,
} from '../../helpers/scenario-node-runner';
import type { TenantChange } from '../../helpers/scenario-types';

let harness: ScenarioHarness;

beforeAll(async () => {
  harness = await startScenarioHarness();
});

afterAll(async () => {
  await harness?.close();
});

const USER = 'maya.okafor@lumenlabs.example';
/** The agent's result cap (20,000 characters) plus the marker and JSON around it. */
const RESULT_LIMIT = 21_000;

function results(run: ScenarioRun) {
  return run.events.filter(
    (event): event is Extract<AgentEvent, { type: 'tool-result' }> => event.type === 'tool-result',
  );
}

async function readWith(tenant: TenantChange, read: { name: string; arguments: unknown }) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const run = await runInNode(harness, {
    tenant,
    prompt: 'Read it.',
    model: [
      { label: 'read', when: { lastRole: 'user' }, toolCalls: [read] },
      { label: 'answer', when: { lastRole: 'tool' }, text: 'Read.' },
    ],
    decide: () => undefined,
  });
  return { run, heapGrowthMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6 };
}

describe('huge inputs', () => {
  it('a 5 MB email body reaches the model capped, with a continuation note', async () => {
    const body = `<p>${'Quarterly figures and commentary. '.repeat(150_000)}</p>`;
    expect(body.length).toBeGreaterThan(5_000_000);
    const { run, heapGrowthMb } = await readWith(
      {
        mail: {
          messages: [
            {
              folder: 'inbox',
              subject: 'Huge report',
              from: 'jonas.berg@lumenlabs.example',
              to: [USER],
              receivedDateTime: 'now-1h',
              body,
            },
          ],
        },
      },
      { name: 'mail_get_message', arguments: { id: '{{message:Huge report}}' } },
    );
    const [result] = results(run);
    expect(run.turnEnds.at(-1)?.reason).toBe('completed');
    expect(result?.content.length).toBeLessThan(RESULT_LIMIT);
    expect(result?.content).toMatch(/offset|truncated|more characters/iu);
    expect(heapGrowthMb).toBeLessThan(400);
  }, 120_000);

  it('a 1000-message thread is read as at most 50 messages, with a note', async () => {
    const messages = Array.from({ length: 1000 }, (_unused, index) => ({
      folder: 'inbox',
      subject: 'RE: Endless thread',
      from: index % 2 ? 'jonas.berg@lumenlabs.example' : 'priya.raman@lumenlabs.example',
      to: [USER],
      receivedDateTime: `now-${1000 - index}h`,
      body: `<p>Message ${index}: ${'more words '.repeat(20)}</p>`,
      conversation: 'endless',
    }));
    const { run } = await readWith(
      { mail: { messages } },
      { name: 'mail_get_conversation', arguments: { id: '{{message:RE: Endless thread}}' } },
    );
    const [result] = results(run);
    expect(run.turnEnds.at(-1)?.reason).toBe('completed');
    expect(result?.content.length).toBeLessThan(RESULT_LIMIT);
    expect(result?.content).toMatch(/50|truncated|more/iu);
  }, 120_000);

  it('a 50 MB attachment is not pulled into the model: capped text or a clear refusal', async () => {
    const contentText = 'id,amount\n'.concat('12345,67.89\n'.repeat(4_400_000));
    expect(contentText.length).toBeGreaterThan(50_000_000);
    const { run, heapGrowthMb } = await readWith(
      {
        mail: {
          messages: [
            {
              folder: 'inbox',
              subject: 'Huge export',
              from: 'tomas.ferreira@lumenlabs.example',
              to: [USER],
              receivedDateTime: 'now-1h',
              body: '<p>Export attached.</p>',
              attachments: [{ name: 'export.csv', contentType: 'text/csv', contentText }],
            },
          ],
        },
      },
      {
        name: 'mail_read_attachment',
        arguments: { messageId: '{{message:Huge export}}', attachmentId: '{{attachment:export.csv}}' },
      },
    );
    expect(run.crash).toBeUndefined();
    expect(run.turnEnds.at(-1)?.reason).toBe('completed');
    const [result] = results(run);
    const error = run.events.find((event) => event.type === 'tool-error');
    if (result) expect(result.content.length).toBeLessThan(RESULT_LIMIT);
    else expect(error).toMatchObject({ message: expect.stringMatching(/\w+ \w+/u) });
    expect(heapGrowthMb).toBeLessThan(1200);
  }, 180_000);
});
