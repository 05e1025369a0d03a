/**
 * Fault injection (`POST /_sim/faults`): per rule, a latency, a Graph-shaped error status (with `Retry-After`), or a
 * hang until the client aborts. Rolls come from a PRNG seeded by the configuration, so a seed replays exactly.
 */
import { z } from 'zod';
import { createRandom, type Random } from './random';

export const faultRuleSchema = z.object({
  /** HTTP method to match; any when absent. */
  method: z.string().optional(),
  /** Prefix of the path after `/v1.0` (e.g. `/me/todo/lists`). */
  path: z.string(),
  /** Error status to answer with (e.g. 429, 503); none = only latency/hang. */
  status: z.number().int().min(400).max(599).optional(),
  /** Probability per matching request. @default 1 */
  rate: z.number().min(0).max(1).optional(),
  /** Seconds, sent as `Retry-After`. */
  retryAfter: z.number().min(0).optional(),
  latencyMs: z.number().min(0).optional(),
  /** Never answer (until the client aborts). */
  timeout: z.boolean().optional(),
  /** Override the error code/message. */
  code: z.string().optional(),
  message: z.string().optional(),
  /** Stop after this many hits. */
  times: z.number().int().min(1).optional(),
});

export const faultConfigSchema = z.object({
  seed: z.number().int().optional(),
  rules: z.array(faultRuleSchema),
});

export type FaultRule = z.infer<typeof faultRuleSchema>;
export type FaultConfig = z.infer<typeof faultConfigSchema>;

const DEFAULT_CODES: Record<number, [string, string]> = {
  400: ['BadRequest', 'The request is malformed or incorrect.'],
  404: ['itemNotFound', 'The resource could not be found.'],
  409: ['conflict', 'The request conflicts with the current state.'],
  412: [
    'preconditionFailed',
    'The precondition given in one or more of the request headers evaluated to false.',
  ],
  413: ['requestTooLarge', 'The request size exceeds the maximum limit.'],
  429: ['TooManyRequests', 'Too many requests. Please retry after the time given in the Retry-After header.'],
  500: ['generalException', 'An unspecified error has occurred.'],
  502: ['badGateway', 'The service is temporarily unavailable.'],
  503: [
    'serviceNotAvailable',
    'The service is temporarily unavailable. Please retry after the time given in the Retry-After header.',
  ],
  504: ['gatewayTimeout', 'The server, while acting as a proxy, did not receive a timely response.'],
};

export function defaultErrorFor(status: number): [string, string] {
  return DEFAULT_CODES[status] ?? ['generalException', 'An error was injected by the Graph simulator.'];
}

export interface FaultDecision {
  rule: FaultRule;
}

export class FaultInjector {
  private config: FaultConfig = { rules: [] };
  private random: Random = createRandom(1);
  private hits: number[] = [];

  configure(config: FaultConfig): void {
    this.config = config;
    this.random = createRandom(config.seed ?? 1);
    this.hits = config.rules.map(() => 0);
  }

  current(): FaultConfig {
    return this.config;
  }

  /** The first matching rule that fires for this request, if any. */
  decide(method: string, path: string): FaultDecision | undefined {
    for (const [index, rule] of this.config.rules.entries()) {
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!path.toLowerCase().startsWith(rule.path.toLowerCase())) continue;
      if (rule.times !== undefined && (this.hits[index] ?? 0) >= rule.times) continue;
      if (this.random.next() >= (rule.rate ?? 1)) continue;
      this.hits[index] = (this.hits[index] ?? 0) + 1;
      return { rule };
    }
    return undefined;
  }
}
