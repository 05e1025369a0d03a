import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeOrigin, substituteManifestUrls } from '../../../scripts/manifest/substitute-urls';
import { checkManifestStructure } from '../../../scripts/manifest/structure';
import { realManifest, repositoryRoot } from './manifest-fixture';

describe('substituteManifestUrls', () => {
  it('moves every development URL to the production origin and leaves the sign-in authority alone', () => {
    const xml = substituteManifestUrls(realManifest, 'https://agent.contoso.com');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<SupportUrl DefaultValue="https://agent.contoso.com/assets/support.html" />');
    expect(xml).toContain('DefaultValue="https://agent.contoso.com/taskpane.html?preset=draft-reply"');
    expect(xml).toContain('<AppDomain>https://login.microsoftonline.com</AppDomain>');
    expect(xml.match(/https:\/\/agent\.contoso\.com\//g)).toHaveLength(
      realManifest.match(/https:\/\/localhost:3000\//g)!.length,
    );
  });

  it('keeps a base path and still passes the structure check against the files it points to', () => {
    const xml = substituteManifestUrls(realManifest, 'https://cdn.contoso.com/outlook-agent');
    expect(xml).toContain('DefaultValue="https://cdn.contoso.com/outlook-agent/commands.html"');
    // The structure check maps the new origin onto a directory that serves assets/, as dist/ would.
    const servedRoot = mkdtempSync(path.join(tmpdir(), 'served-'));
    try {
      symlinkSync(path.join(repositoryRoot, 'assets'), path.join(servedRoot, 'assets'));
      const report = checkManifestStructure(xml, {
        assetRoot: servedRoot,
        origin: 'https://cdn.contoso.com/outlook-agent/',
      });
      expect(report.issues).toEqual([]);
    } finally {
      rmSync(servedRoot, { recursive: true, force: true });
    }
  });

  it('replaces a bare development origin but not a longer host that starts the same', () => {
    const xml = '<AppDomain>https://localhost:3000</AppDomain><AppDomain>https://localhost:30000</AppDomain>';
    expect(substituteManifestUrls(xml, 'https://agent.contoso.com/')).toBe(
      '<AppDomain>https://agent.contoso.com</AppDomain><AppDomain>https://localhost:30000</AppDomain>',
    );
  });

  it('refuses origins Outlook would not load', () => {
    expect(() => substituteManifestUrls(realManifest, 'http://agent.contoso.com')).toThrow(
      expect.objectContaining({ code: 'invalid-origin' }),
    );
    expect(() => normalizeOrigin('agent.contoso.com')).toThrow(
      expect.objectContaining({ code: 'invalid-origin' }),
    );
    expect(() => normalizeOrigin('https://agent.contoso.com/?x=1')).toThrow(
      expect.objectContaining({ code: 'invalid-origin' }),
    );
    expect(normalizeOrigin('https://agent.contoso.com:8443/base')).toBe(
      'https://agent.contoso.com:8443/base/',
    );
  });
});
