/**
 * Metric 7, memory: the JS heap an agent session holds after a 100-turn conversation in which every turn reads a
 * ~50 KB tool result (zero-latency model, in Node with forced garbage collection), and whether history trimming keeps
 * the request the model receives within the history budget.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { z } from 'zod';
import { estimateTokens } from '../../src/agent/history-budget';
import { limitsFrom } from '../../src/agent/limits';
import { createAgentSession } from '../../src/agent/session';
import type { ModelEvent, ModelRequest } from '../../src/llm/model';
import { defaultSettings } from '../../src/settings/schema';
import { defineTool, type ToolDefinition } from '../../src/tools/define-tool';
import { atMost, info, type Metric } from '../lib/metric';
import { createTimedModel, toolResultsSinceUser } from '../lib/scripted-model';
import { round } from '../lib/stats';

const HEAP_TARGET_MB = 60;
const RESULT_CHARS = 50_000;
const MB = 1024 * 1024;

/** `global.gc` without restarting Node with --expose-gc. */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** A read tool returning ~50 KB of distinct text per call (a long document), so nothing is shared between turns. */
function largeResultTool(): ToolDefinition {
  return defineTool({
    name: 'onedrive_bench_read',
    area: 'onedrive',
    category: 'read',
    description: 'Reads a long file (bench tool).',
    input: z.object({ turn: z.number().int() }),
    graph: [],
    scopes: ['Files.Read'],
    async run(args, context) {
      const line = `Turn ${args.turn}: quarterly figures, region by region, with commentary and caveats. `;
      const text = Array.from(
        { length: Math.ceil(RESULT_CHARS / (line.length + 6)) },
        (_, index) => `${index} ${line}`,
      )
        .join('\n')
        .slice(0, RESULT_CHARS);
      return { content: { name: `report-${args.turn}.txt`, text: context.untrusted(text) } };
    },
  }) as unknown as ToolDefinition;
}

export async function measureMemory(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<Metric[]> {
  const gc = garbageCollector();
  const turns = options.quick ? 30 : 100;
  const budget = limitsFrom(defaultSettings()).historyTokenBudget;
  let lastRequest: ModelRequest | undefined;
  const model = createTimedModel((request): ModelEvent[] => {
    lastRequest = request;
    const turn = request.messages.filter((message) => message.role === 'user').length;
    return toolResultsSinceUser(request) === 0
      ? [
          {
            type: 'tool-call',
            call: {
              id: `read-${turn}`,
              name: 'onedrive_bench_read',
              argumentsText: JSON.stringify({ turn }),
            },
          },
          { type: 'finish', reason: 'tool-calls', usage: { inputTokens: 1000, outputTokens: 20 } },
        ]
      : [
          {
            type: 'text-delta',
            text: `Turn ${turn}: the report shows steady growth in every region. `.repeat(8),
          },
          { type: 'finish', reason: 'stop', usage: { inputTokens: 1000, outputTokens: 200 } },
        ];
  });

  gc();
  const before = process.memoryUsage().heapUsed;
  let session: ReturnType<typeof createAgentSession> | undefined = createAgentSession({
    model,
    catalog: [largeResultTool()],
    settings: defaultSettings(),
    toolContextFactory: () => ({ graph: undefined as never, office: null }),
    user: {
      displayName: 'Maya Okafor',
      emailAddress: 'maya.okafor@lumenlabs.example',
      timeZone: 'Europe/Berlin',
    },
  });
  for (let turn = 0; turn < turns; turn += 1) {
    const progress = await session.run(`Read report ${turn} and summarise it`);
    if (progress.kind !== 'ended' || progress.reason !== 'completed')
      throw new Error(`turn ${turn} ended with ${JSON.stringify(progress)}`);
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  const historyChars = session.history().reduce((sum, message) => sum + JSON.stringify(message).length, 0);
  const snapshotChars = JSON.stringify(session.snapshot()).length;
  const requestTokens = lastRequest
    ? lastRequest.messages.reduce(
        (sum, message) =>
          sum +
          estimateTokens(message.content) +
          (message.role === 'assistant' ? estimateTokens(JSON.stringify(message.toolCalls ?? [])) : 0),
        0,
      )
    : 0;
  session = undefined;
  gc();
  const released = process.memoryUsage().heapUsed;
  const heldMb = round((after - before) / MB);
  options.log(
    `memory: heap ${round(before / MB)} → ${round(after / MB)} MB after ${turns} turns (→ ${round(released / MB)} MB once released); history ${historyChars} chars; last request ~${requestTokens} tokens`,
  );
  return [
    atMost(
      `memory: heap held by a session after ${turns} turns of ~50 KB results`,
      heldMb,
      'MB',
      HEAP_TARGET_MB,
      {
        baseline: round(before / MB),
        target: `≤ ${HEAP_TARGET_MB} MB`,
        note: `Node heapUsed after forced GC, growth over the process's heap before the session (baseline column); tool results capped to ${limitsFrom(defaultSettings()).maxResultChars} chars`,
      },
    ),
    atMost('memory: tokens of the request at the last turn (trimming)', requestTokens, 'tokens', budget, {
      target: `≤ history budget (${budget})`,
      note: 'messages only, estimated at 4 chars a token as the agent counts them; older tool results replaced by a note',
    }),
    info(
      'memory: history kept by the session',
      round(historyChars / 1024),
      'KB',
      `serialised; snapshot for the pane's storage ${round(snapshotChars / 1024)} KB — trimming shapes the request, the session keeps every result`,
    ),
  ];
}
