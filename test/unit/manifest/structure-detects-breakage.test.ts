import { cpSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { writeFileSync } from 'node:fs';
import { checkManifestStructure, type StructureIssue } from '../../../scripts/manifest/structure';
import { isManifestToolError } from '../../../scripts/manifest/errors';
import { breakManifest, realManifest, repositoryRoot } from './manifest-fixture';

function issuesOf(xml: string, assetRoot = repositoryRoot, functionNames?: string[]): StructureIssue[] {
  return checkManifestStructure(xml, { assetRoot, functionNames }).issues;
}

function codes(issues: StructureIssue[]): string[] {
  return [...new Set(issues.map((issue) => issue.code))];
}

describe('the structure check fails on broken manifests', () => {
  it('reports a control whose icon no longer declares the 80 px size', () => {
    const issues = issuesOf(breakManifest('<bt:Image size="80" resid="Summarize.Icon80" />\n', ''));
    expect(codes(issues)).toEqual(['icon-sizes-declared']);
    expect(issues[0].message).toContain('OutlookAgent.Read.Summarize');
  });

  it('reports an icon file whose pixels do not match the size declared for it', () => {
    const issues = issuesOf(
      breakManifest(
        '<bt:Image size="16" resid="Summarize.Icon16" />',
        '<bt:Image size="16" resid="Summarize.Icon32" />',
      ),
    );
    expect(codes(issues)).toEqual(['icon-size']);
    expect(issues[0].message).toContain('32×32, declared 16×16');
  });

  describe('with a copy of the assets', () => {
    let assetRoot = '';
    beforeEach(() => {
      assetRoot = mkdtempSync(path.join(tmpdir(), 'manifest-assets-'));
      cpSync(path.join(repositoryRoot, 'assets'), path.join(assetRoot, 'assets'), { recursive: true });
    });
    afterEach(() => rmSync(assetRoot, { recursive: true, force: true }));

    it('reports an icon missing from assets/', () => {
      unlinkSync(path.join(assetRoot, 'assets', 'extract-tasks-32.png'));
      const issues = issuesOf(realManifest, assetRoot);
      expect(codes(issues)).toEqual(['icon-missing']);
      expect(issues[0].message).toContain('extract-tasks-32.png');
    });

    it('reports an icon redrawn at the wrong size, and one that is not a PNG', () => {
      const wrong = new PNG({ width: 20, height: 20 });
      writeFileSync(path.join(assetRoot, 'assets', 'icon-64.png'), PNG.sync.write(wrong));
      writeFileSync(path.join(assetRoot, 'assets', 'ask-80.png'), 'not a png');
      const issues = issuesOf(realManifest, assetRoot);
      expect(issues.map((issue) => issue.code).sort()).toEqual(['icon-invalid', 'icon-invalid', 'icon-size']);
      expect(issues.find((issue) => issue.code === 'icon-size')?.message).toContain('IconUrl');
    });
  });

  it('reports a resid that Resources does not define, and one that points into the wrong table', () => {
    const undefinedResid = issuesOf(
      breakManifest('<Label resid="DraftReply.Label" />', '<Label resid="DraftReply.Caption" />'),
    );
    expect(codes(undefinedResid)).toContain('undefined-resid');
    expect(undefinedResid.find((issue) => issue.code === 'undefined-resid')?.message).toContain(
      '"DraftReply.Caption"',
    );

    const wrongKind = issuesOf(
      breakManifest('<Description resid="Summarize.Tooltip" />', '<Description resid="Summarize.Label" />'),
    );
    expect(codes(wrongKind)).toEqual(['wrong-resource-kind']);
  });

  it('reports a resid longer than Office allows', () => {
    const longId = 'Summarize.Tooltip.ForTheReadingPane';
    const xml = breakManifest(
      '<Description resid="Summarize.Tooltip" />',
      `<Description resid="${longId}" />`,
    );
    const issues = issuesOf(
      breakManifest('<bt:String id="Summarize.Tooltip"', `<bt:String id="${longId}"`, xml),
    );
    expect(codes(issues)).toEqual(['resid-too-long']);
  });

  it('reports a plain-http URL', () => {
    const issues = issuesOf(
      breakManifest(
        'DefaultValue="https://localhost:3000/commands.html"',
        'DefaultValue="http://localhost:3000/commands.html"',
      ),
    );
    expect(codes(issues)).toEqual(['insecure-url']);
    expect(issues[0].message).toContain('http://localhost:3000/commands.html');
  });

  it('reports a duplicated control id', () => {
    const issues = issuesOf(breakManifest('id="OutlookAgent.Read.Summarize"', 'id="OutlookAgent.Read.Ask"'));
    expect(codes(issues)).toEqual(['duplicate-id']);
  });

  it('reports a pane that cannot be pinned', () => {
    const issues = issuesOf(
      breakManifest('<SupportsPinning>true</SupportsPinning>', '<SupportsPinning>false</SupportsPinning>'),
    );
    expect(codes(issues)).toEqual(['pinning-off']);
    expect(issues[0].message).toContain('OutlookAgent.Read.Ask');
  });

  it('reports a preset button that opens the wrong preset, and a missing surface', () => {
    const wrongPreset = issuesOf(
      breakManifest('taskpane.html?preset=extract-tasks', 'taskpane.html?preset=extract'),
    );
    expect(codes(wrongPreset)).toEqual(['button-preset']);

    const noCompose = issuesOf(
      breakManifest(
        'xsi:type="MessageComposeCommandSurface"',
        'xsi:type="AppointmentAttendeeCommandSurface"',
      ),
    );
    expect(codes(noCompose)).toEqual(['surface-missing']);
  });

  it('reports an ExecuteFunction without a handler in the function file, and accepts it once handled', () => {
    const summarizeAction =
      /<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Summarize.Url" \/>\s*<SupportsPinning>true<\/SupportsPinning>\s*<\/Action>/;
    expect(realManifest).toMatch(summarizeAction);
    const xml = realManifest.replace(
      summarizeAction,
      '<Action xsi:type="ExecuteFunction"><FunctionName>summarizeNow</FunctionName></Action>',
    );
    expect(codes(issuesOf(xml))).toEqual(expect.arrayContaining(['function-missing', 'button-preset']));
    expect(codes(issuesOf(xml, repositoryRoot, ['summarizeNow']))).toEqual(['button-preset']);
  });

  it('reports a broader permission than the add-in needs, a bad version and a missing compose rule', () => {
    expect(
      codes(
        issuesOf(
          breakManifest(
            '<Permissions>ReadWriteItem</Permissions>',
            '<Permissions>ReadWriteMailbox</Permissions>',
          ),
        ),
      ),
    ).toEqual(['permission']);
    expect(codes(issuesOf(breakManifest('<Version>1.0.0.0</Version>', '<Version>one</Version>')))).toEqual([
      'invalid-version',
    ]);
    expect(
      codes(issuesOf(breakManifest('<Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit" />', ''))),
    ).toEqual(['rule']);
  });

  it('refuses XML that is not well-formed, naming the line', () => {
    const xml = breakManifest('</DesktopFormFactor>', '</DesktopForm>');
    let caught: unknown;
    try {
      checkManifestStructure(xml, { assetRoot: repositoryRoot });
    } catch (error) {
      caught = error;
    }
    expect(isManifestToolError(caught) && caught.code).toBe('manifest-not-well-formed');
    expect((caught as Error).message).toMatch(/line \d+/);
  });
});
