import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { PaneRuntime, SignedInUser } from '../../runtime/types';
import { graphClouds, type Settings } from '../../settings/schema';
import { useStrings } from '../i18n';
import { useSettingsStyles } from './useSettingsStyles.styles';

type Account = Settings['account'];
type UserState =
  | { status: 'unknown' }
  | { status: 'loading' }
  | { status: 'signed-in'; user: SignedInUser }
  | { status: 'signed-out' }
  | { status: 'error'; message: string };

export type AccountSectionProps = {
  value: Account;
  onChange: (next: Account) => void;
  runtime?: PaneRuntime;
};

function userMessage(error: unknown): string {
  if (
    error &&
    typeof error === 'object' &&
    typeof (error as { userMessage?: unknown }).userMessage === 'string'
  )
    return (error as { userMessage: string }).userMessage;
  return error instanceof Error ? error.message : String(error);
}

/** Who is signed in (GET /me), sign in and out, and where Graph and sign-in live. */
export function AccountSection({ value, onChange, runtime }: AccountSectionProps) {
  const styles = useSettingsStyles();
  const strings = useStrings();
  const [user, setUser] = useState<UserState>({ status: 'unknown' });
  const set = (patch: Partial<Account>) => onChange({ ...value, ...patch });

  const check = useCallback(async () => {
    if (!runtime) return;
    setUser({ status: 'loading' });
    try {
      setUser({ status: 'signed-in', user: await runtime.signedInUser() });
    } catch (error) {
      setUser({ status: 'error', message: userMessage(error) });
    }
  }, [runtime]);

  // The simulator signs in silently; a real account waits for the user (sign-in may show the host's UI).
  useEffect(() => {
    if (runtime?.signInKind() === 'simulator') void check();
  }, [runtime, check]);

  const signOut = async () => {
    if (!runtime) return;
    try {
      await runtime.signOut();
      setUser({ status: 'signed-out' });
    } catch (error) {
      setUser({ status: 'error', message: userMessage(error) });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="settings-account">
      <Subtitle2 as="h2" id="settings-account" className={styles.heading}>
        {strings.settings.account}
      </Subtitle2>
      <div className={styles.row} role="status">
        {user.status === 'loading' && <Spinner size="tiny" label={strings.settings.checkingAccount} />}
        {user.status === 'signed-in' && (
          <Body1>
            {strings.settings.signedInAs(
              user.user.displayName ? `${user.user.displayName} (${user.user.address})` : user.user.address,
            )}
          </Body1>
        )}
        {(user.status === 'unknown' || user.status === 'signed-out') && (
          <Body1>
            {user.status === 'signed-out' ? strings.settings.signedOut : strings.settings.notSignedIn}
          </Body1>
        )}
      </div>
      {user.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{user.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        {user.status === 'signed-in' ? (
          <Button onClick={() => void signOut()}>{strings.settings.signOut}</Button>
        ) : (
          <Button disabled={!runtime || user.status === 'loading'} onClick={() => void check()}>
            {strings.settings.signIn}
          </Button>
        )}
      </div>
      <Field label={strings.settings.cloud}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={value.cloud}
          onChange={(_event, data) => set({ cloud: data.value as Account['cloud'] })}
        >
          {graphClouds.map((cloud) => (
            <option key={cloud} value={cloud}>
              {strings.settings.clouds[cloud]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.settings.graphBaseUrl}>
        <Input
          type="url"
          value={value.graphBaseUrl}
          onChange={(_event, data) => set({ graphBaseUrl: data.value.trim() })}
        />
      </Field>
      <Field label={strings.settings.clientId}>
        <Input value={value.clientId} onChange={(_event, data) => set({ clientId: data.value.trim() })} />
      </Field>
      <Field label={strings.settings.tenant}>
        <Input value={value.tenant} onChange={(_event, data) => set({ tenant: data.value.trim() })} />
      </Field>
    </section>
  );
}
