/**
 * manifest.xml names the development origin (https://localhost:3000/) everywhere; a production build emits a
 * copy with its own origin instead. Other hosts (the sign-in authority in AppDomains) are left alone.
 */
import { defaultOrigin } from './structure-context';
import { ManifestToolError } from './errors';

export { defaultOrigin as developmentOrigin };

/** `https://host[:port]/[path/]` with exactly one trailing slash; throws `invalid-origin` for anything else. */
export function normalizeOrigin(origin: string): string {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch (error) {
    throw new ManifestToolError(
      'invalid-origin',
      `"${origin}" is not an absolute URL; give e.g. https://addin.example.com/.`,
      { cause: error },
    );
  }
  if (parsed.protocol !== 'https:') {
    throw new ManifestToolError(
      'invalid-origin',
      `"${origin}" is not https; Outlook loads add-ins over https only.`,
    );
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new ManifestToolError(
      'invalid-origin',
      `"${origin}" must be a plain origin or base path, without query, fragment or credentials.`,
    );
  }
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/**
 * The manifest with every URL under the development origin moved to `origin` (which may include a base path,
 * e.g. https://contoso.com/outlook-agent/). The development origin without its slash (as an AppDomain would
 * write it) is replaced too.
 */
export function substituteManifestUrls(xml: string, origin: string): string {
  const target = normalizeOrigin(origin);
  const withSlash = xml.split(defaultOrigin).join(target);
  const bareDevelopment = defaultOrigin.slice(0, -1);
  // Only a bare origin that ends there (quote, tag, whitespace) — never a longer host such as localhost:30000.
  return withSlash.replace(
    new RegExp(`${bareDevelopment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=["'<\\s])`, 'g'),
    target.slice(0, -1),
  );
}
