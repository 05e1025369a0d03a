import type { GraphExample } from './helpers/contract-paths';
import { loadExamples } from './helpers/contract-paths';
import { replayExample } from './helpers/replay-example';
import { createTestSimulator } from './helpers/simulator-harness';
import { validateAgainstSchema } from './helpers/validate-against-schema';

// Response bodies are checked field by field against literal expectations; a loose type keeps that readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
type Page = { value: Json[] };

function expectValid(template: string, method: string, status: number, body: unknown): void {
  const result = validateAgainstSchema(template, method, status, body);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

const LISTS = '/me/todo/lists';

describe('To Do routes (contract)', () => {
  let harness = createTestSimulator();
  beforeEach(() => {
    harness = createTestSimulator();
  });
  const store = () => harness.simulator.store();
  const listNamed = (name: string) => store().todo.lists.find((list) => list.displayName === name) as Json;
  const taskTitled = (title: string) => store().todo.tasks.find((task) => task.title === title) as Json;
  const rewriteListAndTask = (listId: string, taskId?: string) => (path: string) =>
    path.replace(/lists\/[^/]+/, `lists/${listId}`).replace(/tasks\/[^/]+/, `tasks/${taskId ?? ''}`);

  describe('examples replayed', () => {
    it('todo-list-lists: the default list is "Tasks" with wellknownListName defaultList', async () => {
      const [example] = loadExamples('todo-list-lists');
      const result = await replayExample(harness, example as GraphExample, { ignore: ['@odata.type'] });
      expect(result.differences).toEqual([]);
      const lists = (result.response.body as Page).value;
      expect(lists.map((list) => list.displayName)).toEqual(['Tasks', 'Work Projects', 'Personal']);
      expect(
        lists.filter((list) => list.wellknownListName === 'defaultList').map((list) => list.displayName),
      ).toEqual(['Tasks']);
      expectValid(LISTS, 'GET', 200, result.response.body);
    });

    it('todo-post-lists: 201 with the list', async () => {
      const [example] = loadExamples('todo-post-lists');
      const result = await replayExample(harness, example as GraphExample, { ignore: ['@odata.type'] });
      expect(result.differences).toEqual([]);
      expect(listNamed('Travel items')).toMatchObject({ wellknownListName: 'none' });
      expectValid(LISTS, 'POST', 201, result.response.body);
    });

    it('todotasklist-update: 200 with the renamed list', async () => {
      const [example] = loadExamples('todotasklist-update');
      const id = listNamed('Personal').id;
      const result = await replayExample(harness, example as GraphExample, {
        rewritePath: rewriteListAndTask(id),
        ignore: ['@odata.type'],
      });
      expect(result.differences).toEqual([]);
      expect(listNamed('Vacation Plan').id).toBe(id);
      expectValid('/me/todo/lists/{todoTaskList-id}', 'PATCH', 200, result.response.body);
    });

    it('todotasklist-delete: 204 and its tasks go with it', async () => {
      const [example] = loadExamples('todotasklist-delete');
      const id = listNamed('Personal').id;
      const result = await replayExample(harness, example as GraphExample, {
        rewritePath: rewriteListAndTask(id),
      });
      expect(result.differences).toEqual([]);
      expect(store().todo.lists.some((list) => list.id === id)).toBe(false);
      expect(store().todo.tasks.some((task) => task.listId === id)).toBe(false);
    });

    it('todotasklist-list-tasks: 200 with tasks and linked resources', async () => {
      const [example] = loadExamples('todotasklist-list-tasks');
      const result = await replayExample(harness, example as GraphExample, {
        rewritePath: (path) => path.replace(/lists\/[^/]+/, `lists/${listNamed('Tasks').id}`),
      });
      expect(result.differences).toEqual([]);
      expectValid('/me/todo/lists/{todoTaskList-id}/tasks', 'GET', 200, result.response.body);
    });

    it('todotasklist-post-tasks: 201 with an inline linkedResource', async () => {
      const [example] = loadExamples('todotasklist-post-tasks');
      const result = await replayExample(harness, example as GraphExample, {
        rewritePath: (path) => path.replace(/lists\/[^/]+/, `lists/${listNamed('Work Projects').id}`),
      });
      expect(result.differences).toEqual([]);
      expect(taskTitled('A new task').linkedResources[0]).toMatchObject({ webUrl: 'http://microsoft.com' });
      expectValid('/me/todo/lists/{todoTaskList-id}/tasks', 'POST', 201, result.response.body);
    });

    it('todotask-get / todotask-update / todotask-delete', async () => {
      const task = taskTitled('Sign off 2027 product budget');
      const rewrite = { rewritePath: rewriteListAndTask(task.listId, task.id) };
      const get = await replayExample(harness, loadExamples('todotask-get')[0] as GraphExample, rewrite);
      expect(get.differences).toEqual([]);
      expectValid('/me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}', 'GET', 200, get.response.body);
      const update = await replayExample(
        harness,
        loadExamples('todotask-update')[0] as GraphExample,
        rewrite,
      );
      expect(update.differences).toEqual([]);
      // 16:00 Eastern (EDT in July) comes back as 20:00 UTC.
      expect((update.response.body as Json).dueDateTime).toEqual({
        dateTime: '2020-07-25T20:00:00.0000000',
        timeZone: 'UTC',
      });
      expectValid('/me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}', 'PATCH', 200, update.response.body);
      const remove = await replayExample(
        harness,
        loadExamples('todotask-delete')[0] as GraphExample,
        rewrite,
      );
      expect(remove.differences).toEqual([]);
      expect(store().todo.tasks.some((candidate) => candidate.id === task.id)).toBe(false);
    });
  });

  describe('BEHAVIOUR.md and validation', () => {
    it('creating a list without displayName is 400 and creates nothing', async () => {
      const before = store().todo.lists.length;
      for (const body of [{}, { displayName: '' }, { displayName: 7 }]) {
        const response = await harness.graph<Json>('POST', LISTS, { body });
        expect(response.status).toBe(400);
      }
      expect(store().todo.lists.length).toBe(before);
    });

    it('filters tasks by status (eq / ne) and honours $top', async () => {
      const id = listNamed('Work Projects').id;
      const open = await harness.graph<Page>('GET', `${LISTS}/${id}/tasks?$filter=status ne 'completed'`);
      expect(open.body.value.length).toBe(5);
      expect(open.body.value.every((task) => task.status !== 'completed')).toBe(true);
      const done = await harness.graph<Page>('GET', `${LISTS}/${id}/tasks?$filter=status eq 'completed'`);
      expect(done.body.value.map((task) => task.title)).toEqual(['Interview three Northwind ops users']);
      const two = await harness.graph<Page>('GET', `${LISTS}/${id}/tasks?$top=2`);
      expect(two.body.value.length).toBe(2);
    });

    it('seeds every status, due dates, checklist items and a link to an email', () => {
      const statuses = new Set(store().todo.tasks.map((task) => task.status));
      expect([...statuses].sort()).toEqual([
        'completed',
        'deferred',
        'inProgress',
        'notStarted',
        'waitingOnOthers',
      ]);
      expect(store().todo.tasks.some((task) => task.dueDateTime)).toBe(true);
      expect(store().todo.tasks.some((task) => task.checklistItems.length > 0)).toBe(true);
      expect(
        store().todo.tasks.some((task) =>
          task.linkedResources.some((link) => link.applicationName === 'Outlook'),
        ),
      ).toBe(true);
    });

    it('rejects importance and status outside the enums (400)', async () => {
      const task = taskTitled('Renew passport');
      for (const body of [{ importance: 'urgent' }, { status: 'done' }]) {
        const response = await harness.graph<Json>('PATCH', `${LISTS}/${task.listId}/tasks/${task.id}`, {
          body,
        });
        expect(response.status).toBe(400);
      }
      expect(taskTitled('Renew passport').importance).toBe('normal');
    });

    it('sets completedDateTime when a task is completed and clears it when reopened', async () => {
      const task = taskTitled('Send workshop agenda to Bluefin');
      const path = `${LISTS}/${task.listId}/tasks/${task.id}`;
      const done = await harness.graph<Json>('PATCH', path, { body: { status: 'completed' } });
      expect(done.body.completedDateTime).toEqual({
        dateTime: '2026-11-20T09:00:00.0000000',
        timeZone: 'UTC',
      });
      const reopened = await harness.graph<Json>('PATCH', path, { body: { status: 'inProgress' } });
      expect(reopened.body.completedDateTime).toBeUndefined();
    });

    it('checklist items: create 201, tick 200, list, delete 204', async () => {
      const task = taskTitled('Write PRD for team dashboards');
      const base = `${LISTS}/${task.listId}/tasks/${task.id}/checklistItems`;
      const created = await harness.graph<Json>('POST', base, { body: { displayName: 'Review with Jonas' } });
      expect(created.status).toBe(201);
      expectValid(
        '/me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}/checklistItems',
        'POST',
        201,
        created.body,
      );
      const ticked = await harness.graph<Json>('PATCH', `${base}/${created.body.id}`, {
        body: { isChecked: true },
      });
      expect(ticked.body).toMatchObject({ isChecked: true, checkedDateTime: '2026-11-20T09:00:00.000Z' });
      const list = await harness.graph<Page>('GET', base);
      expect(list.body.value.length).toBe(4);
      expectValid(
        '/me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}/checklistItems',
        'GET',
        200,
        list.body,
      );
      const removed = await harness.graph('DELETE', `${base}/${created.body.id}`);
      expect(removed.status).toBe(204);
      const empty = await harness.graph<Json>('POST', base, { body: {} });
      expect(empty.status).toBe(400);
    });

    it('linked resources: create 201 and list', async () => {
      const task = taskTitled('Renew passport');
      const base = `${LISTS}/${task.listId}/tasks/${task.id}/linkedResources`;
      const created = await harness.graph<Json>('POST', base, {
        body: {
          webUrl: 'https://outlook.office365.com/owa/?ItemID=x',
          applicationName: 'Outlook',
          displayName: 'Mail',
        },
      });
      expect(created.status).toBe(201);
      const list = await harness.graph<Page>('GET', base);
      expect(list.body.value).toHaveLength(1);
      expectValid(
        '/me/todo/lists/{todoTaskList-id}/tasks/{todoTask-id}/linkedResources',
        'GET',
        200,
        list.body,
      );
    });

    it('unknown list or task is 404; the default list cannot be deleted', async () => {
      expect((await harness.graph('GET', `${LISTS}/nope/tasks`)).status).toBe(404);
      expect((await harness.graph('GET', `${LISTS}/${listNamed('Tasks').id}/tasks/nope`)).status).toBe(404);
      expect((await harness.graph('DELETE', `${LISTS}/${listNamed('Tasks').id}`)).status).toBe(400);
    });

    it('needs Tasks scopes: read with Tasks.Read, 403 on write', async () => {
      expect((await harness.graph('GET', LISTS, { scopes: ['Tasks.Read'] })).status).toBe(200);
      expect(
        (await harness.graph('POST', LISTS, { scopes: ['Tasks.Read'], body: { displayName: 'x' } })).status,
      ).toBe(403);
    });
  });
});
