import { z } from 'zod';
import type { GraphClient } from '../../src/graph/types';
import type { UserProfile } from '../../src/office/types';
import { defineTool, type ToolContext, type ToolDefinition } from '../../src/tools/define-tool';
import type { ToolContextFactory } from '../../src/agent/turn-driver';
import { defaultSettings, type Settings } from '../../src/settings/schema';

/** One recorded tool run: what ran, with what, when, and whether its signal was aborted by the end. */
export interface RecordedRun {
  tool: string;
  args: Record<string, unknown>;
  startedAt: number;
  endedAt?: number;
  aborted: boolean;
}

export interface FakeMessage {
  id: string;
  from: string;
  subject: string;
  body: string;
}

export const testUser: UserProfile = {
  displayName: 'Ada Lovelace',
  emailAddress: 'ada@contoso.com',
  timeZone: 'Europe/London',
};

/** A settings object with the given policy overrides. */
export function settingsWith(
  policies: Partial<Settings['permissions']['policies']> = {},
  areas: Partial<Settings['permissions']['areas']> = {},
): Settings {
  const settings = defaultSettings();
  settings.permissions.policies = { ...settings.permissions.policies, ...policies };
  settings.permissions.areas = { ...settings.permissions.areas, ...areas };
  return settings;
}

function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new Error('aborted'));
      },
      { once: true },
    );
  });
}

/**
 * Tiny fake tools with real schemas, previews and targets. They record every run (with timestamps from
 * `performance.now()`, so tests can check overlap) and touch nothing outside the recorder.
 */
export function createTestTools(options: { messages?: FakeMessage[]; files?: string[] } = {}) {
  const runs: RecordedRun[] = [];
  const messages = new Map((options.messages ?? []).map((message) => [message.id, message]));
  const files = new Set(options.files ?? []);
  const sentMessages: { to: string[]; subject: string; body: string }[] = [];
  const drafts: { to: string[]; subject: string; body: string }[] = [];

  async function recorded<T>(
    tool: string,
    args: Record<string, unknown>,
    ctx: ToolContext,
    work: () => Promise<T>,
  ): Promise<T> {
    const run: RecordedRun = { tool, args, startedAt: performance.now(), aborted: false };
    runs.push(run);
    try {
      return await work();
    } finally {
      run.endedAt = performance.now();
      run.aborted = ctx.signal.aborted;
    }
  }

  const getMessage = defineTool({
    name: 'mail_get_message',
    area: 'mail',
    category: 'read',
    description: 'Get one message by id: sender, subject and body as text.',
    input: z.object({ id: z.string().min(1) }),
    graph: ['GET /me/messages/{message-id}'],
    scopes: ['Mail.Read'],
    run: (args, ctx) =>
      recorded('mail_get_message', args, ctx, async () => {
        const message = messages.get(args.id);
        if (!message) throw Object.assign(new Error(`No message '${args.id}'.`), { code: 'not-found' });
        return {
          content: {
            id: message.id,
            from: message.from,
            subject: ctx.untrusted(message.subject),
            body: ctx.untrusted(message.body),
          },
          summary: 'Read 1 message',
        };
      }),
  });

  const slowRead = defineTool({
    name: 'mail_search_slow',
    area: 'mail',
    category: 'read',
    description: 'A read that takes `ms` milliseconds.',
    input: z.object({ label: z.string(), ms: z.number().int().min(0).max(10_000) }),
    graph: [],
    scopes: [],
    run: (args, ctx) =>
      recorded('mail_search_slow', args, ctx, async () => {
        await waitFor(args.ms, ctx.signal);
        return { content: { label: args.label } };
      }),
  });

  const bigRead = defineTool({
    name: 'onedrive_read_big_file',
    area: 'onedrive',
    category: 'read',
    description: 'Returns a very long text.',
    input: z.object({ size: z.number().int() }),
    graph: [],
    scopes: [],
    run: (args, ctx) =>
      recorded('onedrive_read_big_file', args, ctx, async () => ({
        content: { text: ctx.untrusted('x'.repeat(args.size)) },
      })),
  });

  const listTasks = defineTool({
    name: 'todo_list_tasks',
    area: 'todo',
    category: 'read',
    description: 'List open tasks.',
    input: z.object({}),
    graph: [],
    scopes: [],
    run: (args, ctx) => recorded('todo_list_tasks', args, ctx, async () => ({ content: { tasks: [] } })),
  });

  const insertText = defineTool({
    name: 'item_insert_text',
    area: 'item',
    category: 'draft',
    modes: ['compose'],
    description: 'Insert text at the cursor of the message being composed.',
    input: z.object({ text: z.string() }),
    graph: [],
    scopes: [],
    run: (args, ctx) =>
      recorded('item_insert_text', args, ctx, async () => ({ content: { inserted: true } })),
  });

  const messageInput = z.object({
    to: z.array(z.email()).min(1),
    subject: z.string().min(1),
    body: z.string(),
  });

  const createDraft = defineTool({
    name: 'mail_create_draft',
    area: 'mail',
    category: 'draft',
    description: 'Create a draft message.',
    input: messageInput,
    graph: ['POST /me/messages'],
    scopes: ['Mail.ReadWrite'],
    targets: (args) => ({ recipients: args.to, outgoingText: [args.body] }),
    preview: (args) => ({
      title: 'Create a draft',
      fields: [
        { label: 'To', value: args.to.join(', '), kind: 'recipients', editableArg: 'to' },
        { label: 'Subject', value: args.subject, kind: 'subject', editableArg: 'subject' },
      ],
      body: args.body,
      bodyArg: 'body',
      warnings: [],
    }),
    run: (args, ctx) =>
      recorded('mail_create_draft', args, ctx, async () => {
        drafts.push(args);
        return { content: { id: `draft-${drafts.length}` }, summary: 'Created a draft' };
      }),
  });

  const sendMessage = defineTool({
    name: 'mail_send_message',
    area: 'mail',
    category: 'send',
    description: 'Send a message.',
    input: messageInput,
    graph: ['POST /me/sendMail'],
    scopes: ['Mail.Send'],
    targets: (args) => ({ recipients: args.to, outgoingText: [args.body] }),
    run: (args, ctx) =>
      recorded('mail_send_message', args, ctx, async () => {
        sentMessages.push(args);
        return { content: { sent: true } };
      }),
  });

  const deleteFile = defineTool({
    name: 'onedrive_delete_file',
    area: 'onedrive',
    category: 'delete',
    description: 'Delete a file by path.',
    input: z.object({ path: z.string().min(1) }),
    graph: ['DELETE /me/drive/root:/{path}'],
    scopes: ['Files.ReadWrite'],
    targets: (args) => ({ paths: [args.path] }),
    run: (args, ctx) =>
      recorded('onedrive_delete_file', args, ctx, async () => {
        files.delete(args.path);
        return { content: { deleted: args.path } };
      }),
  });

  const createEvent = defineTool({
    name: 'calendar_create_event',
    area: 'calendar',
    category: {
      categories: ['draft', 'send'],
      of: (args: { attendees: string[] }) => (args.attendees.length > 0 ? 'send' : 'draft'),
    },
    description: 'Create an event; with attendees it sends invitations.',
    input: z.object({ subject: z.string(), attendees: z.array(z.email()).default([]) }),
    graph: ['POST /me/events'],
    scopes: ['Calendars.ReadWrite'],
    targets: (args) => ({ recipients: args.attendees }),
    run: (args, ctx) =>
      recorded('calendar_create_event', args, ctx, async () => ({ content: { id: 'event-1' } })),
  });

  const hangingWrite = defineTool({
    name: 'mail_move_message',
    area: 'mail',
    category: 'organize',
    description: 'Move a message; this fake waits until aborted or `ms` passes.',
    input: z.object({ id: z.string(), ms: z.number().int().default(60_000) }),
    graph: [],
    scopes: [],
    targets: (args) => ({ itemIds: [args.id] }),
    run: (args, ctx) =>
      recorded('mail_move_message', args, ctx, async () => {
        await waitFor(args.ms, ctx.signal);
        return { content: { moved: args.id } };
      }),
  });

  const catalog: readonly ToolDefinition[] = [
    getMessage,
    slowRead,
    bigRead,
    listTasks,
    insertText,
    createDraft,
    sendMessage,
    deleteFile,
    createEvent,
    hangingWrite,
  ] as unknown as ToolDefinition[];
  return {
    catalog,
    runs,
    drafts,
    sentMessages,
    files,
    runsOf: (tool: string) => runs.filter((run) => run.tool === tool),
  };
}

/** A Graph client that fails loudly: the fake tools never use it. */
const unusedGraph = new Proxy({} as GraphClient, {
  get: () => () => Promise.reject(new Error('Graph is not used by the fake tools.')),
});

/** A context factory for the fake tools; `graphRequestIds` are reported for each call when given. */
export function fakeContextFactory(graphRequestIds: readonly string[] = []): ToolContextFactory {
  return ({ recordGraphRequestId }) => {
    graphRequestIds.forEach((id) => recordGraphRequestId(id));
    return { graph: unusedGraph, office: null };
  };
}
