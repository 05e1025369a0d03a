import { loadExamples, type GraphExample } from './helpers/contract-paths';
import { replayExample } from './helpers/replay-example';
import { createTestSimulator } from './helpers/simulator-harness';
import { validateAgainstSchema } from './helpers/validate-against-schema';

type Item = Record<string, unknown> & { id: string; name: string };
type Page = { value: Item[]; '@odata.nextLink'?: string };

const ITEM = '/me/drive/items/{driveItem-id}';

/** Some examples carry a relative URL; the replay helper needs an absolute one. */
function absolute(example: GraphExample): GraphExample {
  const url = example.request.url.startsWith('/')
    ? `https://graph.microsoft.com/v1.0${example.request.url}`
    : example.request.url;
  return { ...example, request: { ...example.request, url } };
}

function expectValid(template: string, method: string, status: number, body: unknown): void {
  const result = validateAgainstSchema(template, method, status, body);
  expect(result.errors).toEqual([]);
}

describe('OneDrive routes: schema-valid responses', () => {
  const harness = createTestSimulator();

  it('serves the drive, the root and its children (sorted by name, folders and files with their facets)', async () => {
    const drive = await harness.graph('GET', '/me/drive');
    expect(drive.status).toBe(200);
    expectValid('/me/drive', 'GET', 200, drive.body);
    const root = await harness.graph<Item>('GET', '/me/drive/root');
    expectValid('/me/drive/root', 'GET', 200, root.body);
    expect(root.body.root).toEqual({});
    const children = await harness.graph<Page>('GET', '/me/drive/root/children');
    expectValid('/me/drive/root/children', 'GET', 200, children.body);
    expect(children.body.value.map((item) => item.name)).toEqual([
      'Documents',
      'Finance',
      'Pictures',
      'Shared',
    ]);
    expect(children.body.value[0]?.folder).toEqual({ childCount: expect.any(Number) });
  });

  it('addresses items by path (root:/path:, :/children) and by id, with parentReference paths', async () => {
    const byPath = await harness.graph<Item>(
      'GET',
      '/me/drive/root:/Documents/Project%20Atlas/atlas-requirements.md:',
    );
    expect(byPath.status).toBe(200);
    expectValid(ITEM, 'GET', 200, byPath.body);
    expect(byPath.body).toMatchObject({
      name: 'atlas-requirements.md',
      file: { mimeType: 'text/markdown', hashes: { sha1Hash: expect.any(String) } },
      parentReference: { path: '/drive/root:/Documents/Project Atlas', driveId: expect.any(String) },
      lastModifiedBy: { user: { displayName: 'Jonas Berg' } },
    });
    expect(byPath.body.id).toMatch(/^01[A-Z2-7]{32}$/);
    const byId = await harness.graph<Item>('GET', `/me/drive/items/${byPath.body.id}`);
    expect(byId.body.name).toBe('atlas-requirements.md');
    const children = await harness.graph<Page>('GET', '/me/drive/root:/Documents/Project%20Atlas:/children');
    expect(children.body.value.map((item) => item.name)).toEqual([
      'Atlas project brief.docx',
      'atlas-requirements.md',
      'Research',
    ]);
    const missing = await harness.graph<{ error: { code: string } }>(
      'GET',
      '/me/drive/root:/Documents/nope.txt:',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
  });

  it('pages children with $top and an opaque $skiptoken nextLink', async () => {
    const first = await harness.graph<Page>('GET', '/me/drive/root:/Documents:/children?$top=3&$select=name');
    expect(first.body.value).toHaveLength(3);
    expect(first.body['@odata.nextLink']).toMatch(/\$skiptoken=/);
    const second = await harness.graph<Page>('GET', first.body['@odata.nextLink'] as string);
    expect(second.body.value[0]?.name).not.toBe(first.body.value[0]?.name);
  });

  it('answers 304 to if-none-match with the current eTag or cTag', async () => {
    const item = await harness.graph<Item>('GET', '/me/drive/root:/Documents/onboarding-v2-spec.md:');
    const etag = await harness.graph('GET', `/me/drive/items/${item.body.id}`, {
      headers: { 'if-none-match': item.body.eTag as string },
    });
    expect(etag.status).toBe(304);
    const ctag = await harness.graph('GET', `/me/drive/items/${item.body.id}`, {
      headers: { 'if-none-match': item.body.cTag as string },
    });
    expect(ctag.status).toBe(304);
    const other = await harness.graph('GET', `/me/drive/items/${item.body.id}`, {
      headers: { 'if-none-match': '"{X},9"' },
    });
    expect(other.status).toBe(200);
  });

  it('redirects /content to a preauthenticated URL (no token needed; Range gives 206; same as downloadUrl)', async () => {
    const item = await harness.graph<Item>('GET', '/me/drive/root:/Documents/team-offsite-agenda.txt:');
    const content = await harness.graph('GET', `/me/drive/items/${item.body.id}/content`);
    expect(content.status).toBe(302);
    const location = content.headers.location as string;
    expect(location).toBe(item.body['@microsoft.graph.downloadUrl']);
    const whole = await harness.graph<Uint8Array>('GET', location, { scopes: null });
    expect(whole.status).toBe(200);
    expect(Buffer.from(whole.body).toString('utf8')).toMatch(/^Team offsite, 3-4 December 2026/);
    const part = await harness.graph<Uint8Array>('GET', location, {
      scopes: null,
      headers: { range: 'bytes=0-3' },
    });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toMatch(/^bytes 0-3\/\d+$/);
    expect(Buffer.from(part.body).toString('utf8')).toBe('Team');
    const bad = await harness.graph('GET', location, { scopes: null, headers: { range: 'bytes=999999-' } });
    expect(bad.status).toBe(416);
  });

  it('searches names, metadata and content; drive-level search adds items shared with the user (remoteItem)', async () => {
    const root = await harness.graph<Page>('GET', "/me/drive/root/search(q='single sign-on')");
    // The search response schema is inline in the subset (the helper cannot resolve its $refs): check each item.
    for (const item of root.body.value) expectValid(ITEM, 'GET', 200, item);
    const names = root.body.value.map((item) => item.name);
    expect(names).toEqual(
      expect.arrayContaining(['Northwind contract summary.pdf', 'interview-notes-2026-10.txt']),
    );
    expect(root.body.value.every((item) => item.remoteItem === undefined)).toBe(true);
    const drive = await harness.graph<Page>('GET', "/me/drive/search(q='forecast')");
    expect(drive.body.value[0]).toMatchObject({
      name: 'Northwind order forecast Q1 2027.xlsx',
      remoteItem: {
        parentReference: { driveId: expect.any(String) },
        shared: { owner: { user: { displayName: 'Sam Whitfield' } } },
      },
    });
    const paged = await harness.graph<Page>('GET', "/me/drive/root/search(q='atlas')?$top=2");
    expect(paged.body.value).toHaveLength(2);
    expect(paged.body['@odata.nextLink']).toBeDefined();
  });
});

describe('OneDrive routes: writes', () => {
  it('simple upload creates (201) and replaces (200); conflictBehavior fail → 409, rename → "name 1.ext"', async () => {
    const harness = createTestSimulator();
    const headers = { 'content-type': 'text/plain' };
    const created = await harness.graph<Item>('PUT', '/me/drive/root:/Notes/todo.txt:/content', {
      body: 'one',
      headers,
    });
    expect(created.status).toBe(201);
    expectValid(`${ITEM}/content`, 'PUT', 201, created.body);
    const replaced = await harness.graph<Item>('PUT', `/me/drive/items/${created.body.id}/content`, {
      body: 'two!',
      headers,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.size).toBe(4);
    expect(replaced.body.cTag).not.toBe(created.body.cTag);
    const fail = await harness.graph<{ error: { code: string } }>(
      'PUT',
      '/me/drive/root:/Notes/todo.txt:/content?@microsoft.graph.conflictBehavior=fail',
      { body: 'x', headers },
    );
    expect(fail.status).toBe(409);
    expect(fail.body.error.code).toBe('nameAlreadyExists');
    const renamed = await harness.graph<Item>(
      'PUT',
      '/me/drive/root:/Notes/todo.txt:/content?@microsoft.graph.conflictBehavior=rename',
      { body: 'x', headers },
    );
    expect(renamed.body.name).toBe('todo 1.txt');
    const folder = harness.simulator.store().drive.items.find((item) => item.name === 'Notes');
    const byParent = await harness.graph<Item>('PUT', `/me/drive/items/${folder?.id}:/new.md:/content`, {
      body: '# hi',
      headers,
    });
    expect(byParent.status).toBe(201);
    expect(byParent.body.parentReference).toMatchObject({ id: folder?.id });
  });

  it('refuses simple uploads over 4 MB (413) and changes nothing', async () => {
    const harness = createTestSimulator();
    const before = harness.simulator.store().drive.items.length;
    const big = await harness.graph('PUT', '/me/drive/root:/big.bin:/content', {
      body: new Uint8Array(4 * 1024 * 1024 + 1),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(big.status).toBe(413);
    expect(harness.simulator.store().drive.items).toHaveLength(before);
  });

  it('upload sessions take 320 KiB-multiple fragments (202 nextExpectedRanges) and finish with 201', async () => {
    const harness = createTestSimulator();
    const session = await harness.graph<{ uploadUrl: string; nextExpectedRanges: string[] }>(
      'POST',
      '/me/drive/root:/Videos/demo.mp4:/createUploadSession',
      { body: { item: { '@microsoft.graph.conflictBehavior': 'rename' } } },
    );
    expect(session.status).toBe(200);
    expect(session.body.nextExpectedRanges).toEqual(['0-']);
    const bytes = new Uint8Array(320 * 1024 + 100).map((_value, index) => index % 251);
    const unit = 320 * 1024;
    const first = await harness.graph<{ nextExpectedRanges: string[] }>('PUT', session.body.uploadUrl, {
      scopes: null,
      body: bytes.subarray(0, unit),
      headers: { 'content-range': `bytes 0-${unit - 1}/${bytes.length}` },
    });
    expect(first.status).toBe(202);
    expect(first.body.nextExpectedRanges).toEqual([`${unit}-`]);
    const wrong = await harness.graph('PUT', session.body.uploadUrl, {
      scopes: null,
      body: bytes.subarray(0, 10),
      headers: { 'content-range': `bytes 0-9/${bytes.length}` },
    });
    expect(wrong.status).toBe(416);
    const last = await harness.graph<Item>('PUT', session.body.uploadUrl, {
      scopes: null,
      body: bytes.subarray(unit),
      headers: { 'content-range': `bytes ${unit}-${bytes.length - 1}/${bytes.length}` },
    });
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({ name: 'demo.mp4', size: bytes.length });
    const stored = harness.simulator.store().drive.items.find((item) => item.name === 'demo.mp4');
    expect(Buffer.from(stored?.contentBase64 ?? '', 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(harness.simulator.store().drive.uploadSessions).toHaveLength(0);
  });

  it('creates folders (201; rename on conflict), renames and moves with PATCH, deletes to the recycle bin', async () => {
    const harness = createTestSimulator();
    const folder = await harness.graph<Item>('POST', '/me/drive/root/children', {
      body: { name: 'Documents', folder: {}, '@microsoft.graph.conflictBehavior': 'rename' },
    });
    expect(folder.status).toBe(201);
    expect(folder.body.name).toBe('Documents 1');
    expectValid('/me/drive/root/children', 'POST', 201, folder.body);
    const clash = await harness.graph('POST', '/me/drive/root/children', {
      body: { name: 'Documents', folder: {} },
    });
    expect(clash.status).toBe(409);
    const file = await harness.graph<Item>('GET', '/me/drive/root:/Documents/team-offsite-agenda.txt:');
    const moved = await harness.graph<Item>('PATCH', `/me/drive/items/${file.body.id}`, {
      body: { name: 'offsite.txt', parentReference: { id: folder.body.id } },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      name: 'offsite.txt',
      parentReference: { path: '/drive/root:/Documents 1' },
    });
    const stale = await harness.graph('DELETE', `/me/drive/items/${file.body.id}`, {
      headers: { 'if-match': file.body.eTag as string },
    });
    expect(stale.status).toBe(412);
    const deleted = await harness.graph('DELETE', `/me/drive/items/${folder.body.id}`);
    expect(deleted.status).toBe(204);
    const bin = harness.simulator.store().drive.recycleBin.map((entry) => entry.originalPath);
    expect(bin).toEqual(['/Documents 1', '/Documents 1/offsite.txt']);
    expect((await harness.graph('GET', `/me/drive/items/${file.body.id}`)).status).toBe(404);
  });

  it('createLink returns a permission with link.webUrl, records the share, and reuses an identical link (200)', async () => {
    const harness = createTestSimulator();
    const file = await harness.graph<Item>('GET', '/me/drive/root:/Documents/onboarding-v2-spec.md:');
    const link = await harness.graph<{
      link: { webUrl: string; type: string; scope: string };
      roles: string[];
    }>('POST', `/me/drive/items/${file.body.id}/createLink`, {
      body: { type: 'edit', scope: 'organization' },
    });
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({
      roles: ['write'],
      link: { type: 'edit', scope: 'organization', webUrl: expect.stringMatching(/^https:\/\//) },
    });
    const again = await harness.graph('POST', `/me/drive/items/${file.body.id}/createLink`, {
      body: { type: 'edit', scope: 'organization' },
    });
    expect(again.status).toBe(200);
    expect(harness.simulator.store().drive.shares).toEqual([
      expect.objectContaining({
        itemId: file.body.id,
        type: 'edit',
        scope: 'organization',
        webUrl: link.body.link.webUrl,
      }),
    ]);
    const bad = await harness.graph('POST', `/me/drive/items/${file.body.id}/createLink`, {
      body: { type: 'own' },
    });
    expect(bad.status).toBe(400);
  });

  it('needs a Files scope (403 accessDenied) and a write scope for writes', async () => {
    const harness = createTestSimulator();
    const denied = await harness.graph<{ error: { code: string } }>('GET', '/me/drive/root', {
      scopes: ['Mail.Read'],
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('accessDenied');
    const readOnly = await harness.graph('POST', '/me/drive/root/children', {
      scopes: ['Files.Read'],
      body: { name: 'x', folder: {} },
    });
    expect(readOnly.status).toBe(403);
  });
});

/**
 * A drive shaped like the docs samples: more than one page of children and of search hits, a file first among
 * the root's children, a folder first among search hits, and a folder shared with the user (remoteItem).
 */
const files = (folder: string, count: number) =>
  Array.from({ length: count }, (_value, index) => ({
    path: `${folder}contoso project notes ${String(index).padStart(3, '0')}.txt`,
    contentText: 'Contoso project notes',
    lastModifiedDateTime: 'now-40d',
  }));
const replayTenant = {
  user: { displayName: 'Maya Okafor', mail: 'maya.okafor@lumenlabs.example' },
  onedrive: {
    items: [
      { path: '0-photo.jpg', contentBase64: 'AAEC' },
      { path: 'Contoso Project/', folder: true },
      ...files('', 200),
      { path: 'Photos/0-photo.jpg', contentBase64: 'AAEC' },
      ...files('Photos/', 200),
    ],
    sharedWithMe: [
      { name: 'Contoso Project', owner: 'Sam Whitfield', folder: true, lastModifiedDateTime: 'now' },
    ],
  },
};

describe('OneDrive routes: shared examples replay', () => {
  it.each([
    ['driveitem-get', 0],
    ['driveitem-list-children', 0],
    ['driveitem-list-children', 1],
    ['driveitem-post-children', 0],
    ['driveitem-put-content', 0],
    ['driveitem-put-content', 1],
    ['driveitem-search', 0],
    ['driveitem-search', 1],
  ] as const)('%s #%i', async (operation, index) => {
    const paged = operation === 'driveitem-list-children' || operation === 'driveitem-search';
    const harness = createTestSimulator(paged ? { tenant: replayTenant } : {});
    const example = loadExamples(operation)[index];
    if (!example) throw new Error(`no example ${operation}#${index}`);
    const fileId = harness.simulator.store().drive.items.find((item) => !item.isFolder)?.id as string;
    const result = await replayExample(harness, absolute(example), {
      rewritePath: (path) =>
        path
          .replace('/drives/{drive-id}/root:/{path-relative-to-root}:', '/me/drive/root:/Photos:')
          .replace('{item-id}', fileId),
      expectedStatus: operation === 'driveitem-put-content' && index === 1 ? 200 : undefined,
      // searchResult.onClickTelemetryUrl is a Bing telemetry link the simulator has no use for.
      ignore: ['onClickTelemetryUrl'],
    });
    expect(result.differences).toEqual([]);
  });

  it('driveitem-get-content: 302 to a download URL that honours Range (206)', async () => {
    const harness = createTestSimulator();
    const fileId = harness.simulator.store().drive.items.find((item) => item.name === 'onboarding-v2-spec.md')
      ?.id as string;
    const [redirect, selectUrl, range] = loadExamples('driveitem-get-content');
    const first = await replayExample(harness, absolute(redirect!), {
      rewritePath: (path) => path.replace('{item-id}', fileId),
    });
    expect(first.differences).toEqual([]);
    const url = await harness.graph<Item>(
      'GET',
      `/me/drive/items/${fileId}?$select=id,@microsoft.graph.downloadUrl`,
    );
    expect(Object.keys(url.body).sort()).toEqual(['@microsoft.graph.downloadUrl', '@odata.context', 'id']);
    expect(selectUrl?.response.status).toBe(200);
    const partial = await harness.graph('GET', url.body['@microsoft.graph.downloadUrl'] as string, {
      scopes: null,
      headers: range?.request.headers as Record<string, string>,
    });
    expect(partial.status).toBe(range?.response.status);
  });
});
