/**
 * Matches request paths to route templates. Ids are matched per decoded segment, so `=`, `-`, `_`, `!` and
 * percent-encoded `/` or `+` inside an id are routed correctly; literal segments win over parameters when
 * templates overlap (`/me/messages/$count` vs `/me/messages/{message-id}`).
 */
import { GraphError, graphErrors } from './errors';
import type { RouteDefinition } from './route';

interface CompiledSegment {
  pattern: RegExp;
  names: string[];
  /** 2 literal, 1 literal with an embedded parameter (`search(q='{q}')`), 0 a bare parameter. */
  weight: number;
}

interface CompiledRoute {
  route: RouteDefinition;
  segments: CompiledSegment[];
}

export interface RouteMatch {
  route: RouteDefinition;
  params: Record<string, string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileSegment(segment: string): CompiledSegment {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const match of segment.matchAll(/\{([^}]+)\}/g)) {
    source += escapeRegExp(segment.slice(last, match.index));
    source += '(.+?)';
    names.push(match[1] as string);
    last = (match.index as number) + match[0].length;
  }
  source += escapeRegExp(segment.slice(last));
  const weight = names.length === 0 ? 2 : segment === `{${names[0]}}` ? 0 : 1;
  // Literal segments compare case-insensitively (Graph accepts /me/MailFolders/Inbox).
  return { pattern: new RegExp(`^${source}$`, 'is'), names, weight };
}

export function decodePath(rawPath: string): string[] {
  return rawPath
    .split('/')
    .slice(1)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch (_error) {
        throw new GraphError(
          400,
          'BadRequest',
          `The request URI contains an invalid percent-encoding in '${segment}'.`,
        );
      }
    });
}

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(readonly routes: readonly RouteDefinition[]) {
    this.compiled = routes.map((route) => ({
      route,
      segments: route.template.split('/').slice(1).map(compileSegment),
    }));
  }

  /** Finds the route for a method and raw path; throws 400 (unknown segment) or 405 (known path, other method). */
  resolve(method: string, rawPath: string): RouteMatch {
    const segments = decodePath(rawPath.replace(/\/+$/, '') || '/');
    const decodedPath = `/${segments.join('/')}`;
    const candidates: { match: RouteMatch; weights: number[] }[] = [];
    let deepest = 0;
    for (const compiled of this.compiled) {
      if (compiled.route.match) {
        const params = compiled.route.match(decodedPath);
        if (params) candidates.push({ match: { route: compiled.route, params }, weights: [3] });
        continue;
      }
      if (compiled.segments.length !== segments.length) {
        deepest = Math.max(deepest, this.matchedDepth(compiled, segments));
        continue;
      }
      const params: Record<string, string> = {};
      const weights: number[] = [];
      const ok = compiled.segments.every((segment, index) => {
        const found = segment.pattern.exec(segments[index] as string);
        if (!found) return false;
        segment.names.forEach((name, position) => (params[name] = found[position + 1] as string));
        weights.push(segment.weight);
        return true;
      });
      if (ok) candidates.push({ match: { route: compiled.route, params }, weights });
      else deepest = Math.max(deepest, this.matchedDepth(compiled, segments));
    }
    if (candidates.length === 0)
      throw graphErrors.segmentNotFound(segments[Math.min(deepest, segments.length - 1)] ?? '');
    const sameMethod = candidates.filter(
      (candidate) => candidate.match.route.method === method.toUpperCase(),
    );
    if (sameMethod.length === 0) throw graphErrors.methodNotAllowed();
    sameMethod.sort((left, right) => {
      for (let index = 0; index < Math.max(left.weights.length, right.weights.length); index += 1) {
        const difference = (right.weights[index] ?? 0) - (left.weights[index] ?? 0);
        if (difference !== 0) return difference;
      }
      return 0;
    });
    return (sameMethod[0] as { match: RouteMatch }).match;
  }

  private matchedDepth(compiled: CompiledRoute, segments: readonly string[]): number {
    let depth = 0;
    while (
      depth < segments.length &&
      depth < compiled.segments.length &&
      (compiled.segments[depth] as CompiledSegment).pattern.test(segments[depth] as string)
    )
      depth += 1;
    return depth;
  }
}
