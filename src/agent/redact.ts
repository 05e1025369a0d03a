/** Keys whose values never reach the audit log. */
const SECRET_KEY =
  /^(api[-_]?key|token|access[-_]?token|refresh[-_]?token|id[-_]?token|password|passwd|secret|client[-_]?secret|authorization|cookie|x-api-key)$/iu;
const BEARER = /\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/giu;
/** JWT-shaped strings (three base64url parts). */
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\b/gu;
/** Common API key shapes: OpenAI `sk-…`, Anthropic `sk-ant-…`. */
const API_KEY = /\bsk-[A-Za-z0-9_-]{16,}\b/gu;

export const REDACTED = '[redacted]';

export function redactString(text: string): string {
  return text.replace(BEARER, `$1 ${REDACTED}`).replace(JWT, REDACTED).replace(API_KEY, REDACTED);
}

/** A deep copy with secret-named keys and token-shaped strings replaced. */
export function redactSecrets(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      result[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(entry);
    }
    return result;
  }
  return value;
}
