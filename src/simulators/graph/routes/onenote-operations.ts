/**
 * OneNote's long-running copy: `copyToSection` answers 202 with `Operation-Location`; each poll of the operation
 * moves it one step NotStarted → Running → Completed, and the copy appears when it completes.
 */
import type { RouteContext } from '../core/route';
import type { OneNoteOperationRecord } from '../store/onenote';

export function advanceOperation(context: RouteContext, operation: OneNoteOperationRecord): void {
  operation.polls = (operation.polls ?? 0) + 1;
  if (operation.status === 'Completed' || operation.status === 'Failed') return;
  operation.lastActionDateTime = context.now().toISOString();
  if (operation.polls === 1) return;
  if (operation.polls === 2) {
    operation.status = 'Running';
    return;
  }
  const pending = operation.pending;
  const store = context.store.onenote;
  const source = pending ? store.pages.find((page) => page.id === pending.pageId) : undefined;
  const section = pending
    ? store.sections.find((candidate) => candidate.id === pending.sectionId)
    : undefined;
  if (!pending || !source || !section) {
    operation.status = 'Failed';
    return;
  }
  const id = context.ids.onenotePage();
  const at = context.now().toISOString();
  const title = pending.title ?? source.title;
  store.pages.push({
    ...source,
    id,
    sectionId: section.id,
    title,
    html: pending.title
      ? source.html.replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`)
      : source.html,
    createdDateTime: at,
    lastModifiedDateTime: at,
    order: store.pages.filter((page) => page.sectionId === section.id).length,
  });
  section.lastModifiedDateTime = at;
  operation.status = 'Completed';
  operation.resourceId = id;
  operation.resourceLocation = `${context.graphBaseUrl}/me/onenote/pages/${id}`;
  operation.pending = null;
}
