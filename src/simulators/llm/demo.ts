import { lastMessage, lastUserText, type ReceivedRequest } from './inbound';
import { parseTurn, type ScriptTurn } from './script';

const PACE = { chunkSize: 6, chunkDelayMs: 25, firstTokenDelayMs: 150 } as const;

/** A tool that reads the item the user is looking at, if the request offers one. */
function currentItemTool(request: ReceivedRequest): string | undefined {
  const names = request.tools.map((tool) => tool.name);
  return (
    names.find((name) => name === 'item_get_current') ??
    names.find((name) => /get_current|item_get/.test(name))
  );
}

/**
 * The workbench's demo model: streams an echo; when asked to summarise, calls the current-item tool (if offered)
 * and then answers from its result. Enough to watch text and tool calls flow end to end without a real model.
 */
export function demoTurn(request: ReceivedRequest): ScriptTurn {
  const last = lastMessage(request);
  if (last?.role === 'tool') {
    const excerpt = last.content.replace(/\s+/g, ' ').trim().slice(0, 280);
    return parseTurn({
      ...PACE,
      text: `Here is a short summary of what I read: ${excerpt}${excerpt.length === 280 ? '…' : ''}`,
    });
  }
  const userText = lastUserText(request);
  const tool = currentItemTool(request);
  if (/summari[sz]e|summary/i.test(userText) && tool) {
    return parseTurn({
      ...PACE,
      text: 'Let me read the current item first.',
      toolCalls: [{ name: tool, arguments: {} }],
    });
  }
  return parseTurn({
    ...PACE,
    text: `You said: "${userText}". (llm-sim demo model: ask me to summarize to see a tool call.)`,
  });
}

export function echoTurn(request: ReceivedRequest): ScriptTurn {
  return parseTurn({ text: `Echo: ${lastUserText(request)}` });
}
