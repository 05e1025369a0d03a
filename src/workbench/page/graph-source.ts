import { htmlToText } from '../emulator/body-format';
import type { WorkbenchAddress, WorkbenchAttachment, WorkbenchReadItem } from '../shared/bridge';

/** A row of the message list. */
export interface MessageSummary {
  id: string;
  subject: string;
  from: string;
  receivedDateTime: string;
  isRead: boolean;
  hasAttachments: boolean;
}

interface GraphRecipient {
  emailAddress?: { name?: string; address?: string };
}

interface GraphMessage {
  id: string;
  subject?: string | null;
  from?: GraphRecipient | null;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  receivedDateTime?: string;
  categories?: string[];
  conversationId?: string;
  internetMessageId?: string;
  isRead?: boolean;
  hasAttachments?: boolean;
  body?: { contentType?: string; content?: string };
}

interface GraphAttachment {
  '@odata.type'?: string;
  id: string;
  name?: string;
  contentType?: string | null;
  size?: number;
  isInline?: boolean;
  contentBytes?: string;
}

const WORKBENCH_SCOPES = ['User.Read', 'Mail.ReadWrite', 'MailboxSettings.Read'];

export class WorkbenchGraphError extends Error {
  override readonly name = 'WorkbenchGraphError';
  readonly code = 'workbench-graph-failed';
  constructor(
    message: string,
    /** The HTTP status Graph answered with, when it answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A simulator without mail routes answers 400 "Resource not found for the segment"; read its store instead. */
function routeMissing(error: unknown): boolean {
  return error instanceof WorkbenchGraphError && (error.status === 400 || error.status === 404);
}

interface SimulatorState {
  mail?: {
    folders?: Array<{ id: string; wellKnownName?: string | null }>;
    messages?: Array<GraphMessage & { parentFolderId?: string; attachments?: GraphAttachment[] }>;
  };
}

/**
 * The workbench's own Graph access (not the pane's): it plays the part of Outlook, which already knows the
 * mailbox. Tokens come from the simulator's `/_sim/token`, so this works against the simulator only.
 */
export function createGraphSource(graphBaseUrl: string) {
  const simulatorRoot = graphBaseUrl.replace(/\/v1\.0$/, '');
  let token: Promise<string> | undefined;

  const accessToken = (): Promise<string> => {
    token ??= fetch(`${simulatorRoot}/_sim/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scopes: WORKBENCH_SCOPES }),
    })
      .then(async (response) => {
        if (!response.ok)
          throw new WorkbenchGraphError(`The simulator refused a dev token (HTTP ${response.status}).`);
        const body = (await response.json()) as Record<string, unknown>;
        const value = body.access_token ?? body.accessToken ?? body.token;
        if (typeof value !== 'string')
          throw new WorkbenchGraphError('The simulator answered /_sim/token without a token.');
        return value;
      })
      .catch((error: unknown) => {
        token = undefined;
        throw error;
      });
    return token;
  };

  const request = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${graphBaseUrl}${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${await accessToken()}`,
        'Content-Type': 'application/json',
        ...init.headers,
      },
    });
    if (!response.ok) {
      throw new WorkbenchGraphError(
        `Graph answered ${response.status} to ${init.method ?? 'GET'} ${path}.`,
        response.status,
      );
    }
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  };

  // The simulator's control endpoint holds the whole store; the fallback for a simulator build whose mail routes
  // are not there yet (the workbench is a dev tool: showing the mailbox matters more than the route used).
  const stateMessages = async () => {
    const response = await fetch(`${simulatorRoot}/_sim/state`);
    if (!response.ok)
      throw new WorkbenchGraphError(`The simulator state is unavailable (HTTP ${response.status}).`);
    const state = (await response.json()) as SimulatorState;
    const inbox = state.mail?.folders?.find((folder) => folder.wellKnownName === 'inbox')?.id;
    return (state.mail?.messages ?? []).map((message) => ({
      ...message,
      hasAttachments: message.hasAttachments ?? (message.attachments ?? []).length > 0,
      isInbox: message.parentFolderId === inbox,
    }));
  };

  const inboxMessages = async (): Promise<GraphMessage[]> => {
    const select = 'id,subject,from,receivedDateTime,isRead,hasAttachments';
    try {
      return (
        await request<{ value: GraphMessage[] }>(`/me/mailFolders/inbox/messages?$top=50&$select=${select}`)
      ).value;
    } catch (error) {
      if (!routeMissing(error)) throw error;
      return (await stateMessages()).filter((message) => message.isInbox);
    }
  };

  const messageWithAttachments = async (
    id: string,
  ): Promise<{ message: GraphMessage; attachments: GraphAttachment[] }> => {
    const encoded = encodeURIComponent(id);
    try {
      const message = await request<GraphMessage>(`/me/messages/${encoded}`);
      const attachments = message.hasAttachments
        ? (await request<{ value: GraphAttachment[] }>(`/me/messages/${encoded}/attachments`)).value
        : [];
      return { message, attachments };
    } catch (error) {
      if (!routeMissing(error)) throw error;
      const found = (await stateMessages()).find((message) => message.id === id);
      if (found === undefined) throw new WorkbenchGraphError(`No message ${id} in the simulator.`, 404);
      return { message: found, attachments: found.attachments ?? [] };
    }
  };

  return {
    async listInbox(): Promise<MessageSummary[]> {
      const messages = await inboxMessages();
      return messages.map((message) => ({
        id: message.id,
        subject: message.subject ?? '',
        from: message.from?.emailAddress?.name || message.from?.emailAddress?.address || '',
        receivedDateTime: message.receivedDateTime ?? '',
        isRead: message.isRead ?? true,
        hasAttachments: message.hasAttachments ?? false,
      }));
    },

    async getMessage(id: string): Promise<WorkbenchReadItem> {
      const { message, attachments } = await messageWithAttachments(id);
      const html = message.body?.content ?? '';
      const isHtml = (message.body?.contentType ?? 'html').toLowerCase() === 'html';
      return {
        restId: message.id,
        conversationId: message.conversationId ?? '',
        internetMessageId: message.internetMessageId ?? '',
        subject: message.subject ?? '',
        from: message.from ? toAddress(message.from) : null,
        to: (message.toRecipients ?? []).map(toAddress),
        cc: (message.ccRecipients ?? []).map(toAddress),
        dateTimeCreated: message.createdDateTime ?? message.receivedDateTime ?? new Date().toISOString(),
        dateTimeModified:
          message.lastModifiedDateTime ?? message.receivedDateTime ?? new Date().toISOString(),
        categories: message.categories ?? [],
        bodyHtml: isHtml ? html : `<pre>${escapeHtml(html)}</pre>`,
        bodyText: isHtml ? htmlToText(html) : html,
        attachments: attachments.map(toAttachment),
      };
    },

    async setCategories(id: string, categories: string[]): Promise<void> {
      try {
        await request(`/me/messages/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          body: JSON.stringify({ categories }),
        });
      } catch (error) {
        // Without mail routes the change stays in the workbench only.
        if (!routeMissing(error)) throw error;
      }
    },

    async me(): Promise<{ displayName: string; emailAddress: string; timeZone: string }> {
      const user = await request<{ displayName?: string; mail?: string; userPrincipalName?: string }>('/me');
      const timeZone = await request<{ timeZone?: string }>('/me/mailboxSettings')
        .then((settings) => settings.timeZone ?? 'UTC')
        .catch(() => 'UTC');
      return {
        displayName: user.displayName ?? '',
        emailAddress: user.mail ?? user.userPrincipalName ?? '',
        timeZone,
      };
    },
  };
}

export type GraphSource = ReturnType<typeof createGraphSource>;

function toAddress(recipient: GraphRecipient): WorkbenchAddress {
  const address = recipient.emailAddress?.address ?? '';
  return { name: recipient.emailAddress?.name || address, address };
}

function toAttachment(attachment: GraphAttachment): WorkbenchAttachment {
  const type = attachment['@odata.type'] ?? '#microsoft.graph.fileAttachment';
  return {
    id: attachment.id,
    name: attachment.name ?? '',
    contentType: attachment.contentType ?? 'application/octet-stream',
    size: attachment.size ?? 0,
    isInline: attachment.isInline ?? false,
    kind: type.endsWith('itemAttachment') ? 'item' : type.endsWith('referenceAttachment') ? 'cloud' : 'file',
    contentBytes: attachment.contentBytes,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
