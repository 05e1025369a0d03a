import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, EditRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { PendingApproval } from '../../agent';
import type { PreviewField } from '../../tools/define-tool';
import { useStrings } from '../i18n';
import { changedArguments, toEditText } from './edit-values';
import { useApprovalCardStyles } from './useApprovalCardStyles.styles';

export type ApprovalCardProps = {
  approval: PendingApproval;
  onApprove: (id: string, editedArgs?: Record<string, unknown>) => void;
  onDeny: (id: string, reason?: string) => void;
  /** Opens the permission settings (the card names the category that asked). */
  onOpenSettings?: () => void;
  /** An error from the last attempt (an invalid edit); the card stays open. */
  error?: string;
  /** Buttons are disabled while the session works or a send counts down. */
  disabled?: boolean;
};

type Mode = 'view' | 'edit' | 'deny';

/** One pending action: its exact effect, who asked for approval and why, and the user's choices. */
export function ApprovalCard({
  approval,
  onApprove,
  onDeny,
  onOpenSettings,
  error,
  disabled = false,
}: ApprovalCardProps) {
  const styles = useApprovalCardStyles();
  const strings = useStrings();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const { preview } = approval;
  const editable = approval.editableArgs.length > 0;
  const category = strings.categories[approval.category] ?? approval.category;

  const startEditing = () => {
    setDrafts(
      Object.fromEntries(approval.editableArgs.map((name) => [name, toEditText(approval.args[name])])),
    );
    setMode('edit');
  };
  const draftFor = (name: string) => drafts[name] ?? toEditText(approval.args[name]);
  const setDraft = (name: string, value: string) => setDrafts({ ...drafts, [name]: value });

  const renderValue = (field: PreviewField) => {
    if (mode === 'edit' && field.editableArg) {
      return (
        <Input
          className={styles.editor}
          aria-label={field.label}
          value={draftFor(field.editableArg)}
          onChange={(_event, data) => setDraft(field.editableArg as string, data.value)}
        />
      );
    }
    if (field.kind === 'recipients' && field.recipients) {
      return (
        <ul className={styles.recipients}>
          {field.recipients.map((recipient) => (
            <li key={recipient.address} className={styles.recipient}>
              <span>{recipient.name ? `${recipient.name} <${recipient.address}>` : recipient.address}</span>
              {recipient.external && (
                <Badge appearance="tint" color="warning" size="small">
                  {strings.approvals.external}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      );
    }
    return field.value;
  };

  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={titleId} className={styles.title}>
          {preview.title}
        </Subtitle2>
        <div className={styles.asks}>
          <Badge
            appearance="outline"
            color={approval.category === 'send' || approval.category === 'delete' ? 'danger' : 'brand'}
          >
            {strings.approvals.asks(category)}
          </Badge>
          {onOpenSettings && (
            <Link as="button" onClick={onOpenSettings}>
              {strings.approvals.changeSetting}
            </Link>
          )}
        </div>
        {approval.reasons.length > 0 && (
          <ul className={styles.reasons}>
            {approval.reasons.map((item) => (
              <li key={item.message}>
                <Caption1>{item.message}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </div>

      {preview.warnings.length > 0 && (
        <div className={styles.warnings} role="group" aria-label={strings.approvals.warnings}>
          {preview.warnings.map((warning) => (
            <MessageBar key={`${warning.code}:${warning.message}`} intent="warning">
              <MessageBarBody>{warning.message}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}

      {(preview.fields.length > 0 || preview.count !== undefined) && (
        <dl className={styles.fields}>
          {preview.fields.map((field) => (
            <div key={`${field.label}:${field.editableArg ?? ''}`} className={styles.fieldRow}>
              <dt className={styles.term}>{field.label}</dt>
              <dd className={styles.value}>{renderValue(field)}</dd>
            </div>
          ))}
          {preview.count !== undefined && (
            <>
              <dt className={styles.term}>#</dt>
              <dd className={styles.value}>{strings.approvals.count(preview.count)}</dd>
            </>
          )}
        </dl>
      )}

      {mode === 'edit' && preview.bodyArg ? (
        <Field label={strings.approvals.body}>
          <Textarea
            resize="vertical"
            rows={6}
            value={draftFor(preview.bodyArg)}
            onChange={(_event, data) => setDraft(preview.bodyArg as string, data.value)}
          />
        </Field>
      ) : (
        preview.body !== undefined && (
          <div className={styles.body} role="group" aria-label={strings.approvals.body}>
            {preview.body}
          </div>
        )
      )}

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{strings.approvals.invalidEdit(error)}</MessageBarBody>
        </MessageBar>
      )}

      {mode === 'deny' ? (
        <>
          <Field label={strings.approvals.reason}>
            <Input value={reason} onChange={(_event, data) => setReason(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={disabled} onClick={() => onDeny(approval.id, reason)}>
              {strings.approvals.denyConfirm}
            </Button>
            <Button onClick={() => setMode('view')}>{strings.approvals.back}</Button>
          </div>
        </>
      ) : (
        <div className={styles.actions}>
          {mode === 'edit' ? (
            <>
              <Button
                appearance="primary"
                icon={<CheckmarkRegular />}
                disabled={disabled}
                onClick={() => {
                  const edits = changedArguments(drafts, approval.args);
                  onApprove(approval.id, Object.keys(edits).length > 0 ? edits : undefined);
                }}
              >
                {strings.approvals.approveEdited}
              </Button>
              <Button onClick={() => setMode('view')}>{strings.approvals.cancelEdit}</Button>
            </>
          ) : (
            <>
              <Button
                appearance="primary"
                icon={<CheckmarkRegular />}
                disabled={disabled}
                onClick={() => onApprove(approval.id)}
              >
                {strings.approvals.approve}
              </Button>
              {editable && (
                <Button icon={<EditRegular />} disabled={disabled} onClick={startEditing}>
                  {strings.approvals.edit}
                </Button>
              )}
              <Button icon={<DismissRegular />} disabled={disabled} onClick={() => setMode('deny')}>
                {strings.approvals.deny}
              </Button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
