/** Markdown → OneNote HTML on a corpus covering every construct; templates; page HTML → model text. */
import { valid } from 'node-html-parser';
import { markdownToOneNoteHtml, pageDocument } from '../../../../src/tools/onenote/markdown-to-onenote';
import { pageHtmlToText } from '../../../../src/tools/onenote/page-text';
import { findTemplate, pageTemplates, type TemplateValue } from '../../../../src/tools/onenote/templates';
import { renderTemplate } from '../../../../src/tools/onenote/templates/render-template';

describe('markdownToOneNoteHtml', () => {
  it.each([
    ['heading levels', '# One\n## Two\n###### Six', ['<h1>One</h1>', '<h2>Two</h2>', '<h6>Six</h6>']],
    ['paragraphs', 'First line.\n\nSecond line.', ['<p>First line.</p>', '<p>Second line.</p>']],
    [
      'bold and italic',
      '**bold** and *italic* and _also_ and ***both***',
      ['<b>bold</b>', '<i>italic</i>', '<i>also</i>', '<i><b>both</b></i>'],
    ],
    ['strikethrough', '~~gone~~', ['<del>gone</del>']],
    ['bullet list', '- a\n- b', ['<ul>\n<li>a</li>\n<li>b</li>\n</ul>']],
    ['numbered list', '1. one\n2. two', ['<ol>\n<li>one</li>\n<li>two</li>\n</ol>']],
    ['nested list', '- parent\n  - child', ['<li>parent<ul>\n<li>child</li>\n</ul>\n</li>']],
    [
      'task list',
      '- [ ] open\n- [x] done',
      ['<p data-tag="to-do">open</p>', '<p data-tag="to-do:completed">done</p>'],
    ],
    ['mixed list with a task', '- [ ] task\n- plain', ['<li data-tag="to-do">task</li>', '<li>plain</li>']],
    [
      'inline code',
      'run `npm test` now',
      ['<span style="font-family:Consolas;font-size:10pt">npm test</span>'],
    ],
    [
      'code block (escaped)',
      '```ts\nif (a < b) {}\n```',
      ['<pre style="font-family:Consolas;font-size:10pt">if (a &lt; b) {}</pre>'],
    ],
    [
      'table',
      '| Name | Qty |\n|---|---:|\n| Pens | 3 |',
      ['<table border="1">', '<td><b>Name</b></td>', '<td>Pens</td><td>3</td>'],
    ],
    [
      'links (http and mailto)',
      '[site](https://lumenlabs.example) <mailto:maya@lumenlabs.example>',
      ['<a href="https://lumenlabs.example">site</a>', '<a href="mailto:maya@lumenlabs.example">'],
    ],
    ['blockquote', '> quoted', ['<div style="margin-left:24px;font-style:italic"><p>quoted</p>']],
    ['horizontal rule', 'a\n\n---\n\nb', ['<p>———</p>']],
  ])('%s', (_name, markdown, expected) => {
    const html = markdownToOneNoteHtml(markdown);
    for (const fragment of expected) expect(html).toContain(fragment);
    expect(valid(html)).toBe(true);
  });

  it('neutralises raw HTML, script links and images (nothing is loaded from model output)', () => {
    const html = markdownToOneNoteHtml(
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![tracker](https://evil.example/p.gif) <img src="https://evil.example/q.gif">',
    );
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://evil.example/p.gif">tracker</a>');
  });

  it('wraps the body in a document with an escaped title and the created time', () => {
    const document = pageDocument('Q&A <draft>', '<p>x</p>', new Date('2026-11-20T09:00:00Z'));
    expect(document).toContain('<title>Q&amp;A &lt;draft&gt;</title>');
    expect(document).toContain('<meta name="created" content="2026-11-20T09:00:00.000Z" />');
  });

  it('round-trips through pageHtmlToText back to readable Markdown-like text', () => {
    const markdown =
      '# Plan\n\n- [ ] Call Sam\n- [x] Book room\n\n1. Agenda\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nSee [site](https://lumenlabs.example).';
    const text = pageHtmlToText(pageDocument('Plan', markdownToOneNoteHtml(markdown))).text;
    expect(text).toBe(
      '# Plan\n\n[ ] Call Sam\n\n[x] Book room\n\n1. Agenda\n\n| **A** | **B** |\n| 1 | 2 |\n\nSee [site](https://lumenlabs.example).',
    );
  });
});

describe('pageHtmlToText', () => {
  it('drops hidden elements and keeps nested lists and images as alt text', () => {
    const text = pageHtmlToText(
      '<html><head><title>T</title></head><body><div><p style="display:none">secret</p><p hidden>also</p><ul><li>a<ul><li>b</li></ul></li></ul><img alt="diagram" src="x"/></div></body></html>',
    ).text;
    expect(text).toBe('- a\n  - b\n\n[image: diagram]');
  });
});

describe('page templates', () => {
  it('every template renders with only its required variables into valid OneNote HTML', () => {
    for (const template of pageTemplates) {
      const values: Record<string, TemplateValue> = Object.fromEntries(
        Object.entries(template.variables)
          .filter(([, variable]) => variable.required)
          .map(([name, variable]) => [
            name,
            variable.kind === 'date'
              ? '2026-11-23'
              : variable.kind === 'prioritised'
                ? [{ text: 'x', priority: 'high' }]
                : 'Value',
          ]),
      );
      const rendered = renderTemplate(template, values);
      expect(rendered.title).not.toMatch(/\{\{/);
      expect(rendered.markdown).not.toMatch(/\{\{/);
      expect(valid(markdownToOneNoteHtml(rendered.markdown))).toBe(true);
    }
  });

  it('todo groups items by priority as to-dos; project lists objectives and timeline', () => {
    const todo = renderTemplate(findTemplate('todo')!, {
      title: 'This week',
      items: [
        { text: 'Budget sign-off', priority: 'high' },
        { text: 'Tidy drive', priority: 'low' },
        { text: 'Reply to Sam' },
      ],
    });
    expect(todo.markdown).toBe(
      '## High priority\n- [ ] Budget sign-off\n\n## Medium priority\n- [ ] Reply to Sam\n\n## Low priority\n- [ ] Tidy drive',
    );
    const project = renderTemplate(findTemplate('project')!, {
      title: 'Atlas',
      objectives: ['65% completion'],
      timeline: '2026-12-11: prototype review\n2027-01-15: pilot',
    });
    expect(project.markdown).toContain('## Timeline\n- 2026-12-11: prototype review\n- 2027-01-15: pilot');
    expect(project.markdown).toContain('## Open questions\n_None yet._');
  });

  it('daily_journal titles the page with the date; unknown variables are refused with the list of valid ones', () => {
    expect(renderTemplate(findTemplate('daily_journal')!, { date: '2026-11-23' }).title).toBe(
      'Journal Monday 2026-11-23',
    );
    expect(() =>
      renderTemplate(findTemplate('meeting_notes')!, { title: 'x', date: '2026-11-23', owner: 'me' }),
    ).toThrow(/no variable owner\. Its variables: title, date, attendees/);
  });
});
