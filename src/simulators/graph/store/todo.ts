/** Microsoft To Do records: lists own tasks; tasks own checklist items and linked resources. */
import type { DateTimeTimeZone, ItemBody } from './common';

export interface TodoListRecord {
  id: string;
  displayName: string;
  isOwner: boolean;
  isShared: boolean;
  wellknownListName: 'none' | 'defaultList' | 'flaggedEmails' | 'unknownFutureValue';
}

export interface ChecklistItemRecord {
  id: string;
  displayName: string;
  isChecked: boolean;
  createdDateTime: string;
  checkedDateTime: string | null;
}

export interface LinkedResourceRecord {
  id: string;
  webUrl: string | null;
  applicationName: string;
  displayName: string;
  externalId: string | null;
}

export interface TodoTaskRecord {
  id: string;
  listId: string;
  title: string;
  body: ItemBody;
  status: 'notStarted' | 'inProgress' | 'completed' | 'waitingOnOthers' | 'deferred';
  importance: 'low' | 'normal' | 'high';
  isReminderOn: boolean;
  reminderDateTime: DateTimeTimeZone | null;
  dueDateTime: DateTimeTimeZone | null;
  startDateTime: DateTimeTimeZone | null;
  completedDateTime: DateTimeTimeZone | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  bodyLastModifiedDateTime: string;
  categories: string[];
  checklistItems: ChecklistItemRecord[];
  linkedResources: LinkedResourceRecord[];
}

export interface TodoStore {
  lists: TodoListRecord[];
  tasks: TodoTaskRecord[];
}
