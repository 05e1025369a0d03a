import {
  CalendarRegular,
  CloudRegular,
  DocumentTextRegular,
  MailRegular,
  NotebookRegular,
  TaskListLtrRegular,
  WrenchRegular,
} from '@fluentui/react-icons';
import { areaOf } from './tool-wording';

const ICONS = {
  item: DocumentTextRegular,
  mail: MailRegular,
  calendar: CalendarRegular,
  onedrive: CloudRegular,
  onenote: NotebookRegular,
  todo: TaskListLtrRegular,
} as const;

/** The icon of a tool's area (decorative: the line's text names the action). */
export function AreaIcon({ toolName, className }: { toolName: string; className?: string }) {
  const Icon = ICONS[areaOf(toolName) as keyof typeof ICONS] ?? WrenchRegular;
  return <Icon aria-hidden className={className} />;
}
