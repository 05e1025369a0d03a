/**
 * `npm run validate`: checks manifest.xml offline, in four steps, and exits non-zero if any fails.
 *   1. well-formed XML (fast-xml-parser's validator: line and column of the first error);
 *   2. our structural checks (scripts/manifest/structure.ts: ids, resids, icons on disk, https, ribbon, pinning);
 *   3. conversion to the unified JSON manifest with Microsoft's office-addin-manifest-converter;
 *   4. that JSON manifest validated by office-addin-manifest against the schema bundled with it.
 * Microsoft's own XML validation (`npx office-addin-manifest validate manifest.xml`) posts the file to an online
 * service; docs/sideload-and-registration.md says how to run it when online.
 *
 * Usage: tsx scripts/validate-manifest.ts [manifest.xml] [--asset-root DIR] [--origin URL]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkManifestStructure,
  checkWellFormed,
  convertToUnifiedManifest,
  developmentOrigin,
  validateUnifiedManifest,
} from './manifest';

type StepResult = { name: string; ok: boolean; details: string[]; milliseconds: number };

async function timed(
  name: string,
  run: () => Promise<{ ok: boolean; details: string[] }> | { ok: boolean; details: string[] },
): Promise<StepResult> {
  const started = performance.now();
  try {
    const result = await run();
    return { name, ...result, milliseconds: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name, ok: false, details: [message], milliseconds: performance.now() - started };
  }
}

function parseArguments(argv: readonly string[]): {
  manifestPath: string;
  assetRoot: string;
  origin: string;
} {
  const options = { manifestPath: 'manifest.xml', assetRoot: '', origin: developmentOrigin };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--asset-root') options.assetRoot = argv[++index] ?? '';
    else if (argument === '--origin') options.origin = argv[++index] ?? developmentOrigin;
    else options.manifestPath = argument;
  }
  options.manifestPath = path.resolve(options.manifestPath);
  options.assetRoot = path.resolve(options.assetRoot || path.dirname(options.manifestPath));
  return options;
}

export async function validateManifestFile(
  manifestPath: string,
  assetRoot: string,
  origin: string,
): Promise<StepResult[]> {
  const xml = readFileSync(manifestPath, 'utf8');
  const results: StepResult[] = [];
  const wellFormed = await timed('well-formed XML', () => {
    const result = checkWellFormed(xml);
    return result.ok
      ? { ok: true, details: [] }
      : { ok: false, details: [`line ${result.line}, column ${result.column}: ${result.message}`] };
  });
  results.push(wellFormed);
  if (!wellFormed.ok) return results;

  results.push(
    await timed('structure (ids, resids, icons, https, ribbon, pinning)', () => {
      const report = checkManifestStructure(xml, { assetRoot, origin });
      const { facts } = report;
      const summary = `${facts.surfaces.length} surfaces, ${facts.buttons} buttons, ${facts.iconFiles} icon files, ${facts.resids} resids, ${facts.urls} URLs`;
      return {
        ok: report.issues.length === 0,
        details: [summary, ...report.issues.map((issue) => `[${issue.code}] ${issue.message}`)],
      };
    }),
  );

  const outDir = mkdtempSync(path.join(tmpdir(), 'unified-manifest-'));
  try {
    let jsonPath = '';
    const conversion = await timed(
      'convert to unified manifest (office-addin-manifest-converter)',
      async () => {
        jsonPath = await convertToUnifiedManifest(manifestPath, outDir);
        return { ok: true, details: [] };
      },
    );
    results.push(conversion);
    if (conversion.ok) {
      results.push(
        await timed('unified manifest schema (office-addin-manifest validate, offline)', async () => {
          const validation = await validateUnifiedManifest(jsonPath);
          return { ok: validation.valid, details: [`schema ${validation.schema}`, ...validation.errors] };
        }),
      );
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return results;
}

async function main(): Promise<void> {
  const { manifestPath, assetRoot, origin } = parseArguments(process.argv.slice(2));
  const started = performance.now();
  const results = await validateManifestFile(manifestPath, assetRoot, origin);
  console.log(`Validating ${path.relative(process.cwd(), manifestPath) || manifestPath} (offline)`);
  for (const result of results) {
    console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name}  (${Math.round(result.milliseconds)} ms)`);
    for (const detail of result.details) console.log(`      ${detail}`);
  }
  const failed = results.filter((result) => !result.ok).length;
  const total = Math.round(performance.now() - started);
  console.log(
    failed === 0
      ? `Manifest valid: ${results.length} checks passed in ${total} ms.`
      : `Manifest invalid: ${failed} of ${results.length} checks failed.`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}

if (require.main === module) void main();
