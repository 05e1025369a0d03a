import { categoryOf } from '../../../../src/tools/define-tool';
import { todoDeleteList, todoDeleteTask } from '../../../../src/tools/todo/delete-tools';
import {
  todoGetList,
  todoGetTask,
  todoListLists,
  todoListTasks,
} from '../../../../src/tools/todo/read-tools';
import {
  todoCreateList,
  todoCreateTask,
  todoUpdateChecklist,
  todoUpdateTask,
} from '../../../../src/tools/todo/write-tools';
import { todoTools } from '../../../../src/tools/todo';
import type { GraphStore } from '../../../../src/simulators/graph/store/store';
import { setUpToolHarness, type Json } from '../tool-test-setup';

describe('To Do tools against the simulator', () => {
  const harness = setUpToolHarness();
  const state = () => harness.state() as unknown as GraphStore;
  const list = (name: string) =>
    state().todo.lists.find((candidate) => candidate.displayName === name) as Json;
  const task = (title: string) => state().todo.tasks.find((candidate) => candidate.title === title) as Json;
  const writes = () => harness.requests().filter((request) => request.method !== 'GET');
  const unwrap = (text: string) => harness.marker.split(text).inside.join('');

  it('categories: reads are read, writes draft, deletes delete', () => {
    expect(Object.fromEntries(todoTools.map((tool) => [tool.name, tool.category]))).toEqual({
      todo_list_lists: 'read',
      todo_get_list: 'read',
      todo_list_tasks: 'read',
      todo_get_task: 'read',
      todo_create_list: 'draft',
      todo_create_task: 'draft',
      todo_update_task: 'draft',
      todo_update_checklist: 'draft',
      todo_delete_task: 'delete',
      todo_delete_list: 'delete',
    });
  });

  it('todo_list_lists and todo_get_list (by name, with counts)', async () => {
    const lists = (await harness.run(todoListLists, {})).content as Json;
    expect(lists.map((entry: Json) => unwrap(entry.name))).toEqual(['Tasks', 'Work Projects', 'Personal']);
    expect(lists[0].isDefault).toBe(true);
    const one = (await harness.run(todoGetList, { list: 'work projects' })).content as Json;
    expect(one).toMatchObject({ id: list('Work Projects').id, tasks: 6 });
    expect(one.byStatus).toMatchObject({
      inProgress: 1,
      completed: 1,
      deferred: 1,
      waitingOnOthers: 1,
      notStarted: 2,
    });
  });

  it('todo_list_tasks: "notCompleted" filters on Graph, default list when none given, limit', async () => {
    const open = (await harness.run(todoListTasks, { list: 'Work Projects', status: 'notCompleted' }))
      .content as Json;
    expect(open.tasks).toHaveLength(5);
    const request = harness.requests().find((entry) => entry.path.endsWith('/tasks'));
    expect(request?.query.$filter).toBe("status ne 'completed'");
    const defaults = (await harness.run(todoListTasks, { limit: 2 })).content as Json;
    expect(defaults.list.id).toBe(list('Tasks').id);
    expect(defaults.tasks).toHaveLength(2);
    expect(unwrap(defaults.tasks[0].title)).toBe('Sign off 2027 product budget');
    expect(defaults.tasks[0]).toMatchObject({ importance: 'high', due: 'Sun 2026-11-22' });
  });

  it('todo_get_task: checklist items and the linked email', async () => {
    const budget = task('Sign off 2027 product budget');
    const content = (await harness.run(todoGetTask, { list: 'Tasks', taskId: budget.id })).content as Json;
    expect(content.checklist.map((item: Json) => [unwrap(item.text), item.done])).toEqual([
      ['Review headcount line', false],
      ['Check tooling costs', true],
    ]);
    expect(content.links[0]).toMatchObject({ app: 'Outlook' });
    expect(unwrap(content.links[0].title)).toBe('Budget sign-off needed by Friday');
  });

  it('an unknown list names the lists and changes nothing', async () => {
    await expect(harness.run(todoCreateTask, { list: 'Groceries', title: 'Milk' })).rejects.toThrow(
      /No To Do list "Groceries". The lists are: "Tasks" .*"Work Projects" .*"Personal"/,
    );
    expect(writes()).toHaveLength(0);
  });

  it('a name several lists share is ambiguous: the error lists them', async () => {
    await harness.run(todoCreateList, { name: 'Personal' });
    await expect(harness.run(todoListTasks, { list: 'personal' })).rejects.toMatchObject({
      code: 'list-ambiguous',
    });
  });

  it('todo_create_list', async () => {
    expect((await harness.preview(todoCreateList, { name: 'Travel' })).title).toBe('Create To Do list');
    await harness.run(todoCreateList, { name: 'Travel' });
    expect(list('Travel')).toMatchObject({ wellknownListName: 'none' });
  });

  it('todo_create_task: all fields, checklist and a link back to the email', async () => {
    const args = {
      list: 'Work Projects',
      title: 'Follow up on invoice 2026-117',
      body: 'Check the amounts against the PO.',
      dueDate: '2026-11-27',
      importance: 'high',
      reminder: '2026-11-26T09:00',
      checklist: ['Find the PO', 'Compare totals'],
      sourceEmail: {
        id: 'AAMkInvoice=',
        webLink: 'https://outlook.office365.com/owa/?ItemID=AAMkInvoice%3D',
        subject: 'Invoice 2026-117',
      },
    };
    expect(categoryOf(todoCreateTask, todoCreateTask.input.parse(args))).toBe('draft');
    const preview = await harness.preview(todoCreateTask, args);
    expect(preview.fields.map((field) => [field.label, field.value])).toEqual([
      ['List', 'Work Projects'],
      ['Title', 'Follow up on invoice 2026-117'],
      ['Due', '2026-11-27'],
      ['Importance', 'high'],
      ['Reminder', '2026-11-26T09:00'],
      ['Checklist', 'Find the PO; Compare totals'],
      ['Linked email', 'Invoice 2026-117'],
    ]);
    expect(todoCreateTask.targets?.(todoCreateTask.input.parse(args))).toEqual({
      itemIds: ['AAMkInvoice='],
      urls: ['https://outlook.office365.com/owa/?ItemID=AAMkInvoice%3D'],
    });
    const result = await harness.run(todoCreateTask, args);
    const [post] = writes();
    expect(post?.body).toMatchObject({
      dueDateTime: { dateTime: '2026-11-27T00:00:00', timeZone: 'W. Europe Standard Time' },
      reminderDateTime: { dateTime: '2026-11-26T09:00:00', timeZone: 'W. Europe Standard Time' },
      linkedResources: [
        { applicationName: 'Outlook', externalId: 'AAMkInvoice=', displayName: 'Invoice 2026-117' },
      ],
    });
    const stored = task('Follow up on invoice 2026-117');
    expect(stored).toMatchObject({
      listId: list('Work Projects').id,
      importance: 'high',
      isReminderOn: true,
    });
    expect(stored.dueDateTime).toEqual({ dateTime: '2026-11-26T23:00:00.0000000', timeZone: 'UTC' });
    expect(stored.checklistItems.map((item: Json) => item.displayName)).toEqual([
      'Find the PO',
      'Compare totals',
    ]);
    expect((result.content as Json).created.due).toBe('Fri 2026-11-27');
  });

  it.each([
    [{ title: 'x', dueDate: '27/11/2026' }, /YYYY-MM-DD/],
    [{ title: 'x', importance: 'urgent' }, /importance|Invalid option/i],
    [{ title: 'x', reminder: '2026-11-26T09:00', timeZone: 'Mars/Olympus' }, /Unknown time zone/],
  ])('rejects %j at validation', (args, message) => {
    const parsed = todoCreateTask.input.safeParse(args);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(message);
  });

  it('rejects an impossible date before writing', async () => {
    await expect(harness.run(todoCreateTask, { title: 'x', dueDate: '2026-02-30' })).rejects.toMatchObject({
      code: 'invalid-date',
    });
    expect(writes()).toHaveLength(0);
  });

  it('todo_update_task: complete a task, clear its due date; nothing to change is an error', async () => {
    const agenda = task('Send workshop agenda to Bluefin');
    const preview = await harness.preview(todoUpdateTask, {
      list: 'Tasks',
      taskId: agenda.id,
      status: 'completed',
    });
    expect(preview.title).toBe('Complete task');
    expect(preview.fields.find((field) => field.label === 'Status')?.value).toBe('inProgress → completed');
    await harness.run(todoUpdateTask, {
      list: 'Tasks',
      taskId: agenda.id,
      status: 'completed',
      clearDueDate: true,
    });
    expect(task('Send workshop agenda to Bluefin')).toMatchObject({ status: 'completed', dueDateTime: null });
    expect(task('Send workshop agenda to Bluefin').completedDateTime).not.toBeNull();
    await expect(harness.run(todoUpdateTask, { list: 'Tasks', taskId: agenda.id })).rejects.toMatchObject({
      code: 'nothing-to-change',
    });
  });

  it('todo_update_checklist: add, tick by text, untick by id; unknown item changes nothing', async () => {
    const prd = task('Write PRD for team dashboards');
    const problem = prd.checklistItems[0];
    harness.clearRequests();
    await expect(
      harness.run(todoUpdateChecklist, {
        list: 'Work Projects',
        taskId: prd.id,
        add: ['New'],
        tick: ['Nope'],
      }),
    ).rejects.toMatchObject({ code: 'checklist-item-not-found' });
    expect(writes()).toHaveLength(0);
    const result = await harness.run(todoUpdateChecklist, {
      list: 'Work Projects',
      taskId: prd.id,
      add: ['Review with Jonas'],
      tick: ['success metrics'],
      untick: [problem.id],
    });
    const checklist = (result.content as Json).checklist.map((item: Json) => [unwrap(item.text), item.done]);
    expect(checklist).toEqual([
      ['Problem statement', false],
      ['Success metrics', true],
      ['Open questions for engineering', false],
      ['Review with Jonas', false],
    ]);
  });

  it('todo_delete_task', async () => {
    const passport = task('Renew passport');
    const preview = await harness.preview(todoDeleteTask, { list: 'Personal', taskId: passport.id });
    expect(preview.fields.find((field) => field.label === 'Task')?.value).toBe('Renew passport');
    await harness.run(todoDeleteTask, { list: 'Personal', taskId: passport.id });
    expect(task('Renew passport')).toBeUndefined();
  });

  it('todo_delete_list: the preview counts the tasks; the default list is refused', async () => {
    const preview = await harness.preview(todoDeleteList, { list: 'Personal' });
    expect(preview.title).toBe('Delete list and its 4 tasks');
    expect(preview.fields.find((field) => field.kind === 'count')?.value).toBe('4 (3 not completed)');
    await harness.run(todoDeleteList, { list: 'Personal' });
    expect(list('Personal')).toBeUndefined();
    expect(state().todo.tasks.some((candidate) => candidate.title === 'Plan Christmas trip')).toBe(false);
    await expect(harness.run(todoDeleteList, { list: 'Tasks' })).rejects.toMatchObject({
      code: 'default-list',
    });
    expect(list('Tasks')).toBeDefined();
  });
});
