import { Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { PaneRuntime } from '../../runtime/types';
import type { Settings } from '../../settings/schema';
import { useStrings } from '../i18n';
import { AccountSection } from './AccountSection';
import { ModelSection } from './ModelSection';
import { PermissionsSection } from './PermissionsSection';
import { useSettingsStyles } from './useSettingsStyles.styles';

export type SettingsSection = 'model' | 'permissions' | 'account';

export type SettingsViewProps = {
  settings: Settings;
  /** Validates and stores; rejects with a user-facing message. */
  onSave: (settings: Settings) => Promise<void>;
  runtime?: PaneRuntime;
  /** The section to scroll to on open. */
  section?: SettingsSection;
  /** Why the view opened (e.g. a ribbon preset that needs a model). */
  notice?: string;
};

type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

/** The add-in's settings: model endpoint, permissions, account, and what leaves the device. */
export default function SettingsView({ settings, onSave, runtime, section, notice }: SettingsViewProps) {
  const styles = useSettingsStyles();
  const strings = useStrings();
  const [draft, setDraft] = useState<Settings>(() => structuredClone(settings));
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const root = useRef<HTMLDivElement>(null);
  const edit = (next: Settings) => {
    setDraft(next);
    setSave({ status: 'idle' });
  };

  useEffect(() => {
    if (!section) return;
    const heading = root.current?.querySelector<HTMLElement>(`#settings-${section}`);
    if (heading && typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
  }, [section]);

  const submit = async () => {
    setSave({ status: 'saving' });
    try {
      await onSave(draft);
      setSave({ status: 'saved' });
    } catch (error) {
      setSave({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main className={styles.root} aria-label={strings.settings.title}>
      <div className={styles.form} ref={root}>
        {notice && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        <ModelSection value={draft.llm} runtime={runtime} onChange={(llm) => edit({ ...draft, llm })} />
        <PermissionsSection
          permissions={draft.permissions}
          undoSendSeconds={draft.agent.undoSendSeconds}
          onChange={(permissions) => edit({ ...draft, permissions })}
          onUndoSendChange={(undoSendSeconds) =>
            edit({ ...draft, agent: { ...draft.agent, undoSendSeconds } })
          }
        />
        <AccountSection
          value={draft.account}
          runtime={runtime}
          onChange={(account) => edit({ ...draft, account })}
        />
        <section className={styles.section} aria-labelledby="settings-privacy">
          <Subtitle2 as="h2" id="settings-privacy" className={styles.heading}>
            {strings.settings.privacy}
          </Subtitle2>
          <ul className={styles.notes}>
            {strings.settings.privacyNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className={styles.footer}>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={save.status === 'saving'} onClick={() => void submit()}>
            {save.status === 'saving' ? strings.settings.saving : strings.settings.save}
          </Button>
          <Button disabled={save.status === 'saving'} onClick={() => edit(structuredClone(settings))}>
            {strings.settings.discard}
          </Button>
        </div>
        {save.status === 'saved' && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{strings.settings.saved}</MessageBarBody>
          </MessageBar>
        )}
        {save.status === 'failed' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{strings.settings.invalid(save.message)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </main>
  );
}
