import { errorCodeOf, errorMessageOf } from '../../../../src/agent/errors';
import { GraphRequestError, kindForStatus } from '../../../../src/graph/errors';
import { MailToolError } from '../../../../src/tools/mail/mail-errors';
import { OneDriveToolError } from '../../../../src/tools/onedrive/onedrive-errors';
import {
  candidateList,
  isToolError,
  mapGraphErrors,
  ToolError,
} from '../../../../src/tools/shared/tool-error';
import { TodoToolError } from '../../../../src/tools/todo/todo-common';

function graphFailure(status: number): GraphRequestError {
  return new GraphRequestError({
    kind: kindForStatus(status),
    status,
    code: 'itemNotFound',
    method: 'GET',
    path: '/me/drive/root:/missing.txt',
    clientRequestId: 'request-1',
    ambiguous: false,
  });
}

describe('one tool error type', () => {
  it('keeps the area name, a stable code and the same text for the model and the pane', () => {
    const error = new MailToolError('folder-not-found', "No mail folder 'Recipts'. Folders: Inbox.");
    expect(isToolError(error)).toBe(true);
    expect(error).toBeInstanceOf(ToolError);
    expect(error.name).toBe('MailToolError');
    expect(error.userMessage).toBe(error.message);
    // What the agent hands the model on its next step.
    expect(errorCodeOf(error)).toBe('folder-not-found');
    expect(errorMessageOf(error)).toBe("No mail folder 'Recipts'. Folders: Inbox.");
    expect(new TodoToolError('list-not-found', 'x').name).toBe('TodoToolError');
    expect(isToolError(new Error('plain'))).toBe(false);
    expect(isToolError(graphFailure(404))).toBe(false);
  });

  it('lists candidates, "(none)" when there are none, and cuts long lists with a count', () => {
    expect(candidateList(["'Work'", "'Home'"])).toBe("'Work', 'Home'");
    expect(candidateList([])).toBe('(none)');
    const folders = Array.from({ length: 43 }, (_, index) => `Folder ${index}`);
    const listed = candidateList(folders, { separator: '; ', limit: 40 });
    expect(listed.startsWith('Folder 0; Folder 1; ')).toBe(true);
    expect(listed.endsWith('Folder 39; … (3 more)')).toBe(true);
    expect(candidateList(folders.slice(0, 40), { separator: '; ', limit: 40 }).endsWith('Folder 39')).toBe(
      true,
    );
  });

  it('turns mapped Graph statuses into tool errors and lets everything else through', async () => {
    const mapping = {
      404: () => new OneDriveToolError('item-not-found', "'/missing.txt' was not found in OneDrive."),
    };
    await expect(mapGraphErrors(() => Promise.resolve('ok'), mapping)).resolves.toBe('ok');
    await expect(mapGraphErrors(() => Promise.reject(graphFailure(404)), mapping)).rejects.toMatchObject({
      name: 'OneDriveToolError',
      code: 'item-not-found',
    });
    const conflict = graphFailure(409);
    await expect(mapGraphErrors(() => Promise.reject(conflict), mapping)).rejects.toBe(conflict);
    const other = new TypeError('boom');
    await expect(mapGraphErrors(() => Promise.reject(other), mapping)).rejects.toBe(other);
  });
});
