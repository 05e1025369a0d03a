import type { LlmSettings } from '../settings/schema';
import { trimBaseUrl } from './adapter-options';

/** GA api-version used for deployment URLs when the user gives none. */
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';

export interface AzureEndpoint {
  shape: 'v1' | 'deployment';
  /** Base URL to which the SDK appends `/chat/completions`. */
  baseURL: string;
  queryParams?: Record<string, string>;
  /** What goes in the body's `model`: the deployment name (Azure routes by deployment, not model). */
  modelId: string;
}

/**
 * Azure OpenAI has two URL shapes:
 * - v1: `https://RES.openai.azure.com/openai/v1/chat/completions`, deployment name in the body's `model`;
 * - deployment: `https://RES.openai.azure.com/openai/deployments/DEP/chat/completions?api-version=…`.
 * Users paste either the resource root, the v1 URL or a full deployment URL; all are accepted.
 */
export function resolveAzureEndpoint(settings: LlmSettings): AzureEndpoint {
  const url = trimBaseUrl(settings.baseUrl);
  const pasted = /^(.*?)\/openai\/deployments\/([^/?]+)/.exec(url);
  const root = pasted ? pasted[1] : url.replace(/\/openai(\/v1)?$/, '');
  const deployment = settings.azureDeployment?.trim() || (pasted ? decodeURIComponent(pasted[2]) : '');
  if (deployment) {
    return {
      shape: 'deployment',
      baseURL: `${root}/openai/deployments/${encodeURIComponent(deployment)}`,
      queryParams: { 'api-version': settings.azureApiVersion?.trim() || DEFAULT_AZURE_API_VERSION },
      modelId: settings.model.trim() || deployment,
    };
  }
  const apiVersion = settings.azureApiVersion?.trim();
  return {
    shape: 'v1',
    baseURL: `${root}/openai/v1`,
    queryParams: apiVersion ? { 'api-version': apiVersion } : undefined,
    modelId: settings.model.trim(),
  };
}
