import type { ToolDefinition } from '../define-tool';
import { todoDeleteList, todoDeleteTask } from './delete-tools';
import { todoGetList, todoGetTask, todoListLists, todoListTasks } from './read-tools';
import { todoCreateList, todoCreateTask, todoUpdateChecklist, todoUpdateTask } from './write-tools';

/** The todo area's tools, in the order the catalog lists them. */
export const todoTools: readonly ToolDefinition[] = [
  todoListLists,
  todoGetList,
  todoListTasks,
  todoGetTask,
  todoCreateList,
  todoCreateTask,
  todoUpdateTask,
  todoUpdateChecklist,
  todoDeleteTask,
  todoDeleteList,
];
