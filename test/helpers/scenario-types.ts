/**
 * The scenario format: one end-to-end run of the product as data. The same file drives the Node runner (agent
 * session + real tools + Graph simulator over HTTP + scripted LLM server) and the Chromium runner (the pane in the
 * workbench). Strings in `openItem` and in the model's turns may hold placeholders (`{{message:Budget sign-off}}`)
 * that are resolved against the simulator's store after the tenant is loaded: see scenario-placeholders.ts.
 */
import type { ScriptTurnInput } from '../../src/simulators/llm/script';
import type { TurnEndReason } from '../../src/agent/events';

export type ScenarioArea = 'item' | 'mail' | 'calendar' | 'todo' | 'onedrive' | 'onenote' | 'cross';

/** A seed fragment appended to the demo tenant (arrays are concatenated, objects merged). */
export interface TenantChange {
  mail?: { folders?: unknown[]; messages?: unknown[]; categories?: unknown[] };
  calendar?: { events?: unknown[] };
  todo?: { lists?: unknown[] };
  onedrive?: { items?: unknown[] };
  onenote?: { notebooks?: unknown[] };
  people?: unknown[];
}

export type PolicyName = 'always' | 'ask' | 'disabled';

/** What the user does with one approval card, in the order the cards appear. */
export type ApprovalDecision =
  | { tool: string; action: 'approve' }
  | { tool: string; action: 'deny'; reason?: string }
  /** Changes editable arguments on the card, then approves. `label` is the card field's label (Chromium). */
  | { tool: string; action: 'edit'; edits: { arg: string; label: string; value: string }[] };

/** Records of one collection of `/_sim/state` that must have appeared (or not) during the run. */
export interface StateCheck {
  collection: 'outbox' | 'messages' | 'folders' | 'events' | 'tasks' | 'files' | 'pages' | 'categories';
  /** Every key is a dot path into the record (plus `folder` for messages: the folder's name); the value must appear in it (case-insensitive substring of its JSON). */
  where?: Record<string, string>;
  /** Keys whose value must NOT appear. */
  whereNot?: Record<string, string>;
  /** How many matching records are new (after minus before). `{ min }` for at least. */
  added?: number | { min: number };
  /** How many matching records exist after the run. */
  total?: number | { min: number };
}

export interface Scenario {
  /** kebab-case, unique; used in round-trips.json. */
  id: string;
  title: string;
  area: ScenarioArea;
  /** When set, the scenario is reported as pending (not run) with this reason. */
  pending?: string;
  tenant?: TenantChange;
  /** The message open in Outlook (placeholder or Graph id); none → no current item. */
  openItem?: string;
  /** The user's words, or a ribbon preset. */
  prompt: string | { preset: string; prompt: string };
  /** Permission policies for this run (defaults: read always, draft/organize/send ask, delete disabled). */
  policies?: Partial<Record<'read' | 'draft' | 'organize' | 'send' | 'delete', PolicyName>>;
  /** The scripted model's turns (the LLM simulator's script format; placeholders allowed). */
  model: ScriptTurnInput[];
  approvals: ApprovalDecision[];
  /** After the turn: click Undo on the first result that offers one (runtime.runUndo). */
  undo?: boolean;
  expect: {
    state?: StateCheck[];
    /** Fragments the final answer (the pane) shows. */
    answer?: string[];
    /** @default 'completed' */
    turnEnd?: TurnEndReason;
    /** Tool calls that must have failed with this error code (the model sees the error). */
    toolErrors?: { tool: string; code: string }[];
  };
  /** The fewest Graph round trips a careful client needs for this request (for the performance work). */
  minimumGraphRequests: number;
  /** Also run this scenario in Chromium through the pane. */
  chromium?: boolean;
}
