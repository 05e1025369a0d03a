import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { AnthropicStreamWriter, anthropicErrorBody, anthropicMessage } from './anthropic-wire';
import { demoTurn, echoTurn } from './demo';
import { normaliseRequest, type ReceivedRequest } from './inbound';
import { OpenAiStreamWriter, openAiCompletion, openAiErrorBody } from './openai-wire';
import { matches, planAnswer } from './plan';
import { parseScript, type ApiKind, type LlmScript, type LlmScriptInput, type ScriptTurn } from './script';

export interface LlmSimulatorOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** Only loopback: the simulator never listens on other interfaces. @default '127.0.0.1' */
  host?: '127.0.0.1' | 'localhost';
  script?: LlmScriptInput;
}

export interface LlmSimulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Base URL for openai-compatible settings: `${url}/v1`. */
  openAiBaseUrl: string;
  /** Base URL for anthropic settings: `${url}/v1`. */
  anthropicBaseUrl: string;
  /** Resource root for azure-openai settings (`/openai/v1` and `/openai/deployments/…` live under it). */
  azureResourceUrl: string;
  setScript(script: LlmScriptInput): void;
  /** Every model request received since the last setScript/clearRequests, oldest first. */
  requests(): ReceivedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

function route(method: string, path: string): { api: ApiKind; deployment?: string } | 'models' | undefined {
  if (method === 'GET' && /\/models$/.test(path)) return 'models';
  if (method !== 'POST') return undefined;
  const deployment = /\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(path);
  if (deployment) return { api: 'azure', deployment: decodeURIComponent(deployment[1]) };
  if (/\/openai\/v1\/chat\/completions$/.test(path)) return { api: 'azure' };
  if (/\/chat\/completions$/.test(path)) return { api: 'openai' };
  if (/\/messages$/.test(path)) return { api: 'anthropic' };
  return undefined;
}

function sleep(milliseconds: number): Promise<void> {
  return milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve();
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function headerMap(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.join(', ') : (value ?? ''),
    ]),
  );
}

function presentedKey(headers: Record<string, string>): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '');
  return bearer?.[1] ?? headers['api-key'] ?? headers['x-api-key'];
}

/**
 * Starts a scripted LLM server on loopback speaking OpenAI Chat Completions (and Azure's URL shapes) and Anthropic
 * Messages, streaming or not. Control endpoints: `POST /_script`, `GET /_requests`, `DELETE /_requests`.
 */
export async function startLlmSimulator(options: LlmSimulatorOptions = {}): Promise<LlmSimulator> {
  let script: LlmScript = parseScript(options.script ?? { fallback: 'demo' });
  let used: number[] = [];
  let log: ReceivedRequest[] = [];
  let counter = 0;
  const sockets = new Set<Socket>();

  const setScript = (input: LlmScriptInput) => {
    script = parseScript(input);
    used = script.turns.map(() => 0);
    log = [];
  };
  setScript(options.script ?? { fallback: 'demo' });

  function pickTurn(received: ReceivedRequest): { turn: ScriptTurn; by: string } {
    for (const [index, turn] of script.turns.entries()) {
      if (turn.times !== 0 && used[index] >= turn.times) continue;
      if (!matches(turn.when, received)) continue;
      used[index]++;
      return { turn, by: turn.label ?? `turn ${index}` };
    }
    if (script.fallback === 'demo') return { turn: demoTurn(received), by: 'demo' };
    if (script.fallback === 'echo') return { turn: echoTurn(received), by: 'echo' };
    return {
      turn: {
        ...echoTurn(received),
        error: {
          status: 500,
          message: `llm-sim: the script has no turn left for request #${received.index}`,
        },
      },
      by: 'fallback-error',
    };
  }

  function cors(request: IncomingMessage, response: ServerResponse): void {
    if (!script.cors) return;
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader(
      'Access-Control-Allow-Headers',
      request.headers['access-control-request-headers'] ?? '*',
    );
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
    response.setHeader('Access-Control-Expose-Headers', 'retry-after, retry-after-ms, x-request-id');
  }

  function sendJson(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }

  function errorBody(api: ApiKind, status: number, message: string, type?: string): unknown {
    return api === 'anthropic'
      ? anthropicErrorBody(status, message, type)
      : openAiErrorBody(status, message, type);
  }

  async function answer(
    received: ReceivedRequest,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const { api } = received;
    if (script.requireApiKey !== undefined && presentedKey(received.headers) !== script.requireApiKey) {
      received.answeredBy = 'auth-check';
      const message = api === 'anthropic' ? 'invalid x-api-key' : 'Incorrect API key provided.';
      return sendJson(response, 401, errorBody(api, 401, message));
    }
    if (api === 'azure' && received.deployment !== undefined && !received.query['api-version']) {
      received.answeredBy = 'azure-api-version-check';
      return sendJson(response, 404, { error: { code: '404', message: 'Resource not found' } });
    }
    const modelName = received.deployment ?? received.model;
    if (script.models && !script.models.includes(modelName)) {
      received.answeredBy = 'model-check';
      if (api === 'azure') {
        return sendJson(response, 404, {
          error: {
            code: 'DeploymentNotFound',
            message: `The API deployment for this resource does not exist: ${modelName}.`,
          },
        });
      }
      const message =
        api === 'anthropic'
          ? `model: ${modelName}`
          : `The model \`${modelName}\` does not exist or you do not have access to it.`;
      return sendJson(response, 404, errorBody(api, 404, message));
    }
    if (script.rejectTools && received.tools.length > 0) {
      received.answeredBy = 'tool-check';
      return sendJson(
        response,
        400,
        errorBody(api, 400, `registry.ollama.ai/library/${modelName} does not support tools`),
      );
    }

    const { turn, by } = pickTurn(received);
    received.answeredBy = by;
    if (turn.error) {
      const {
        status,
        retryAfter,
        headers = {},
        message = `llm-sim scripted error ${status}`,
        type,
      } = turn.error;
      const extra = {
        ...headers,
        ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
      };
      await sleep(turn.firstTokenDelayMs);
      return sendJson(response, status, turn.error.body ?? errorBody(api, status, message, type), extra);
    }
    const plan = planAnswer(turn, received, api);
    if (!received.stream) {
      await sleep(turn.firstTokenDelayMs);
      return sendJson(
        response,
        200,
        api === 'anthropic' ? anthropicMessage(received, plan) : openAiCompletion(received, plan),
      );
    }

    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    if (turn.hang) {
      response.write(': waiting\n\n');
      await new Promise<void>((resolve) => request.socket.once('close', () => resolve()));
      return;
    }
    const writer =
      api === 'anthropic'
        ? new AnthropicStreamWriter(received, plan)
        : new OpenAiStreamWriter(received, plan);
    const gone = () => response.destroyed || request.socket.destroyed;
    // Each frame is flushed before the next step, so a scripted cut lands exactly after the chunks it names.
    const write = (frame: string) => new Promise<void>((resolve) => response.write(frame, () => resolve()));
    for (const frame of writer.opening()) await write(frame);
    for (const [index, piece] of plan.pieces.entries()) {
      if (turn.disconnectAfterChunks === index) {
        request.socket.destroy();
        return;
      }
      if (turn.endAfterChunks === index) {
        response.end();
        return;
      }
      await sleep(index === 0 ? turn.firstTokenDelayMs : turn.chunkDelayMs);
      if (gone()) return;
      await write(writer.piece(piece));
    }
    if (turn.disconnectAfterChunks !== undefined && turn.disconnectAfterChunks >= plan.pieces.length) {
      request.socket.destroy();
      return;
    }
    if (turn.endAfterChunks !== undefined && turn.endAfterChunks >= plan.pieces.length) {
      response.end();
      return;
    }
    if (plan.pieces.length === 0) await sleep(turn.firstTokenDelayMs);
    if (gone()) return;
    if (turn.streamError) {
      response.end(writer.streamError(turn.streamError.message, turn.streamError.type));
      return;
    }
    for (const frame of writer.closing()) await write(frame);
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    cors(request, response);
    if (method === 'OPTIONS') {
      response.writeHead(script.cors ? 204 : 403);
      response.end();
      return;
    }
    if (url.pathname === '/_script' && method === 'POST') {
      try {
        setScript(JSON.parse(await readBody(request)));
        return sendJson(response, 200, { ok: true, turns: script.turns.length });
      } catch (error) {
        return sendJson(response, 400, {
          error: { message: error instanceof Error ? error.message : String(error) },
        });
      }
    }
    if (url.pathname === '/_script' && method === 'GET') return sendJson(response, 200, script);
    if (url.pathname === '/_requests' && method === 'GET') return sendJson(response, 200, log);
    if (url.pathname === '/_requests' && method === 'DELETE') {
      log = [];
      return sendJson(response, 200, { ok: true });
    }
    const target = route(method, url.pathname);
    if (target === 'models') {
      return sendJson(response, 200, {
        object: 'list',
        data: (script.models ?? ['sim-model']).map((id) => ({ id, object: 'model', owned_by: 'llm-sim' })),
      });
    }
    if (!target)
      return sendJson(response, 404, {
        error: { message: `llm-sim: no route for ${method} ${url.pathname}` },
      });

    const rawBody = await readBody(request);
    let body: Json;
    try {
      body = JSON.parse(rawBody) as Json;
    } catch {
      return sendJson(response, 400, errorBody(target.api, 400, 'llm-sim: the request body is not JSON'));
    }
    const received: ReceivedRequest = {
      index: counter++,
      receivedAt: new Date().toISOString(),
      api: target.api,
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: headerMap(request),
      body,
      deployment: target.deployment,
      ...normaliseRequest(target.api, body),
    };
    log.push(received);
    await answer(received, request, response);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        sendJson(response, 500, { error: { message: `llm-sim internal error: ${String(error)}` } });
      else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  return {
    url,
    openAiBaseUrl: `${url}/v1`,
    anthropicBaseUrl: `${url}/v1`,
    azureResourceUrl: url,
    setScript,
    requests: () => log,
    clearRequests: () => {
      log = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
