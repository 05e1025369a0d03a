/**
 * The runtime's surface as the pane sees it. Type-only: the pane imports this file for types and loads the
 * implementation (`./index`, which pulls in the agent, the tools, Graph and auth) with a dynamic `import()`.
 */
import type { AgentSession, AgentSessionSnapshot } from '../agent';
import type { ConnectionVerdict } from '../llm/test-connection';
import type { CurrentItemSnapshot } from '../office/types';
import type { LlmSettings, Settings } from '../settings/schema';

/** An undo offered by an organize or delete result (`ToolResult.undo`). */
export interface UndoAction {
  tool: string;
  args: Record<string, unknown>;
  label: string;
}

/** Who Graph says is signed in (`GET /me`). */
export interface SignedInUser {
  displayName: string;
  address: string;
}

/** How the runtime signs in: the simulator's dev tokens, or MSAL (nested app authentication). */
export type SignInKind = 'simulator' | 'nested-app-auth' | 'office-dialog';

export interface PaneRuntime {
  /** A new agent session for one conversation (restored from `snapshot` when given). */
  createSession(options: {
    currentItem: CurrentItemSnapshot | null;
    snapshot?: AgentSessionSnapshot;
  }): AgentSession;
  /** Settings saved in the pane apply to new requests at once (model, policies, account). */
  updateSettings(settings: Settings): void;
  /** Sends one tiny request to the endpoint and says what works. */
  testConnection(llm: LlmSettings): Promise<ConnectionVerdict>;
  signInKind(): SignInKind;
  /** `GET /me`; signs in when needed (may show the host's sign-in UI). */
  signedInUser(): Promise<SignedInUser>;
  signOut(): Promise<void>;
  /**
   * Runs the undo of an earlier organize/delete result. Clicking Undo is the user's explicit approval; the call
   * is recorded in the session's audit log like any other.
   */
  runUndo(session: AgentSession, undo: UndoAction): Promise<{ summary?: string }>;
}

export type { ConnectionVerdict };
