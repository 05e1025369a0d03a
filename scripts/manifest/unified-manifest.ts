/**
 * The XML manifest as a unified (JSON) manifest, and that manifest's schema validation, both offline.
 *
 * Conversion: office-addin-manifest-converter (Microsoft's converter, run in-process; it downloads nothing
 * unless asked to fetch icons, which we never do). Validation: office-addin-manifest's validateManifest, which
 * for a .json file checks it against the JSON schemas bundled in @microsoft/app-manifest. That package falls back
 * to fetching the schema named in `$schema` when it has no local copy, so we refuse such a manifest up front
 * and block fetch while validating: validation never touches the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { convert } from 'office-addin-manifest-converter';
import { validateManifest } from 'office-addin-manifest';
import { ManifestToolError } from './errors';

export type UnifiedValidation = { valid: boolean; errors: string[]; schema: string };

/**
 * Converts the XML manifest at `xmlPath` into `outDir/manifest.json` and returns that path. The icons it
 * references keep their relative paths (assets/…), which dist/ provides next to dist/manifest.json.
 */
export async function convertToUnifiedManifest(xmlPath: string, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  try {
    await convert(path.resolve(xmlPath), path.resolve(outDir), false, undefined, undefined, false);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ManifestToolError(
      'manifest-conversion-failed',
      `office-addin-manifest-converter could not convert ${xmlPath}: ${reason}`,
      {
        cause: error,
      },
    );
  }
  const jsonPath = path.join(outDir, 'manifest.json');
  if (!existsSync(jsonPath)) {
    throw new ManifestToolError(
      'manifest-conversion-failed',
      `office-addin-manifest-converter wrote no manifest.json into ${outDir}.`,
    );
  }
  return jsonPath;
}

const schemaHost = 'https://developer.microsoft.com/';

/** The bundled copy of a unified-manifest schema URL, or undefined when the package has none. */
export function bundledSchemaFile(schemaUrl: string): string | undefined {
  const manifestPackage = path.dirname(require.resolve('office-addin-manifest/package.json'));
  const appManifestPackage = path.dirname(
    require.resolve('@microsoft/app-manifest/package.json', { paths: [manifestPackage] }),
  );
  const withoutFragment = schemaUrl.split('#')[0];
  if (!withoutFragment.startsWith(`${schemaHost}json-schemas/teams/`)) return undefined;
  // Same mapping as @microsoft/app-manifest's getLocalSchemaSuffix: the URL path under build/.
  const file = path.join(appManifestPackage, 'build', ...withoutFragment.slice(schemaHost.length).split('/'));
  return existsSync(file) ? file : undefined;
}

async function withoutNetwork<T>(run: () => Promise<T>): Promise<T> {
  const original = globalThis.fetch;
  globalThis.fetch = () =>
    Promise.reject(new Error('Network access is blocked during offline manifest validation.'));
  try {
    return await run();
  } finally {
    globalThis.fetch = original;
  }
}

/** Validates a unified manifest against its bundled JSON schema (`office-addin-manifest validate`, offline). */
export async function validateUnifiedManifest(jsonPath: string): Promise<UnifiedValidation> {
  let schema: unknown;
  try {
    schema = (JSON.parse(readFileSync(jsonPath, 'utf8')) as { $schema?: unknown }).$schema;
  } catch (error) {
    throw new ManifestToolError(
      'unified-manifest-unreadable',
      `${jsonPath} is not readable JSON: ${String(error)}`,
      { cause: error },
    );
  }
  if (typeof schema !== 'string' || !bundledSchemaFile(schema)) {
    throw new ManifestToolError(
      'schema-not-bundled',
      `${jsonPath} names $schema ${JSON.stringify(schema)}, which @microsoft/app-manifest does not bundle; offline validation needs a bundled schema.`,
    );
  }
  let validation: Awaited<ReturnType<typeof validateManifest>>;
  try {
    validation = await withoutNetwork(() => validateManifest(jsonPath));
  } catch (error) {
    // The library throws when the JSON does not even map onto its manifest types (a required key missing).
    const reason = error instanceof Error ? error.message : String(error);
    return { valid: false, errors: [reason], schema };
  }
  const errors = (validation.report?.errors ?? []).map(
    (issue) => issue.content ?? issue.title ?? 'unknown error',
  );
  return { valid: validation.isValid, errors, schema };
}
