import { getMe } from '../../../src/auth/get-me';
import { createSimulatorTokenProvider, simulatorControlUrl } from '../../../src/auth/simulator-provider';
import { createGraphClient } from '../../../src/graph/graph-client';
import { graphError, startScriptedServer, type ScriptedServer } from '../graph/helpers/scripted-server';

/** A stand-in for the simulator's token control and its token check (until src/simulators/graph serves both). */
function tokenIssuingGraph(server: ScriptedServer, clock: { now: number }) {
  const issued = new Map<string, { scopes: string[]; expiresAt: number }>();
  server.setScript((request) => {
    if (request.method === 'POST' && request.url === '/_sim/token') {
      const { scopes } = JSON.parse(request.body) as { scopes: string[] };
      const token = `sim-${issued.size + 1}`;
      issued.set(token, { scopes, expiresAt: clock.now + 60_000 });
      return { status: 200, body: { access_token: token, expires_in: 60 } };
    }
    const token = issued.get((request.headers.authorization ?? '').replace('Bearer ', ''));
    if (!token || token.expiresAt <= clock.now)
      return graphError(
        401,
        'InvalidAuthenticationToken',
        'Lifetime validation failed, the token is expired.',
      );
    return {
      status: 200,
      body: { displayName: 'Adele Vance', mail: null, userPrincipalName: 'adele@contoso.example' },
    };
  });
  return issued;
}

let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

describe('simulator dev tokens', () => {
  test('the control URL sits beside the Graph version segment', () => {
    expect(simulatorControlUrl('http://127.0.0.1:4100/v1.0')).toBe('http://127.0.0.1:4100/_sim');
    expect(simulatorControlUrl('http://127.0.0.1:3000/graph/v1.0/')).toBe('http://127.0.0.1:3000/graph/_sim');
  });

  test('a token is memoised per scope set until it nears expiry', async () => {
    const clock = { now: 1_000_000 };
    tokenIssuingGraph(server, clock);
    const provider = createSimulatorTokenProvider({
      graphBaseUrl: server.baseUrl,
      signInScopes: ['User.Read'],
      now: () => clock.now,
    });
    const first = await provider.getAccessToken(['Mail.Read', 'User.Read']);
    expect(await provider.getAccessToken(['User.Read', 'Mail.Read'])).toBe(first);
    expect(await provider.getAccessToken(['Mail.ReadWrite'])).not.toBe(first);
    clock.now += 58_000;
    expect(await provider.getAccessToken(['Mail.Read', 'User.Read'])).not.toBe(first);
    expect(
      server.received
        .filter((request) => request.url === '/_sim/token')
        .map((request) => JSON.parse(request.body)),
    ).toEqual([
      { scopes: ['Mail.Read', 'User.Read'] },
      { scopes: ['Mail.ReadWrite'] },
      { scopes: ['Mail.Read', 'User.Read'] },
    ]);
  });

  test('a token that expires mid-run (server side) is refreshed silently and the run goes on', async () => {
    const clock = { now: 1_000_000 };
    const issued = tokenIssuingGraph(server, clock);
    const provider = createSimulatorTokenProvider({
      graphBaseUrl: server.baseUrl,
      signInScopes: ['User.Read'],
      now: () => clock.now,
    });
    const graph = createGraphClient({ baseUrl: server.baseUrl, tokenProvider: provider });
    expect(await getMe(graph)).toEqual({ displayName: 'Adele Vance', address: 'adele@contoso.example' });

    // The server revokes early (clock skew, revocation): the cached token still looks valid to the client.
    issued.get('sim-1')!.expiresAt = clock.now;
    expect((await getMe(graph)).displayName).toBe('Adele Vance');
    const graphCalls = server.received.filter((request) => request.url.startsWith('/v1.0/me'));
    expect(graphCalls.map((request) => request.headers.authorization)).toEqual([
      'Bearer sim-1',
      'Bearer sim-1',
      'Bearer sim-2',
    ]);
    expect(graphCalls[0].url).toBe('/v1.0/me?$select=displayName%2Cmail%2CuserPrincipalName');
  });
});
