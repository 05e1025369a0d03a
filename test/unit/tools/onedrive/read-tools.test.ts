/** OneDrive read tools against the simulator's demo drive: what they return, what Graph received, clear failures. */
import {
  downloadFileTool,
  getItemTool,
  listFolderTool,
  readFileTool,
  searchTool,
} from '../../../../src/tools/onedrive/read-tools';
import { failure, setUpToolHarness, type Json } from '../tool-test-setup';

const harness = setUpToolHarness(undefined, { resetTenant: false });

describe('onedrive_list_folder', () => {
  it('lists the root by default, folders first, with sizes, modified in the user zone and ids; Graph got $select', async () => {
    const result = await harness.run(listFolderTool, {});
    const content = result.content as Json;
    expect(content.items.map((item: Json) => item.type)).toEqual(['folder', 'folder', 'folder', 'folder']);
    expect(String(content.items[0].name)).toContain('Documents');
    const requests = harness.requests();
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /me/drive/root',
      expect.stringMatching(/^GET \/me\/drive\/items\/01[A-Z2-7]{32}\/children$/),
    ]);
    expect(requests[1]?.query.$select).toContain('lastModifiedDateTime');
  });

  it('lists a folder by path with files, sizes and modified times in the user zone', async () => {
    const result = await harness.run(listFolderTool, { path: '/Documents/Project Atlas' });
    const items = (result.content as Json).items as Json[];
    expect(items.map((item) => item.type)).toEqual(['folder', 'file', 'file']);
    const requirements = items.find((item) => String(item.name).includes('atlas-requirements.md'));
    expect(requirements).toMatchObject({
      type: 'file',
      size: expect.any(Number),
      id: expect.stringMatching(/^01/),
    });
    expect(requirements?.modified).toBe('Wed 2026-11-18 10:00'); // 09:00Z in Europe/Berlin
    expect(result.summary).toBe('Listed 3 items');
  });

  it('says which path was not found, and that a file is not a folder', async () => {
    const missing = await failure(harness.run(listFolderTool, { path: '/Documents/Nope' }));
    expect(missing.code).toBe('item-not-found');
    expect(missing.message).toContain("'/Documents/Nope'");
    const file = await failure(harness.run(listFolderTool, { path: '/Documents/onboarding-v2-spec.md' }));
    expect(file.code).toBe('not-a-folder');
  });
});

describe('onedrive_get_item and onedrive_search_files', () => {
  it('gets metadata by path with its path, mime type and web link, names marked untrusted', async () => {
    const result = await harness.run(getItemTool, { path: 'Documents/Budget 2027.xlsx' });
    const content = result.content as Json;
    expect(content).toMatchObject({
      type: 'file',
      mimeType: expect.stringContaining('spreadsheetml'),
      webUrl: expect.stringMatching(/^https:/),
    });
    expect(String(content.name)).not.toBe('Budget 2027.xlsx');
    expect(String(content.name)).toContain('Budget 2027.xlsx');
    expect(String(content.modifiedBy)).toContain('Lena Fischer');
    expect(result.citations?.[0]).toMatchObject({ kind: 'file', title: 'Budget 2027.xlsx' });
  });

  it('searches content and names (including items shared with the user) and filters by type', async () => {
    const all = await harness.run(searchTool, { query: 'Northwind' });
    const names = ((all.content as Json).results as Json[]).map((item) => String(item.name));
    expect(names.some((name) => name.includes('Northwind contract summary.pdf'))).toBe(true);
    expect(names.some((name) => name.includes('Northwind order forecast Q1 2027.xlsx'))).toBe(true);
    expect(harness.requests()[0]?.path).toBe("/me/drive/search(q='Northwind')");
    const pdfs = await harness.run(searchTool, { query: 'Northwind', type: 'pdf' });
    const pdfNames = ((pdfs.content as Json).results as Json[]).map((item) => String(item.name));
    expect(pdfNames).toHaveLength(1);
    expect(pdfNames[0]).toContain('.pdf');
  });
});

describe('onedrive_read_file', () => {
  it.each([
    ['/Documents/team-offsite-agenda.txt', 'text', 'Lisbon'],
    ['/Documents/Project Atlas/atlas-requirements.md', 'markdown', 'Calendar import'],
    ['/Documents/Project Atlas/Research/onboarding-survey.csv', 'csv', 'Importing a calendar'],
    ['/Documents/launch-metrics.json', 'json', 'onboardingCompletion'],
    ['/Documents/Sprint 42 retrospective.html', 'html', 'Calendar import errors'],
    ['/Documents/Project Atlas/Atlas project brief.docx', 'docx', 'Onboarding completion from 41% to 65%'],
    ['/Documents/Northwind contract summary.pdf', 'pdf', '450 planner seats'],
    ['/Documents/Budget 2027.xlsx', 'xlsx', 'Cloud hosting'],
  ])('reads %s as %s', async (path, kind, phrase) => {
    const result = await harness.run(readFileTool, { path });
    const content = result.content as Json;
    expect(content.kind).toBe(kind);
    expect(String(content.text)).toContain(phrase);
    expect(harness.requests().map((request) => request.path)).toEqual([
      expect.stringMatching(/^\/me\/drive\/root:\//),
      expect.stringMatching(/^\/me\/drive\/items\/01[A-Z2-7]+\/content$/),
      expect.stringMatching(/^\/_content\/download\//),
    ]);
    harness.clearRequests();
  });

  it('drops hidden HTML text, caps long text with a marker and an offset to read on', async () => {
    const html = await harness.run(readFileTool, { path: '/Documents/Sprint 42 retrospective.html' });
    expect(String((html.content as Json).text)).not.toContain('Hidden note');
    const first = await harness.run(readFileTool, {
      path: '/Documents/Northwind contract summary.pdf',
      maxChars: 500,
    });
    const content = first.content as Json;
    expect(content.nextOffset).toBeGreaterThan(0);
    expect(String(content.text)).toMatch(/truncated/i);
    const next = await harness.run(readFileTool, {
      path: '/Documents/Northwind contract summary.pdf',
      offset: content.nextOffset,
      maxChars: 500,
    });
    expect(String((next.content as Json).text)).not.toBe(String(content.text));
  });

  it('returns metadata and a note for types it cannot read; refuses folders', async () => {
    const image = await harness.run(readFileTool, { path: '/Pictures/atlas-architecture.png' });
    expect((image.content as Json).kind).toBe('image');
    expect((image.content as Json).text).toBeUndefined();
    expect((image.content as Json).note).toBeDefined();
    const folder = await failure(harness.run(readFileTool, { path: '/Documents' }));
    expect(folder.code).toBe('not-a-file');
  });
});

describe('onedrive_download_file', () => {
  it('returns a download descriptor with a preauthenticated URL that serves the bytes without a token', async () => {
    const result = await harness.run(downloadFileTool, { path: '/Documents/team-offsite-agenda.txt' });
    const download = (result.content as Json).download as Json;
    expect(download).toMatchObject({
      downloadUrl: expect.stringContaining('/_content/download/'),
      mimeType: 'text/plain',
      size: expect.any(Number),
    });
    expect(String(download.fileName)).toContain('team-offsite-agenda.txt');
    const response = await fetch(download.downloadUrl as string);
    expect(response.status).toBe(200);
    expect((await response.text()).startsWith('Team offsite')).toBe(true);
  });
});
