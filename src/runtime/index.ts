/**
 * The composition root of the pane: settings → token provider → Graph client → tool context, a lazily built
 * language model, the tool catalog, and one agent session per conversation. The pane loads this module with a
 * dynamic `import('../runtime')`, so none of it weighs on the pane's first paint.
 */
import { createAgentSession, type AgentSession } from '../agent';
import { resolveAccount } from '../auth/clouds';
import type { TokenProvider } from '../auth/types';
import { createGraphClient } from '../graph';
import type { GraphClient } from '../graph/types';
import type { OfficeHost } from '../office/types';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { createUntrustedMarker } from '../security/untrusted-marker';
import { catalog as defaultCatalog } from '../tools/catalog';
import { categoryOf, type ToolDefinition } from '../tools/define-tool';
import { createLazyModel } from './lazy-model';
import { accountKey, tokenProviderFor } from './token-provider';
import type { PaneRuntime, SignInKind, UndoAction } from './types';

export type * from './types';

export interface RuntimeOptions {
  office: OfficeHost;
  settingsStore: SettingsStore;
  /** The settings the pane already loaded; read from the store when absent. */
  settings?: Settings;
  /** @default the real catalog (src/tools/catalog.ts) */
  catalog?: readonly ToolDefinition[];
}

export class RuntimeError extends Error {
  override readonly name = 'RuntimeError';
  constructor(
    readonly code: 'unknown-tool' | 'invalid-arguments',
    message: string,
  ) {
    super(message);
  }
}

export function createRuntime(options: RuntimeOptions): PaneRuntime {
  const catalog = options.catalog ?? defaultCatalog;
  let settings = options.settings ?? options.settingsStore.load().settings;
  let auth: { key: string; provider: TokenProvider } | undefined;

  const tokenProvider = (): TokenProvider => {
    const key = accountKey(settings);
    if (auth?.key !== key) auth = { key, provider: tokenProviderFor(() => settings) };
    return auth.provider;
  };

  /** One Graph client per tool call, so each call's client-request-ids land on its own audit entry. */
  const graphFor = (recordRequestId?: (id: string) => void): GraphClient =>
    createGraphClient({
      baseUrl: resolveAccount(settings.account).graphBaseUrl,
      tokenProvider: tokenProvider(),
      onRequest: recordRequestId
        ? (info) => {
            if (info.attempt === 1) recordRequestId(info.clientRequestId);
          }
        : undefined,
    });

  const model = createLazyModel(() => settings.llm);

  return {
    createSession({ currentItem, snapshot }) {
      return createAgentSession({
        model,
        catalog,
        settings,
        user: options.office.userProfile(),
        currentItem,
        snapshot,
        toolContextFactory: ({ recordGraphRequestId }) => ({
          graph: graphFor(recordGraphRequestId),
          office: options.office,
        }),
      });
    },

    updateSettings(next) {
      settings = next;
    },

    async testConnection(llm) {
      const { testConnection } = await import(/* webpackChunkName: "llm" */ '../llm/test-connection');
      return testConnection(llm);
    },

    signInKind(): SignInKind {
      return tokenProvider().kind;
    },

    async signedInUser() {
      const me = await graphFor().get<{ displayName?: string; mail?: string; userPrincipalName?: string }>(
        '/me',
        { query: { $select: 'displayName,mail,userPrincipalName' }, scopes: ['User.Read'] },
      );
      return { displayName: me.displayName ?? '', address: me.mail || me.userPrincipalName || '' };
    },

    signOut() {
      return tokenProvider().signOut();
    },

    async runUndo(session: AgentSession, undo: UndoAction) {
      const tool = catalog.find((candidate) => candidate.name === undo.tool);
      if (!tool) throw new RuntimeError('unknown-tool', `The undo action "${undo.tool}" is not available.`);
      const parsed = tool.input.safeParse(undo.args);
      if (!parsed.success) {
        throw new RuntimeError('invalid-arguments', 'The undo information is no longer valid.');
      }
      const requestIds: string[] = [];
      const started = performance.now();
      const controller = new AbortController();
      const entry = {
        time: new Date().toISOString(),
        turnId: 'undo',
        toolCallId: `undo-${Date.now().toString(36)}`,
        tool: tool.name,
        category: categoryOf(tool, parsed.data),
        arguments: parsed.data,
        decision: 'approved' as const,
        reasons: [`Undo: ${undo.label}`],
        graphRequestIds: requestIds,
      };
      try {
        const result = await tool.run(parsed.data, {
          graph: graphFor((id) => requestIds.push(id)),
          office: options.office,
          signal: controller.signal,
          user: options.office.userProfile(),
          now: () => new Date(),
          // The result goes to the activity log only, never to the model; marking still strips hidden text.
          untrusted: (text) => createUntrustedMarker().wrap(text),
        });
        session.audit.record({
          ...entry,
          outcome: { status: 'ok' },
          durationMs: performance.now() - started,
        });
        return { summary: result.summary };
      } catch (error) {
        const code =
          error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string'
            ? (error as { code: string }).code
            : 'tool-failed';
        session.audit.record({
          ...entry,
          outcome: { status: 'error', code },
          durationMs: performance.now() - started,
        });
        throw error;
      }
    },
  };
}
