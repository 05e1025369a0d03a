/** The replay helper takes docs examples whose URL is relative to the service, as some OneDrive pages write them. */
import { loadExamples, type GraphExample } from './helpers/contract-paths';
import { replayExample } from './helpers/replay-example';
import { createTestSimulator } from './helpers/simulator-harness';

const withUrl = (example: GraphExample, url: string): GraphExample => ({
  ...example,
  request: { ...example.request, url },
});

describe('replayExample with relative URLs', () => {
  const harness = createTestSimulator();
  const example = loadExamples('driveitem-get').find(
    (candidate) => candidate.request.url === '/me/drive/root',
  );

  it('the docs still carry a relative example to replay', () => {
    expect(example).toBeDefined();
  });

  it.each([
    ['/me/drive/root', 'a service-relative path'],
    ['me/drive/root', 'a path without the leading slash'],
    ['/v1.0/me/drive/root', 'a path with the version'],
    ['https://graph.microsoft.com/v1.0/me/drive/root', 'an absolute URL'],
  ])('%s (%s) reaches the same route with the same shape', async (url) => {
    const result = await replayExample(harness, withUrl(example as GraphExample, url));
    expect(result.differences).toEqual([]);
    expect(result.response.status).toBe(200);
    expect(result.response.body).toMatchObject({ root: {}, name: 'root' });
  });

  it('keeps the query of a relative URL', async () => {
    const children = loadExamples('driveitem-list-children')[0] as GraphExample;
    const result = await replayExample(harness, withUrl(children, '/me/drive/root/children?$top=2'));
    expect(result.response.status).toBe(200);
    expect((result.response.body as { value: unknown[] }).value).toHaveLength(2);
  });
});
