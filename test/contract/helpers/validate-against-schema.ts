/**
 * `validateAgainstSchema(openapiPath, method, status, body)`: validates a response body against the response schema
 * the OpenAPI subset declares for that operation and status (exact status, else `2XX`/`4XX`/`5XX`, else default).
 * OpenAPI 3.0 specifics are translated for ajv: `nullable` → a `null` type, discriminators dropped (the declared
 * type is checked), vendor `x-` keywords ignored, OData formats (int64, base64url, …) registered.
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { loadOpenApi, OPENAPI_PATH } from './contract-paths';

export interface SchemaValidation {
  valid: boolean;
  /** Human-readable ajv errors (`/value/0/subject must be string`). */
  errors: string[];
  /** The schema reference that was used, or why none was found. */
  schema: string;
}

type Json = Record<string, unknown>;

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  const source = node as Json;
  const result: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'discriminator' || key === 'nullable' || key.startsWith('x-') || key === 'example') continue;
    result[key] = convert(value);
  }
  if (source.nullable === true) {
    if (typeof source.type === 'string') result.type = [source.type, 'null'];
    else if (!source.type) return { anyOf: [result, { type: 'null' }] };
    if (Array.isArray(source.enum)) result.enum = [...source.enum, null];
  }
  return result;
}

const validators = new Map<string, { ajv: Ajv; compiled: Map<string, ValidateFunction> }>();

function ajvFor(openapiPath: string): { ajv: Ajv; compiled: Map<string, ValidateFunction> } {
  let entry = validators.get(openapiPath);
  if (!entry) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    for (const format of [
      'int16',
      'int32',
      'int64',
      'double',
      'float',
      'base64url',
      'binary',
      'duration',
      'uuid',
      'time',
    ]) {
      if (!ajv.formats[format]) ajv.addFormat(format, true);
    }
    // Graph's `time` values carry 7 fractional digits ("08:30:00.0000000"); `duration` is ISO 8601.
    ajv.addFormat('time', /^\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/);
    ajv.addSchema({ $id: 'openapi', components: convert(loadOpenApi(openapiPath).components) });
    entry = { ajv, compiled: new Map() };
    validators.set(openapiPath, entry);
  }
  return entry;
}

function responseSchemaRef(
  openapiPath: string,
  templatePath: string,
  method: string,
  status: number,
): string | undefined {
  const document = loadOpenApi(openapiPath);
  const operation = document.paths[templatePath]?.[method.toLowerCase()] as
    { responses?: Record<string, unknown> } | undefined;
  if (!operation?.responses) return undefined;
  const responses = operation.responses;
  let response = (responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default) as
    Json | undefined;
  if (response && typeof response.$ref === 'string') {
    const name = (response.$ref as string).split('/').pop() as string;
    response = (document.components.responses as Json)[name] as Json;
  }
  const schema = ((response?.content as Json | undefined)?.['application/json'] as Json | undefined)
    ?.schema as Json | undefined;
  if (!schema) return undefined;
  if (typeof schema.$ref === 'string') return `openapi${schema.$ref}`;
  return JSON.stringify(schema);
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) =>
      `${error.instancePath || '(root)'} ${error.message ?? ''}${error.params && 'allowedValues' in error.params ? ` ${JSON.stringify(error.params.allowedValues)}` : ''}`,
  );
}

/**
 * @param openapiPath the OpenAPI template, e.g. `/me/messages/{message-id}`
 * @param specPath the OpenAPI document (defaults to the shared subset)
 */
export function validateAgainstSchema(
  openapiPath: string,
  method: string,
  status: number,
  body: unknown,
  specPath = OPENAPI_PATH,
): SchemaValidation {
  const reference = responseSchemaRef(specPath, openapiPath, method, status);
  if (!reference)
    return {
      valid: false,
      errors: [`No JSON response schema for ${method.toUpperCase()} ${openapiPath} ${status}.`],
      schema: 'none',
    };
  const { ajv, compiled } = ajvFor(specPath);
  let validate = compiled.get(reference);
  if (!validate) {
    const schema = reference.startsWith('openapi#')
      ? { $ref: reference }
      : // Inline (action) schemas point into the document's components: resolve them against the `openapi` schema.
        {
          ...(convert(JSON.parse(reference.replaceAll('"#/components', '"openapi#/components'))) as Json),
          $id: undefined,
        };
    validate = ajv.compile(schema);
    compiled.set(reference, validate);
  }
  const valid = validate(body) as boolean;
  return {
    valid,
    errors: describe(validate.errors),
    schema: reference.startsWith('openapi#') ? reference : 'inline',
  };
}
