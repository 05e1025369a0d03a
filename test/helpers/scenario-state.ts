/**
 * Checks a scenario's expected Graph state (`StateCheck`) against the simulator's store before and after a run.
 * Records get a few derived fields so checks read like the user would say them: `folder` on messages (the
 * folder's name), `path` on OneDrive items, `list` on tasks, `section` on pages.
 */
import type { GraphStore } from '../../src/simulators/graph/store/store';
import type { StateCheck } from './scenario-types';

type Row = Record<string, unknown>;

function drivePath(store: GraphStore, id: string | null): string {
  const parts: string[] = [];
  let current = store.drive.items.find((item) => item.id === id);
  while (current && current.parentId !== null) {
    parts.unshift(current.name);
    current = store.drive.items.find((item) => item.id === current?.parentId);
  }
  return `/${parts.join('/')}`;
}

export function rowsOf(store: GraphStore, collection: StateCheck['collection']): Row[] {
  switch (collection) {
    case 'outbox':
      return store.outbox as unknown as Row[];
    case 'messages': {
      const names = new Map(store.mail.folders.map((folder) => [folder.id, folder.displayName]));
      return store.mail.messages.map((message) => ({
        ...message,
        folder: names.get(message.parentFolderId) ?? '',
      }));
    }
    case 'folders':
      return store.mail.folders as unknown as Row[];
    case 'categories':
      return store.mail.categories as unknown as Row[];
    case 'events':
      return store.calendar.events as unknown as Row[];
    case 'tasks': {
      const names = new Map(store.todo.lists.map((list) => [list.id, list.displayName]));
      return store.todo.tasks.map((task) => ({ ...task, list: names.get(task.listId) ?? '' }));
    }
    case 'files':
      return store.drive.items.map((item) => ({ ...item, path: drivePath(store, item.id) }));
    case 'pages': {
      const sections = new Map(store.onenote.sections.map((section) => [section.id, section.displayName]));
      return store.onenote.pages.map((page) => ({ ...page, section: sections.get(page.sectionId) ?? '' }));
    }
  }
}

function valueAt(row: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    if (value && typeof value === 'object') return (value as Row)[key];
    return undefined;
  }, row);
}

function contains(value: unknown, expected: string): boolean {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return text.toLowerCase().includes(expected.toLowerCase());
}

function matches(row: Row, check: StateCheck): boolean {
  for (const [path, expected] of Object.entries(check.where ?? {}))
    if (!contains(valueAt(row, path), expected)) return false;
  for (const [path, unwanted] of Object.entries(check.whereNot ?? {}))
    if (contains(valueAt(row, path), unwanted)) return false;
  return true;
}

function countProblem(label: string, actual: number, wanted: number | { min: number }): string | undefined {
  if (typeof wanted === 'number')
    return actual === wanted ? undefined : `${label}: ${actual}, expected ${wanted}`;
  return actual >= wanted.min ? undefined : `${label}: ${actual}, expected at least ${wanted.min}`;
}

/** Problems with the expected state, as sentences (empty when everything holds). */
export function checkState(before: GraphStore, after: GraphStore, checks: readonly StateCheck[]): string[] {
  const problems: string[] = [];
  for (const check of checks) {
    const label = `${check.collection} ${JSON.stringify({ ...check.where, ...(check.whereNot ? { not: check.whereNot } : {}) })}`;
    const total = rowsOf(after, check.collection).filter((row) => matches(row, check)).length;
    const earlier = rowsOf(before, check.collection).filter((row) => matches(row, check)).length;
    const wantedAdded = check.added ?? (check.total === undefined ? { min: 1 } : undefined);
    if (wantedAdded !== undefined) {
      const problem = countProblem(`${label} added`, total - earlier, wantedAdded);
      if (problem) problems.push(problem);
    }
    if (check.total !== undefined) {
      const problem = countProblem(`${label} total`, total, check.total);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
