import { settingsWith } from '../../helpers/test-tools';
import { harness } from './session-harness';

const draft = { to: ['bob@contoso.com'], subject: 'Hi', body: 'Hello Bob' };

describe('the permission gate in a run', () => {
  it('runs an Always-allow draft without asking', async () => {
    const { session, tools, ofType } = harness(
      [[{ type: 'tool-call', name: 'mail_create_draft', args: draft }], [{ type: 'text', text: 'Done.' }]],
      {
        settings: settingsWith({ draft: 'always' }),
      },
    );
    await session.run('Draft a hello to bob@contoso.com');
    expect(tools.drafts).toHaveLength(1);
    expect(ofType('tool-approval-request')).toHaveLength(0);
    expect(session.audit.entries()[0]).toMatchObject({
      tool: 'mail_create_draft',
      decision: 'auto',
      outcome: { status: 'ok' },
    });
  });

  it('asks for a Needs-approval draft and runs nothing until approved', async () => {
    const { session, tools, ofType } = harness([
      [{ type: 'tool-call', id: 'd1', name: 'mail_create_draft', args: draft }],
      [{ type: 'text', text: 'Done.' }],
    ]);
    const progress = await session.run('Draft a hello to bob@contoso.com');
    expect(progress.kind).toBe('awaiting-approval');
    expect(session.status().kind).toBe('awaiting-approval');
    expect(tools.drafts).toHaveLength(0);
    const [request] = ofType('tool-approval-request');
    expect(request.approval).toMatchObject({
      id: 'd1',
      toolName: 'mail_create_draft',
      category: 'draft',
      args: draft,
      editableArgs: ['to', 'subject', 'body'],
    });
    expect(request.approval.reasons).toEqual([expect.objectContaining({ kind: 'setting' })]);
    expect(request.approval.preview.title).toBe('Create a draft');
  });

  it('never offers a tool whose only category is disabled, and answers a call to it with "not available"', async () => {
    const { session, model, tools, toolMessage } = harness([
      [{ type: 'tool-call', id: 'x', name: 'onedrive_delete_file', args: { path: '/a.txt' } }],
      [{ type: 'text', text: 'OK' }],
    ]);
    await session.run('Delete /a.txt');
    expect(model.requests[0].tools.map((tool) => tool.name)).not.toContain('onedrive_delete_file');
    expect(tools.runsOf('onedrive_delete_file')).toHaveLength(0);
    expect(toolMessage('x')).toMatchObject({ isError: true });
    expect(toolMessage('x')?.content).toMatch(/not available/u);
    expect(session.audit.entries()[0]).toMatchObject({
      decision: 'disabled',
      outcome: { status: 'not-run' },
    });
  });

  it('never offers the tools of an area that is switched off', async () => {
    const { session, model } = harness([[{ type: 'text', text: 'OK' }]], {
      settings: settingsWith({}, { todo: false, mail: false }),
    });
    await session.run('Hi');
    const offered = model.requests[0].tools.map((tool) => tool.name);
    expect(offered).not.toContain('todo_list_tasks');
    expect(offered.some((name) => name.startsWith('mail_'))).toBe(false);
    expect(offered).toContain('onedrive_read_big_file');
  });

  it('offers compose-only tools only in compose mode', async () => {
    const read = harness([[{ type: 'text', text: 'OK' }]]);
    await read.session.run('Hi');
    expect(read.model.requests[0].tools.map((tool) => tool.name)).not.toContain('item_insert_text');
    const compose = harness([[{ type: 'text', text: 'OK' }]], {
      currentItem: {
        mode: 'compose',
        itemType: 'message',
        subject: '',
        to: [],
        cc: [],
        categories: [],
        attachments: [],
      },
    });
    await compose.session.run('Hi');
    expect(compose.model.requests[0].tools.map((tool) => tool.name)).toContain('item_insert_text');
  });

  it('forces send to ask even when the stored setting says Always allow', async () => {
    const { session, tools, ofType } = harness(
      [[{ type: 'tool-call', name: 'mail_send_message', args: draft }]],
      { settings: settingsWith({ send: 'always' }) },
    );
    const progress = await session.run('Send hello to bob@contoso.com');
    expect(progress.kind).toBe('awaiting-approval');
    expect(ofType('tool-approval-request')[0].approval.category).toBe('send');
    expect(tools.sentMessages).toHaveLength(0);
  });

  it('denies an argument-dependent category that is disabled (an event with attendees is a send)', async () => {
    const { session, tools, toolMessage } = harness(
      [
        [
          { type: 'tool-call', id: 'solo', name: 'calendar_create_event', args: { subject: 'Focus' } },
          {
            type: 'tool-call',
            id: 'invite',
            name: 'calendar_create_event',
            args: { subject: 'Sync', attendees: ['bob@contoso.com'] },
          },
        ],
        [{ type: 'text', text: 'OK' }],
      ],
      { settings: settingsWith({ draft: 'always', send: 'disabled' }) },
    );
    await session.run('Block focus time and invite bob@contoso.com to a sync');
    expect(tools.runsOf('calendar_create_event').map((run) => run.args.subject)).toEqual(['Focus']);
    expect(toolMessage('invite')?.content).toMatch(/sending \(send\) is disabled/u);
  });

  it('denies side effects beyond the per-turn cap with a clear message', async () => {
    const calls = Array.from({ length: 4 }, (_, index) => ({
      type: 'tool-call' as const,
      id: `e${index}`,
      name: 'calendar_create_event',
      args: { subject: `S${index}` },
    }));
    const { session, tools } = harness([calls, [{ type: 'text', text: 'OK' }]], {
      settings: settingsWith({ draft: 'always', delete: 'always' }),
      limits: { caps: { outboundMessages: 5, recipients: 20, deletes: 1, shares: 3 } },
    });
    await session.run('Make four events');
    expect(tools.runsOf('calendar_create_event')).toHaveLength(4);
    const second = harness(
      [
        [
          { type: 'tool-call', id: 'd1', name: 'onedrive_delete_file', args: { path: '/a.txt' } },
          { type: 'tool-call', id: 'd2', name: 'onedrive_delete_file', args: { path: '/b.txt' } },
        ],
        [{ type: 'text', text: 'OK' }],
      ],
      {
        settings: settingsWith({ delete: 'always' }),
        limits: { caps: { outboundMessages: 5, recipients: 20, deletes: 1, shares: 3 } },
      },
    );
    await second.session.run('Delete /a.txt and /b.txt');
    expect(second.tools.runsOf('onedrive_delete_file').map((run) => run.args.path)).toEqual(['/a.txt']);
    expect(second.toolMessage('d2')?.content).toMatch(/limit of 1 deletions per request/u);
  });
});
