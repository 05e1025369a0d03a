/**
 * The manifest tooling's public surface, for the build and for `npm run validate`.
 *
 * From webpack.config.js (CommonJS, no TypeScript loader): load it through tsx's require hook,
 *   const { require: tsxRequire } = require('tsx/cjs/api');
 *   const manifest = tsxRequire('./scripts/manifest/index.ts', __filename);
 */
export { substituteManifestUrls, normalizeOrigin, developmentOrigin } from './substitute-urls';
export {
  convertToUnifiedManifest,
  validateUnifiedManifest,
  bundledSchemaFile,
  type UnifiedValidation,
} from './unified-manifest';
export {
  checkManifestStructure,
  expectedRibbon,
  type StructureOptions,
  type StructureReport,
  type StructureIssue,
} from './structure';
export { checkWellFormed } from './xml-tree';
export { ManifestToolError, isManifestToolError, type ManifestToolErrorCode } from './errors';
