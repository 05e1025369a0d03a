/** Failures of the manifest tooling, each with a stable code and a message that says what to do. */
export type ManifestToolErrorCode =
  | 'manifest-not-well-formed'
  | 'manifest-conversion-failed'
  | 'unified-manifest-unreadable'
  | 'schema-not-bundled'
  | 'invalid-origin';

export class ManifestToolError extends Error {
  override readonly name = 'ManifestToolError';
  constructor(
    readonly code: ManifestToolErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isManifestToolError(error: unknown): error is ManifestToolError {
  return error instanceof ManifestToolError;
}
