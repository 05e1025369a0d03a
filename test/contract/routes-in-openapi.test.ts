import { createGraphSimulator } from '../../src/simulators/graph';
import { loadOpenApi, NON_TEMPLATE_OPERATIONS } from './helpers/contract-paths';

describe('every registered route is a Graph operation', () => {
  const routes = createGraphSimulator().routes();
  const document = loadOpenApi();

  it('registers at least /me, mailboxSettings and $batch', () => {
    const operations = routes.map((route) => `${route.method} ${route.template}`);
    expect(operations).toEqual(
      expect.arrayContaining(['GET /me', 'GET /me/mailboxSettings', 'POST /$batch']),
    );
  });

  it.each(routes.map((route) => [`${route.method} ${route.template}`, route] as const))(
    '%s exists in the OpenAPI subset (or the documented non-template list)',
    (operation, route) => {
      const inOpenApi = document.paths[route.template]?.[route.method.toLowerCase()] !== undefined;
      expect(inOpenApi || NON_TEMPLATE_OPERATIONS.includes(operation)).toBe(true);
    },
  );

  it('declares at least one scope for every route except $batch (whose steps are checked one by one)', () => {
    for (const route of routes)
      if (route.template !== '/$batch') expect(route.scopes.length).toBeGreaterThan(0);
  });
});
