import { Caption1, Field, Input, Radio, RadioGroup, Subtitle2, Switch } from '@fluentui/react-components';
import {
  NEVER_ALWAYS,
  PERMISSION_CATEGORIES,
  PERMISSION_POLICIES,
  type PermissionPolicy,
} from '../../permissions/categories';
import type { Settings } from '../../settings/schema';
import { useStrings } from '../i18n';
import { useSettingsStyles } from './useSettingsStyles.styles';

const AREAS = ['mail', 'calendar', 'onedrive', 'onenote', 'todo'] as const;

export type PermissionsSectionProps = {
  permissions: Settings['permissions'];
  undoSendSeconds: number;
  onChange: (permissions: Settings['permissions']) => void;
  onUndoSendChange: (seconds: number) => void;
};

/** Categories × Always allow / Needs approval / Disabled (send never Always allow), and areas on/off. */
export function PermissionsSection({
  permissions,
  undoSendSeconds,
  onChange,
  onUndoSendChange,
}: PermissionsSectionProps) {
  const styles = useSettingsStyles();
  const strings = useStrings();
  return (
    <section className={styles.section} aria-labelledby="settings-permissions">
      <Subtitle2 as="h2" id="settings-permissions" className={styles.heading}>
        {strings.settings.permissions}
      </Subtitle2>
      <Caption1 className={styles.hint}>{strings.settings.permissionsHint}</Caption1>
      {PERMISSION_CATEGORIES.map((category) => {
        const locked = NEVER_ALWAYS.has(category);
        return (
          <Field
            key={category}
            className={styles.policy}
            label={strings.categories[category]}
            hint={locked ? strings.settings.sendNeverAlways : undefined}
          >
            <RadioGroup
              layout="horizontal"
              value={permissions.policies[category]}
              onChange={(_event, data) =>
                onChange({
                  ...permissions,
                  policies: { ...permissions.policies, [category]: data.value as PermissionPolicy },
                })
              }
            >
              {PERMISSION_POLICIES.map((policy) => (
                <Radio
                  key={policy}
                  value={policy}
                  label={strings.settings.policies[policy]}
                  disabled={locked && policy === 'always'}
                />
              ))}
            </RadioGroup>
          </Field>
        );
      })}
      <Field label={strings.settings.undoSend}>
        <Input
          type="number"
          min={0}
          max={30}
          value={String(undoSendSeconds)}
          onChange={(_event, data) => {
            const seconds = Number(data.value);
            if (Number.isInteger(seconds) && seconds >= 0 && seconds <= 30) onUndoSendChange(seconds);
          }}
        />
      </Field>
      <Subtitle2 as="h3" className={styles.heading}>
        {strings.settings.areas}
      </Subtitle2>
      {AREAS.map((area) => (
        <Switch
          key={area}
          label={strings.settings.areaNames[area]}
          checked={permissions.areas[area]}
          onChange={(_event, data) =>
            onChange({ ...permissions, areas: { ...permissions.areas, [area]: data.checked } })
          }
        />
      ))}
    </section>
  );
}
