import { createAgentSession, type AgentSessionOptions } from '../../../src/agent/session';
import type { AgentEvent } from '../../../src/agent/events';
import { createFakeModel, type ScriptedStep } from '../../helpers/fake-model';
import {
  createTestTools,
  fakeContextFactory,
  settingsWith,
  testUser,
  type FakeMessage,
} from '../../helpers/test-tools';

/** A session over the fake model and fake tools, with every event collected. */
export function harness(
  steps: ScriptedStep[],
  options: Partial<AgentSessionOptions> & {
    messages?: FakeMessage[];
    files?: string[];
    graphRequestIds?: string[];
  } = {},
) {
  const model = createFakeModel(steps);
  const tools = createTestTools({ messages: options.messages, files: options.files });
  const session = createAgentSession({
    model,
    catalog: tools.catalog,
    settings: settingsWith(),
    toolContextFactory: fakeContextFactory(options.graphRequestIds),
    user: testUser,
    now: () => new Date('2026-03-03T14:05:00Z'),
    nonce: 'testnonce',
    ...options,
  });
  const events: AgentEvent[] = [];
  session.subscribe((event) => events.push(event));
  const ofType = <T extends AgentEvent['type']>(type: T) =>
    events.filter((event): event is Extract<AgentEvent, { type: T }> => event.type === type);
  /** The tool message the model received for a call id (in the final history). */
  const toolMessage = (toolCallId: string) =>
    session.history().find((message) => message.role === 'tool' && message.toolCallId === toolCallId);
  return { model, tools, session, events, ofType, toolMessage };
}
