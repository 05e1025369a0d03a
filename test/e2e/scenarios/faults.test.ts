/**
 * Faults, end to end in Node: a flaky Graph (429/503 with Retry-After, latency, an expired token) and a broken model
 * (429 storms, cut streams, malformed or unknown tool calls, a hundred calls in one step, a loop). Every run either
 * completes or stops with a clear message; nothing is sent twice.
 */
import type { AgentEvent } from '../../../src/agent';
import { requestOf, unapprovedWrites } from '../../helpers/scenario-analysis';
import {
  runInNode,
  startScenarioHarness,
  type RunRequest,
  type ScenarioHarness,
  type ScenarioRun,
} from '../../helpers/scenario-node-runner';
import { allScenarios } from './cases';

let harness: ScenarioHarness;

beforeAll(async () => {
  harness = await startScenarioHarness();
});

afterAll(async () => {
  await harness?.close();
});

const FLAKY_GRAPH = {
  seed: 7,
  rules: [
    { path: '/', status: 429, rate: 0.15, retryAfter: 1 },
    { path: '/', status: 503, rate: 0.15, retryAfter: 1 },
    { path: '/', latencyMs: 40, rate: 0.3 },
  ],
};

function scenario(id: string) {
  const found = allScenarios.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

function endOf(run: ScenarioRun) {
  return run.turnEnds.at(-1);
}

function duplicateSends(run: ScenarioRun): string[] {
  const counts = new Map<string, number>();
  for (const entry of run.after.outbox.slice(run.before.outbox.length)) {
    const key = `${entry.kind} ${entry.subject} ${entry.toRecipients.map((recipient) => recipient.emailAddress.address).join(',')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([key]) => key);
}

function errorsOf(run: ScenarioRun) {
  return run.events.filter(
    (event): event is Extract<AgentEvent, { type: 'tool-error' }> => event.type === 'tool-error',
  );
}

let faultsSeen = 0;

describe('a flaky Graph: 30% 429/503 with Retry-After and random latency', () => {
  it.each([
    'draft-reply-then-send',
    'reply-all-edited-in-card',
    'schedule-first-free-slot-teams',
    'file-newsletters',
    'send-new-email-to-named-colleague',
  ])(
    '%s completes or stops with a clear message, and nothing is sent twice',
    async (id) => {
      const request: RunRequest = { ...requestOf(scenario(id), []), graphFaults: FLAKY_GRAPH };
      const run = await runInNode(harness, request);
      faultsSeen += run.graphRequests.filter(
        (logged) => logged.status === 429 || logged.status === 503,
      ).length;
      expect(run.crash).toBeUndefined();
      expect(endOf(run)?.reason).toBe('completed');
      expect(duplicateSends(run)).toEqual([]);
      // A failed call is data the model reads: a clear message, never a raw stack.
      for (const error of errorsOf(run)) expect(error.message).toMatch(/\w+ \w+/u);
      expect(unapprovedWrites(run).filter((write) => write.entry?.decision !== 'auto')).toEqual([]);
    },
    60_000,
  );

  it('the faults really fired during those runs', () => {
    expect(faultsSeen).toBeGreaterThanOrEqual(3);
  });

  it('an expired token mid-run is renewed and the call goes through', async () => {
    const request: RunRequest = {
      ...requestOf(scenario('list-last-week-invoices'), []),
      graphFaults: {
        rules: [
          {
            path: '/me/messages',
            status: 401,
            code: 'InvalidAuthenticationToken',
            message: 'Lifetime validation failed, the token is expired.',
            times: 1,
          },
        ],
      },
    };
    const run = await runInNode(harness, request);
    expect(endOf(run)?.reason).toBe('completed');
    expect(run.answer).toContain('CN-2026-1104');
  });
});

const send = {
  name: 'mail_send_message',
  arguments: { to: ['jonas.berg@lumenlabs.example'], subject: 'Hi', body: 'Hello' },
};

function modelRun(model: RunRequest['model'], extra: Partial<RunRequest> = {}): Promise<ScenarioRun> {
  return runInNode(harness, {
    prompt: 'Email jonas.berg@lumenlabs.example "Hello", subject Hi.',
    model,
    decide: () => ({ action: 'approve' }),
    ...extra,
  });
}

describe('a broken model', () => {
  it('a 429 storm ends the turn with a rate-limit message after bounded retries; nothing runs', async () => {
    const run = await modelRun([
      { label: 'storm', times: 0, error: { status: 429, retryAfter: 0, message: 'Rate limit reached' } },
    ]);
    const error = run.events.find((event) => event.type === 'turn-error');
    expect(error).toMatchObject({ code: 'rate-limited' });
    expect(endOf(run)?.reason).toBe('error');
    expect(harness.llm.requests().length).toBeLessThanOrEqual(4);
    expect(run.after.outbox).toHaveLength(0);
  });

  it('two 429s then an answer: the turn completes', async () => {
    const run = await modelRun([
      { label: 'busy', times: 2, error: { status: 429, retryAfter: 0 } },
      { label: 'answer', text: 'All good.' },
    ]);
    expect(endOf(run)?.reason).toBe('completed');
    expect(run.answer).toBe('All good.');
  });

  it('a stream cut mid tool call runs nothing and says the connection broke', async () => {
    const run = await modelRun([
      { label: 'cut', toolCalls: [send], argumentChunkSize: 4, disconnectAfterChunks: 3 },
    ]);
    expect(endOf(run)?.reason).toBe('error');
    expect(run.events.find((event) => event.type === 'turn-error')).toMatchObject({
      message: expect.stringMatching(/\w/u),
    });
    expect(run.events.some((event) => event.type === 'tool-call')).toBe(false);
    expect(run.after.outbox).toHaveLength(0);
  });

  it('malformed tool JSON becomes an error the model reads; it then corrects itself', async () => {
    const run = await modelRun([
      {
        label: 'broken',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'mail_send_message', argumentsText: '{"to": ["jonas.berg@lumen' }],
      },
      { label: 'fixed', when: { lastRole: 'tool', lastToolResultIncludes: 'JSON' }, toolCalls: [send] },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Sent.' },
    ]);
    expect(errorsOf(run).map((error) => error.code)).toContain('malformed-arguments');
    expect(endOf(run)?.reason).toBe('completed');
    expect(run.after.outbox).toHaveLength(1);
  });

  it('an unknown tool is refused with the list of available tools', async () => {
    const run = await modelRun([
      {
        label: 'unknown',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'mail_send_everything', arguments: {} }],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'I cannot do that.' },
    ]);
    const error = errorsOf(run)[0];
    expect(error).toMatchObject({ code: 'unknown-tool', toolName: 'mail_send_everything' });
    expect(error?.message).toContain('mail_send_message');
    expect(endOf(run)?.reason).toBe('completed');
  });

  it('100 tool calls in one step: reads run bounded, sends stop at the per-turn cap', async () => {
    const reads = Array.from({ length: 60 }, () => ({
      name: 'mail_get_message',
      arguments: { id: '{{message:Budget sign-off needed by Friday}}' },
    }));
    const sends = Array.from({ length: 40 }, (_unused, index) => ({
      ...send,
      arguments: { ...send.arguments, subject: `Hi ${index}` },
    }));
    const run = await modelRun([
      { label: 'hundred', when: { lastRole: 'user' }, toolCalls: [...reads, ...sends] },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Done.' },
    ]);
    expect(run.crash).toBeUndefined();
    expect(endOf(run)?.reason).toBe('completed');
    expect(run.approvals.length).toBeLessThanOrEqual(5);
    expect(run.after.outbox.length).toBeLessThanOrEqual(5);
    expect(
      errorsOf(run).filter((error) => error.message.includes('limit of 5 outgoing messages')).length,
    ).toBe(35);
  });

  it('a model that calls the same tool forever is stopped by the step limit with a clear message', async () => {
    const run = await modelRun(
      [
        {
          label: 'loop',
          times: 0,
          toolCalls: [{ name: 'mail_list_messages', arguments: { folder: 'inbox', limit: 1 } }],
        },
      ],
      { settings: { agent: { maxSteps: 4 } } },
    );
    expect(endOf(run)).toMatchObject({ reason: 'step-limit', message: expect.stringMatching(/step/iu) });
    expect(run.graphRequests.filter((request) => !request.batchStepId).length).toBeLessThanOrEqual(4 * 3);
  });
});
