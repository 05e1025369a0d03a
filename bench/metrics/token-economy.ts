/**
 * Metric 2, token economy: for a fixed set of reads on the demo tenant, tokens (o200k) of what the model receives
 * from the real tools (the capped JSON of `result.content`, as the agent serialises it) against the raw Graph JSON of
 * the same data fetched without `$select` (direct HTTP to the simulator with a dev token). Tools that do not exist yet
 * are listed as not measured, never estimated.
 */
import { countTokens } from 'gpt-tokenizer';
import { capResult, serialiseResult } from '../../src/agent/result-cap';
import { limitsFrom } from '../../src/agent/limits';
import { defaultSettings } from '../../src/settings/schema';
import { lookupTool } from '../../src/tools/catalog';
import { startToolHarness, type ToolHarness } from '../../test/helpers/tool-harness';
import { atMost, info, notMeasured, type Metric } from '../lib/metric';
import { round } from '../lib/stats';

const RATIO_TARGET = 0.25;

/** The demo tenant's fixed facts the calls address. */
interface DemoIds {
  threadMessageId: string;
  threadConversationId: string;
  threadLength: number;
  tasksListId: string;
  onenotePageId?: string;
}

interface Call {
  label: string;
  /** Candidate tool names, first existing wins (areas still being written may pick either name). */
  tools: string[];
  args: (ids: DemoIds) => Record<string, unknown>;
  /** Graph requests (relative to /v1.0) whose bodies together are the same data, fetched raw; pages are followed. */
  raw: (ids: DemoIds) => string[];
  scopes: string[];
}

const WEEK_START = '2026-11-16';
const WEEK_END = '2026-11-23';

const CALLS: Call[] = [
  {
    label: 'list 25 inbox messages',
    tools: ['mail_list_messages'],
    args: () => ({ folder: 'inbox', limit: 25 }),
    raw: () => ['/me/mailFolders/inbox/messages?$top=25'],
    scopes: ['Mail.Read'],
  },
  {
    label: 'read the long HTML thread',
    tools: ['mail_get_conversation'],
    args: (ids) => ({ id: ids.threadMessageId }),
    raw: (ids) => [
      `/me/messages?$filter=${encodeURIComponent(`conversationId eq '${ids.threadConversationId}'`)}&$top=50`,
    ],
    scopes: ['Mail.Read'],
  },
  {
    label: 'list a week of events',
    tools: ['calendar_list_events'],
    args: () => ({ start: WEEK_START, end: WEEK_END, limit: 100 }),
    // The tool reads the week in the user's zone (Europe/Berlin, UTC+1 in November).
    raw: () => [
      `/me/calendarView?startDateTime=${WEEK_START}T00:00:00%2B01:00&endDateTime=${WEEK_END}T00:00:00%2B01:00&$top=100`,
    ],
    scopes: ['Calendars.Read'],
  },
  {
    label: 'list a OneDrive folder',
    tools: ['onedrive_list_folder'],
    args: () => ({ path: '/Documents' }),
    raw: () => ['/me/drive/root:/Documents:/children'],
    scopes: ['Files.Read'],
  },
  {
    label: 'read a OneNote page',
    tools: ['onenote_get_page'],
    args: (ids) => ({ id: ids.onenotePageId }),
    raw: (ids) => [
      `/me/onenote/pages/${ids.onenotePageId}`,
      `/me/onenote/pages/${ids.onenotePageId}/content`,
    ],
    scopes: ['Notes.Read'],
  },
  {
    label: 'list tasks',
    tools: ['todo_list_tasks'],
    args: () => ({ list: 'Tasks', status: 'all', limit: 100 }),
    raw: (ids) => [`/me/todo/lists/${ids.tasksListId}/tasks`],
    scopes: ['Tasks.Read'],
  },
];

function demoIds(harness: ToolHarness): DemoIds {
  const store = harness.simulator.store() as unknown as {
    mail: {
      messages: { id: string; subject?: string; conversationId?: string; receivedDateTime?: string }[];
    };
    todo: { lists: { id: string; displayName: string; wellknownListName?: string }[] };
    onenote: { pages: { id: string; title: string; html: string }[] };
  };
  // The longest conversation of the demo mailbox (the 11-message quoted "Fabrikam pilot" thread); its newest message.
  const sizes = new Map<string, number>();
  for (const message of store.mail.messages)
    if (message.conversationId)
      sizes.set(message.conversationId, (sizes.get(message.conversationId) ?? 0) + 1);
  const [conversationId, threadLength] = [...sizes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!conversationId) throw new Error('the demo tenant has no conversations');
  const newest = store.mail.messages
    .filter((message) => message.conversationId === conversationId)
    .sort((a, b) => (b.receivedDateTime ?? '').localeCompare(a.receivedDateTime ?? ''))[0];
  const tasks =
    store.todo.lists.find((list) => list.wellknownListName === 'defaultList') ?? store.todo.lists[0];
  // The longest page: the one where a lean reader saves most (and the hardest to keep small).
  const page = [...(store.onenote?.pages ?? [])].sort((a, b) => b.html.length - a.html.length)[0];
  return {
    threadMessageId: newest.id,
    threadConversationId: conversationId,
    threadLength: threadLength ?? 0,
    tasksListId: tasks.id,
    onenotePageId: page?.id,
  };
}

/** Raw Graph bodies of the requests, following @odata.nextLink, as the text a naive tool would hand the model. */
async function rawText(harness: ToolHarness, paths: string[], scopes: string[]): Promise<string> {
  const token = harness.simulator.issueToken(scopes);
  const bodies: string[] = [];
  for (const start of paths) {
    let url: string | undefined = `${harness.simulator.origin}/v1.0${start}`;
    while (url) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const text = await response.text();
      if (!response.ok) throw new Error(`raw GET ${start}: ${response.status} ${text.slice(0, 200)}`);
      bodies.push(text);
      const next: unknown = response.headers.get('content-type')?.includes('json')
        ? (JSON.parse(text) as Record<string, unknown>)['@odata.nextLink']
        : undefined;
      url = typeof next === 'string' ? next : undefined;
    }
  }
  return bodies.join('\n');
}

export async function measureTokenEconomy(options: { log: (line: string) => void }): Promise<Metric[]> {
  const harness = await startToolHarness();
  const metrics: Metric[] = [];
  const maxResultChars = limitsFrom(defaultSettings()).maxResultChars;
  let toolTotal = 0;
  let rawTotal = 0;
  const missing: string[] = [];
  try {
    const ids = demoIds(harness);
    options.log(
      `long thread: ${ids.threadLength} messages in conversation ${ids.threadConversationId.slice(0, 12)}…`,
    );
    for (const call of CALLS) {
      const tool = call.tools.map((name) => lookupTool(name)).find((candidate) => candidate !== undefined);
      const name = `token economy: ${call.label}`;
      if (!tool) {
        missing.push(call.label);
        metrics.push(notMeasured(name, '% of raw', '—', `no tool ${call.tools.join(' / ')} in the catalog`));
        continue;
      }
      const result = await harness.run(tool, call.args(ids));
      const received = capResult(serialiseResult(result.content), maxResultChars).text;
      const toolTokens = countTokens(received);
      const rawTokens = countTokens(await rawText(harness, call.raw(ids), call.scopes));
      toolTotal += toolTokens;
      rawTotal += rawTokens;
      options.log(`${call.label}: ${tool.name} ${toolTokens} tokens vs raw ${rawTokens}`);
      metrics.push(
        info(
          name,
          round((100 * toolTokens) / rawTokens),
          '% of raw',
          `${tool.name}: ${toolTokens} vs ${rawTokens} tokens raw`,
        ),
      );
    }
  } finally {
    await harness.close();
  }
  if (rawTotal === 0) return metrics;
  const ratio = toolTotal / rawTotal;
  metrics.unshift(
    atMost(
      'token economy: tool results vs raw Graph JSON, total',
      round(100 * ratio),
      '% of raw',
      100 * RATIO_TARGET,
      {
        baseline: rawTotal,
        target: `≤ ${100 * RATIO_TARGET}%`,
        note:
          `${toolTotal} tokens (o200k) from the tools vs ${rawTotal} raw (baseline column)` +
          (missing.length ? `; not measured yet: ${missing.join(', ')}` : ''),
      },
    ),
  );
  return metrics;
}
