import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PendingApproval } from '../../agent';
import type { SendCountdown } from '../chat/conversation';
import { useStrings } from '../i18n';
import { ApprovalCard } from './ApprovalCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  bulk: { display: 'flex', justifyContent: 'flex-end' },
});

export type ApprovalListProps = {
  approvals: readonly PendingApproval[];
  countdown?: SendCountdown;
  errors: Readonly<Record<string, string>>;
  busy: boolean;
  onApprove: (id: string, editedArgs?: Record<string, unknown>) => void;
  onDeny: (id: string, reason?: string) => void;
  onApproveAll: () => void;
  onCancelSend: () => void;
  onOpenSettings: () => void;
};

/** The actions of the current step waiting for the user, with "Approve all" and the undo-send countdown. */
export function ApprovalList(props: ApprovalListProps) {
  const styles = useStyles();
  const strings = useStrings();
  const { approvals, countdown } = props;
  if (approvals.length === 0 && !countdown) return null;
  const disabled = props.busy || countdown !== undefined;
  return (
    <section className={styles.root} aria-label={strings.approvals.region}>
      {countdown && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.approvals.sendCountdown(countdown.secondsLeft)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={props.onCancelSend}>
              {strings.approvals.cancelSend}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {approvals.length > 1 && (
        <div className={styles.bulk}>
          <Button appearance="primary" disabled={disabled} onClick={props.onApproveAll}>
            {strings.approvals.approveAll(approvals.length)}
          </Button>
        </div>
      )}
      {approvals.map((approval) => (
        <ApprovalCard
          key={approval.id}
          approval={approval}
          error={props.errors[approval.id]}
          disabled={disabled}
          onApprove={props.onApprove}
          onDeny={props.onDeny}
          onOpenSettings={props.onOpenSettings}
        />
      ))}
    </section>
  );
}
