/** OneNote tools against the simulator's demo notebooks: results, what Graph received, the store, clean failures. */
import { buildDemoTenant } from '../../../../src/simulators/graph/seed/tenant';
import type { OneNoteStore } from '../../../../src/simulators/graph/store/onenote';
import {
  getPageTool,
  listNotebooksTool,
  listPagesTool,
  listSectionsTool,
  searchPagesTool,
} from '../../../../src/tools/onenote/read-tools';
import {
  appendToPageTool,
  copyPageTool,
  createPageTool,
  deletePageTool,
} from '../../../../src/tools/onenote/write-tools';
import { failure, setUpToolHarness, type Json } from '../tool-test-setup';

const harness = setUpToolHarness();
const writes = () => harness.requests().filter((request) => request.method !== 'GET');
const notes = (): OneNoteStore => harness.simulator.store().onenote;
const pageByTitle = (title: string) => notes().pages.find((page) => page.title === title);

describe('OneNote read tools', () => {
  it('lists notebooks with sections, and sections of a notebook named by display name', async () => {
    const notebooks = (await harness.run(listNotebooksTool, { includeSections: true })).content as Json;
    expect(notebooks.notebooks.map((notebook: Json) => String(notebook.name))).toEqual([
      expect.stringContaining('Personal'),
      expect.stringContaining('Work Notebook'),
    ]);
    expect(notebooks.notebooks[1].sections).toHaveLength(3);
    expect(harness.requests()[0]?.query).toMatchObject({ $expand: 'sections' });
    const sections = (await harness.run(listSectionsTool, { notebook: 'personal' })).content as Json;
    expect(sections.sections.map((section: Json) => String(section.name))).toEqual([
      expect.stringContaining('Journal'),
      expect.stringContaining('Recipes'),
    ]);
    const missing = await failure(harness.run(listSectionsTool, { notebook: 'Travel' }));
    expect(missing).toMatchObject({
      code: 'notebook-not-found',
      message: expect.stringContaining("'Work Notebook'"),
    });
  });

  it('lists recent pages (newest first) and pages of a section with short excerpts', async () => {
    const recent = (await harness.run(listPagesTool, { limit: 3 })).content as Json;
    expect(recent.pages.map((page: Json) => String(page.title))).toEqual([
      expect.stringContaining('Atlas research log'),
      expect.stringContaining('Project Atlas plan'),
      expect.stringContaining('Project Atlas weekly sync'),
    ]);
    expect(harness.requests()[0]).toMatchObject({
      path: '/me/onenote/pages',
      query: expect.objectContaining({ $top: '3' }),
    });
    harness.clearRequests();
    const meetings = (await harness.run(listPagesTool, { section: 'Meetings', includeContent: true }))
      .content as Json;
    expect(meetings.pages).toHaveLength(3);
    expect(String(meetings.pages[0].excerpt)).toContain('Agenda');
    const missing = await failure(harness.run(listPagesTool, { section: 'Diary' }));
    expect(missing).toMatchObject({
      code: 'section-not-found',
      message: expect.stringContaining("'Work Notebook/Meetings'"),
    });
  });

  it('reads a page as compact Markdown-like text with to-dos, capped with an offset to continue', async () => {
    const id = pageByTitle('Project Atlas weekly sync')?.id as string;
    const page = (await harness.run(getPageTool, { id })).content as Json;
    const text = String(page.text);
    expect(text).toContain('# Project Atlas weekly sync');
    expect(text).toContain('1. Research readout status');
    expect(text).toContain('- [ ] Jonas: reproduce the shared-calendar failure');
    expect(text).toContain('- [x] Maya: send the pilot dates');
    const long = (
      await harness.run(getPageTool, { id: pageByTitle('Atlas research log')?.id, maxChars: 1000 })
    ).content as Json;
    expect(long.nextOffset).toBeGreaterThan(0);
    expect(String(long.text)).toMatch(/\[truncated: \d+ more characters; read on with offset \d+\]/);
    expect((await failure(harness.run(getPageTool, { id: '1-nope' }))).code).toBe('page-not-found');
  });

  it('searches titles through $filter and text in recent pages', async () => {
    const byTitle = (await harness.run(searchPagesTool, { query: 'atlas plan' })).content as Json;
    expect(byTitle.results[0]).toMatchObject({ matched: 'title' });
    expect(String(byTitle.results[0].title)).toContain('Project Atlas plan');
    expect(harness.requests()[0]?.query.$filter).toBe(
      "contains(tolower(title),'atlas') and contains(tolower(title),'plan')",
    );
    const byText = (await harness.run(searchPagesTool, { query: 'single sign-on' })).content as Json;
    expect(byText.results.map((result: Json) => String(result.title))).toEqual(
      expect.arrayContaining([expect.stringContaining('Call with Northwind Traders')]),
    );
    expect(byText.results.every((result: Json) => result.matched === 'text')).toBe(true);
  });
});

describe('onenote_create_page', () => {
  it('creates a page from Markdown in a section named by display name; preview shows section, title and text', async () => {
    const args = {
      section: 'Work Notebook/Ideas',
      title: 'Offsite ideas',
      markdown: '## Ideas\n- [ ] Boat trip\n- **Cooking** class',
    };
    const preview = await harness.preview(createPageTool, args);
    expect(preview.fields).toEqual([
      expect.objectContaining({ label: 'Section', value: 'Work Notebook/Ideas' }),
      expect.objectContaining({ label: 'Title', value: 'Offsite ideas' }),
    ]);
    expect(preview.body).toContain('## Ideas');
    harness.clearRequests();
    await harness.run(createPageTool, args);
    const post = writes()[0];
    expect(post?.path).toMatch(/^\/me\/onenote\/sections\/1-[0-9a-f-]+\/pages$/);
    expect(post?.headers['content-type']).toBe('text/html');
    const stored = pageByTitle('Offsite ideas');
    expect(stored?.sectionId).toBe(notes().sections.find((section) => section.displayName === 'Ideas')?.id);
    expect(stored?.html).toContain('<li data-tag="to-do">Boat trip</li>');
    expect(stored?.html).toContain('<li><b>Cooking</b> class</li>');
  });

  it('creates a page from the meeting_notes template in the default section', async () => {
    await harness.run(createPageTool, {
      template: 'meeting_notes',
      variables: {
        title: 'Pricing review',
        date: '2026-11-24',
        attendees: ['Maya Okafor', 'Lena Fischer'],
        agenda: ['Numbers', 'Next test'],
        actionItems: ['Lena: export the cohort data'],
      },
    });
    expect(writes()[0]?.path).toBe('/me/onenote/pages');
    const page = pageByTitle('Pricing review (Tuesday 2026-11-24)');
    expect(page?.html).toContain('<li>Lena Fischer</li>');
    expect(page?.html).toContain('<p data-tag="to-do">Lena: export the cohort data</p>');
    expect(page?.html).toContain('<h2>Decisions</h2>\n<p><i>None yet.</i></p>');
  });

  it('creates from HTML; rejects malformed HTML, a missing section or template variable, and creates nothing', async () => {
    await harness.run(createPageTool, {
      section: 'Recipes',
      html: '<html><head><title>Pancakes</title></head><body><p>Flour, milk, eggs.</p></body></html>',
    });
    expect(pageByTitle('Pancakes')).toBeDefined();
    const count = notes().pages.length;
    harness.clearRequests();
    const malformed = await failure(
      harness.run(createPageTool, { section: 'Recipes', html: '<p>unclosed <b>bold</p>' }),
    );
    expect(malformed.code).toBe('invalid-content');
    const noSection = await failure(harness.run(createPageTool, { section: 'Travel', markdown: 'x' }));
    expect(noSection.code).toBe('section-not-found');
    const noVariable = await failure(
      harness.run(createPageTool, { template: 'todo', variables: { title: 'Week' } }),
    );
    expect(noVariable).toMatchObject({
      code: 'template-variable-missing',
      message: expect.stringContaining('items'),
    });
    await expect(harness.run(createPageTool, { markdown: 'a', html: '<p>b</p>' })).rejects.toThrow(
      /exactly one/,
    );
    expect(writes()).toEqual([]);
    expect(notes().pages).toHaveLength(count);
  });

  it('names the candidates when a section name exists in two notebooks', async () => {
    harness.simulator.loadTenant({
      user: { displayName: 'Maya Okafor', mail: 'maya.okafor@lumenlabs.example' },
      onenote: {
        notebooks: [
          { displayName: 'A', sections: [{ displayName: 'Notes' }] },
          { displayName: 'B', sections: [{ displayName: 'Notes' }] },
        ],
      },
    });
    const ambiguous = await failure(harness.run(createPageTool, { section: 'Notes', markdown: 'x' }));
    expect(ambiguous).toMatchObject({
      code: 'section-ambiguous',
      message: expect.stringContaining("'A/Notes', 'B/Notes'"),
    });
    await harness.run(createPageTool, { section: 'B/Notes', title: 'In B', markdown: 'x' });
    const store = notes();
    const inB = store.sections.find(
      (section) =>
        section.notebookId === store.notebooks.find((notebook) => notebook.displayName === 'B')?.id,
    );
    expect(store.pages.find((page) => page.title === 'In B')?.sectionId).toBe(inB?.id);
    harness.simulator.loadTenant(buildDemoTenant());
  });
});

describe('onenote_append_to_page, onenote_copy_page, onenote_delete_page', () => {
  it('appends Markdown to the body or to a data-id target with one PATCH command', async () => {
    const page = pageByTitle('Project Atlas weekly sync');
    const preview = await harness.preview(appendToPageTool, {
      id: page?.id,
      markdown: '- [ ] Tomás: share the readout deck',
    });
    expect(preview.fields[0]).toMatchObject({ label: 'Page', value: 'Project Atlas weekly sync' });
    harness.clearRequests();
    await harness.run(appendToPageTool, {
      id: page?.id,
      target: '#action-items',
      html: '<li>Tomás: share the readout deck</li>',
    });
    expect(writes()[0]?.body).toEqual([
      { target: '#action-items', action: 'append', content: '<li>Tomás: share the readout deck</li>' },
    ]);
    expect(pageByTitle('Project Atlas weekly sync')?.html).toMatch(
      /Tomás: share the readout deck<\/li>\s*<\/ul>/,
    );
    await harness.run(appendToPageTool, { id: page?.id, markdown: 'Follow-up on **Friday**.' });
    expect(pageByTitle('Project Atlas weekly sync')?.html).toContain('<p>Follow-up on <b>Friday</b>.</p>');
    const missing = await failure(harness.run(appendToPageTool, { id: '1-nope', markdown: 'x' }));
    expect(missing.code).toBe('page-not-found');
  });

  it('copies a page to another section and polls the operation until it completes', async () => {
    const page = pageByTitle('Lentil soup');
    const result = await harness.run(copyPageTool, {
      id: page?.id,
      section: 'Ideas',
      renameAs: 'Soup for the offsite',
    });
    const polls = harness.requests().filter((request) => request.path.startsWith('/me/onenote/operations/'));
    expect(polls.length).toBe(3);
    expect(writes()[0]).toMatchObject({
      method: 'POST',
      body: {
        id: notes().sections.find((section) => section.displayName === 'Ideas')?.id,
        renameAs: 'Soup for the offsite',
      },
    });
    const copy = pageByTitle('Soup for the offsite');
    expect(copy?.sectionId).toBe(notes().sections.find((section) => section.displayName === 'Ideas')?.id);
    expect((result.content as Json).copied.id).toBe(copy?.id);
    expect(pageByTitle('Lentil soup')).toBeDefined();
  });

  it('deletes a page after a preview naming it; an unknown id changes nothing', async () => {
    const page = pageByTitle('Monday');
    const preview = await harness.preview(deletePageTool, { id: page?.id });
    expect(preview.fields).toEqual([
      expect.objectContaining({ label: 'Page', value: 'Monday' }),
      expect.objectContaining({ label: 'Section', value: 'Journal' }),
    ]);
    await harness.run(deletePageTool, { id: page?.id });
    expect(pageByTitle('Monday')).toBeUndefined();
    const count = notes().pages.length;
    expect((await failure(harness.run(deletePageTool, { id: '1-nope' }))).code).toBe('page-not-found');
    expect(notes().pages).toHaveLength(count);
  });
});
