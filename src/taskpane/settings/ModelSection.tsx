import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ConnectionVerdict, PaneRuntime } from '../../runtime/types';
import { llmProviderKinds, type LlmSettings } from '../../settings/schema';
import { useStrings } from '../i18n';
import { useSettingsStyles } from './useSettingsStyles.styles';

export type ModelSectionProps = {
  value: LlmSettings;
  onChange: (next: LlmSettings) => void;
  /** Present once the runtime has loaded; Test connection waits for it. */
  runtime?: PaneRuntime;
};

function optionalNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The LLM endpoint: provider, base URL, model, key (device by default), temperature, output limit. */
export function ModelSection({ value, onChange, runtime }: ModelSectionProps) {
  const styles = useSettingsStyles();
  const strings = useStrings();
  const [testing, setTesting] = useState(false);
  const [verdict, setVerdict] = useState<ConnectionVerdict | undefined>(undefined);
  const set = (patch: Partial<LlmSettings>) => {
    setVerdict(undefined);
    onChange({ ...value, ...patch });
  };

  const test = async () => {
    if (!runtime) return;
    setTesting(true);
    try {
      setVerdict(await runtime.testConnection(value));
    } finally {
      setTesting(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="settings-model">
      <Subtitle2 as="h2" id="settings-model" className={styles.heading}>
        {strings.settings.model}
      </Subtitle2>
      <Field label={strings.settings.kind}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={value.kind}
          onChange={(_event, data) => set({ kind: data.value as LlmSettings['kind'] })}
        >
          {llmProviderKinds.map((kind) => (
            <option key={kind} value={kind}>
              {strings.settings.kinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.settings.baseUrl}>
        <Input
          type="url"
          value={value.baseUrl}
          placeholder="https://api.openai.com/v1"
          onChange={(_event, data) => set({ baseUrl: data.value.trim() })}
        />
      </Field>
      <Field label={strings.settings.modelName}>
        <Input value={value.model} onChange={(_event, data) => set({ model: data.value.trim() })} />
      </Field>
      <Field label={strings.settings.apiKey} hint={strings.settings.apiKeyHint}>
        <Input
          type="password"
          autoComplete="off"
          value={value.apiKey ?? ''}
          onChange={(_event, data) => set({ apiKey: data.value || undefined })}
        />
      </Field>
      <Checkbox
        label={strings.settings.apiKeyRoaming}
        checked={value.apiKeyStorage === 'roaming'}
        onChange={(_event, data) => set({ apiKeyStorage: data.checked ? 'roaming' : 'device' })}
      />
      <div className={styles.row}>
        <Field label={strings.settings.temperature}>
          <Input
            type="number"
            min={0}
            max={2}
            step={0.1}
            value={value.temperature === undefined ? '' : String(value.temperature)}
            onChange={(_event, data) => set({ temperature: optionalNumber(data.value) })}
          />
        </Field>
        <Field label={strings.settings.maxTokens}>
          <Input
            type="number"
            min={64}
            max={200000}
            value={String(value.maxOutputTokens)}
            onChange={(_event, data) =>
              set({ maxOutputTokens: optionalNumber(data.value) ?? value.maxOutputTokens })
            }
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Button disabled={!runtime || testing} onClick={() => void test()}>
          {testing ? strings.settings.testing : strings.settings.testConnection}
        </Button>
        {testing && <Spinner size="tiny" aria-label={strings.settings.testing} />}
        {verdict && <Caption1 className={styles.hint}>{`${verdict.latencyMs} ms`}</Caption1>}
      </div>
      {verdict && (
        <MessageBar intent={verdict.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>{verdict.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
