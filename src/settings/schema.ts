import { z } from 'zod';
import { DEFAULT_POLICIES, PERMISSION_POLICIES, type PermissionCategory } from '../permissions/categories';

/** Bump when the stored shape changes; `migrate.ts` upgrades older versions. */
export const SETTINGS_VERSION = 1;

const policy = z.enum(PERMISSION_POLICIES);

export const llmProviderKinds = ['openai-compatible', 'azure-openai', 'anthropic'] as const;
export type LlmProviderKind = (typeof llmProviderKinds)[number];

export const llmSettingsSchema = z.object({
  kind: z.enum(llmProviderKinds).default('openai-compatible'),
  /** e.g. https://api.openai.com/v1, http://localhost:11434/v1, https://RESOURCE.openai.azure.com/openai/v1, https://api.anthropic.com/v1 */
  baseUrl: z.string().default(''),
  model: z.string().default(''),
  /** Where the API key lives: on this device only (default) or in roaming settings (user opted in). */
  apiKeyStorage: z.enum(['device', 'roaming']).default('device'),
  /** Only present here when apiKeyStorage is 'roaming'; otherwise kept in device storage. */
  apiKey: z.string().optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxOutputTokens: z.number().int().min(64).max(200000).default(4096),
  headers: z.record(z.string(), z.string()).default({}),
  /** Azure OpenAI: deployment-style URLs need an api-version; the v1 endpoint does not. */
  azureApiVersion: z.string().optional(),
  azureDeployment: z.string().optional(),
});

export const graphClouds = ['global', 'usgov-l4', 'usgov-l5', 'china', 'custom'] as const;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  llm: llmSettingsSchema.default(() => llmSettingsSchema.parse({})),
  permissions: z
    .object({
      policies: z
        .object({ read: policy, draft: policy, organize: policy, send: policy, delete: policy })
        .default(() => ({ ...DEFAULT_POLICIES })),
      areas: z
        .object({
          mail: z.boolean(),
          calendar: z.boolean(),
          onedrive: z.boolean(),
          onenote: z.boolean(),
          todo: z.boolean(),
        })
        .default(() => ({ mail: true, calendar: true, onedrive: true, onenote: true, todo: true })),
    })
    .default(() => ({
      policies: { ...DEFAULT_POLICIES },
      areas: { mail: true, calendar: true, onedrive: true, onenote: true, todo: true },
    })),
  account: z
    .object({
      clientId: z.string().default(''),
      /** common | organizations | consumers | tenant id or domain */
      tenant: z.string().default('common'),
      cloud: z.enum(graphClouds).default('global'),
      authorityHost: z.string().default('https://login.microsoftonline.com'),
      graphBaseUrl: z.string().default('https://graph.microsoft.com/v1.0'),
    })
    .default(() => ({
      clientId: '',
      tenant: 'common',
      cloud: 'global' as const,
      authorityHost: 'https://login.microsoftonline.com',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    })),
  agent: z
    .object({
      maxSteps: z.number().int().min(1).max(50).default(10),
      maxTurnSeconds: z.number().int().min(10).max(1800).default(300),
      maxTurnTokens: z.number().int().min(1000).max(2_000_000).default(200_000),
      undoSendSeconds: z.number().int().min(0).max(30).default(10),
    })
    .default(() => ({ maxSteps: 10, maxTurnSeconds: 300, maxTurnTokens: 200_000, undoSendSeconds: 10 })),
});

export type Settings = z.infer<typeof settingsSchema>;
export type LlmSettings = z.infer<typeof llmSettingsSchema>;
export type PolicySettings = Settings['permissions']['policies'];

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

export type PolicyFor = (category: PermissionCategory) => z.infer<typeof policy>;
