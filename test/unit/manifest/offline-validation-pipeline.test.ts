import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  convertToUnifiedManifest,
  validateUnifiedManifest,
} from '../../../scripts/manifest/unified-manifest';
import { isManifestToolError } from '../../../scripts/manifest/errors';
import { validateManifestFile } from '../../../scripts/validate-manifest';
import { breakManifest, manifestPath, realManifest, repositoryRoot } from './manifest-fixture';

// Conversion plus schema compilation takes about a second; give slow CI machines room.
jest.setTimeout(60_000);

let workDirectory = '';
const fetchCalls: unknown[] = [];
const originalFetch = globalThis.fetch;

beforeEach(() => {
  workDirectory = mkdtempSync(path.join(tmpdir(), 'manifest-pipeline-'));
  fetchCalls.length = 0;
  // Any network attempt by the Microsoft packages would land here and be recorded.
  globalThis.fetch = ((...parameters: unknown[]) => {
    fetchCalls.push(parameters);
    return Promise.reject(new Error('test: network is off'));
  }) as typeof fetch;
});

afterEach(() => {
  globalThis.fetch = originalFetch;
  rmSync(workDirectory, { recursive: true, force: true });
});

function writeManifest(xml: string): string {
  const file = path.join(workDirectory, 'manifest.xml');
  writeFileSync(file, xml);
  return file;
}

describe('offline validation: XML → unified manifest → bundled schema', () => {
  it('converts our manifest and validates it against the bundled schema, without the network', async () => {
    const jsonPath = await convertToUnifiedManifest(manifestPath, path.join(workDirectory, 'unified'));
    const unified = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(unified.id).toBe('235f722b-ae0b-4e84-a2b4-002baff83fc8');
    expect(unified.name.short).toBe('Outlook Agent');
    const pages = (unified.extensions[0].runtimes as { code: { page: string } }[]).map(
      (runtime) => runtime.code.page,
    );
    expect(pages).toEqual(
      expect.arrayContaining([
        'https://localhost:3000/commands.html',
        'https://localhost:3000/taskpane.html?preset=summarize',
      ]),
    );

    const validation = await validateUnifiedManifest(jsonPath);
    expect(validation).toEqual({
      valid: true,
      errors: [],
      schema: expect.stringContaining('/json-schemas/teams/'),
    });
    expect(fetchCalls).toEqual([]);
  });

  it('reports the schema violation of a manifest the converter accepts but the unified schema does not', async () => {
    const domains = Array.from(
      { length: 17 },
      (_, index) => `<AppDomain>https://d${index}.example.com</AppDomain>`,
    ).join('');
    const xml = breakManifest('<AppDomain>https://login.microsoftonline.com</AppDomain>', domains);
    const jsonPath = await convertToUnifiedManifest(writeManifest(xml), path.join(workDirectory, 'unified'));
    const validation = await validateUnifiedManifest(jsonPath);
    expect(validation.valid).toBe(false);
    expect(validation.errors).toEqual([
      expect.stringContaining('/validDomains must NOT have more than 16 items'),
    ]);
    expect(fetchCalls).toEqual([]);
  });

  it('reports a hand-edited unified manifest that breaks the schema', async () => {
    const jsonPath = await convertToUnifiedManifest(manifestPath, path.join(workDirectory, 'unified'));
    const unified = JSON.parse(readFileSync(jsonPath, 'utf8'));
    unified.name.short = 'A name far longer than thirty characters';
    writeFileSync(jsonPath, JSON.stringify(unified));
    const validation = await validateUnifiedManifest(jsonPath);
    expect(validation.valid).toBe(false);
    expect(validation.errors.join('\n')).toContain('/name/short must NOT have more than 30 characters');
  });

  it('refuses, rather than downloads, a schema the package does not bundle', async () => {
    const jsonPath = await convertToUnifiedManifest(manifestPath, path.join(workDirectory, 'unified'));
    const unified = JSON.parse(readFileSync(jsonPath, 'utf8'));
    unified.$schema = 'https://example.com/schemas/manifest.schema.json';
    writeFileSync(jsonPath, JSON.stringify(unified));
    await expect(validateUnifiedManifest(jsonPath)).rejects.toMatchObject({ code: 'schema-not-bundled' });
    expect(fetchCalls).toEqual([]);
  });

  it('reports a manifest the converter rejects as a typed conversion failure', async () => {
    const xml = breakManifest('<Id>235f722b-ae0b-4e84-a2b4-002baff83fc8</Id>', '<Id>not-a-guid</Id>');
    const failure = await convertToUnifiedManifest(
      writeManifest(xml),
      path.join(workDirectory, 'unified'),
    ).catch((error: unknown) => error);
    expect(isManifestToolError(failure) && failure.code).toBe('manifest-conversion-failed');
  });
});

describe('npm run validate (validateManifestFile)', () => {
  it('passes all four steps on our manifest', async () => {
    const results = await validateManifestFile(manifestPath, repositoryRoot, 'https://localhost:3000/');
    expect(results.map((result) => [result.name.split(' ')[0], result.ok])).toEqual([
      ['well-formed', true],
      ['structure', true],
      ['convert', true],
      ['unified', true],
    ]);
  });

  it('fails the structure step, and still runs the schema steps, for an http URL', async () => {
    const file = writeManifest(
      breakManifest('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
    );
    const results = await validateManifestFile(file, repositoryRoot, 'https://localhost:3000/');
    expect(results.map((result) => result.ok)).toEqual([true, false, true, true]);
    expect(results[1].details.join('\n')).toContain('[insecure-url]');
  });

  it('stops after the first step when the XML is not well-formed', async () => {
    const file = writeManifest(realManifest.replace('</OfficeApp>', ''));
    const results = await validateManifestFile(file, repositoryRoot, 'https://localhost:3000/');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      ok: false,
      details: [expect.stringMatching(/^line \d+, column \d+: /)],
    });
  });
});
