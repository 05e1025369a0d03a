import { Body1, Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AuditDecision, AuditEntry } from '../../agent';
import type { Conversation } from '../chat/conversation';
import { useConversationState } from '../chat/useConversationState';
import { useStrings } from '../i18n';
import { AreaIcon } from './area-icon';
import { humanizeToolName } from './tool-wording';

const DECISIONS: readonly AuditDecision[] = [
  'auto',
  'approved',
  'edited',
  'denied',
  'disabled',
  'invalid',
  'unknown',
  'cancelled',
];

const useStyles = makeStyles({
  root: {
    flexGrow: 1,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function outcomeText(entry: AuditEntry, strings: ReturnType<typeof useStrings>): string {
  const outcome = strings.activity.outcome[entry.outcome.status] ?? entry.outcome.status;
  return entry.outcome.status === 'error' ? `${outcome} (${entry.outcome.code})` : outcome;
}

/** The audit log of the conversation: filter by decision, export as JSON, undo where a result allows it. */
export function ActivityView({ conversation }: { conversation: Conversation }) {
  const styles = useStyles();
  const strings = useStrings();
  const state = useConversationState(conversation);
  const [filter, setFilter] = useState<AuditDecision | 'all'>('all');
  const entries = [...conversation.session.audit.entries()].reverse();
  const shown = filter === 'all' ? entries : entries.filter((entry) => entry.decision === filter);
  const undoFor = (toolCallId: string) => {
    const line = state.entries.find((entry) => entry.id === toolCallId);
    return line?.kind === 'tool' ? line.undo : undefined;
  };

  const exportJson = () => {
    const blob = new Blob([conversation.session.audit.exportJson()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `outlook-agent-activity-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <main className={styles.root} aria-label={strings.activity.title}>
      <div className={styles.controls}>
        <Field label={strings.activity.filter}>
          <Select value={filter} onChange={(_event, data) => setFilter(data.value as AuditDecision | 'all')}>
            <option value="all">{strings.activity.all}</option>
            {DECISIONS.map((decision) => (
              <option key={decision} value={decision}>
                {strings.activity.decisions[decision]}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<ArrowDownloadRegular />} disabled={entries.length === 0} onClick={exportJson}>
          {strings.activity.export}
        </Button>
      </div>
      {shown.length === 0 ? (
        <Body1 className={styles.muted}>{strings.activity.empty}</Body1>
      ) : (
        <ol className={styles.list}>
          {shown.map((entry) => {
            const undo = undoFor(entry.toolCallId);
            return (
              <li key={`${entry.toolCallId}:${entry.time}`} className={styles.entry}>
                <div className={styles.line}>
                  <AreaIcon toolName={entry.tool} className={styles.muted} />
                  <Body1>{humanizeToolName(entry.tool)}</Body1>
                </div>
                <Caption1 className={styles.muted}>
                  {`${new Date(entry.time).toLocaleString()} · ${strings.activity.decisions[entry.decision] ?? entry.decision} · ${outcomeText(entry, strings)}`}
                </Caption1>
                {entry.reasons?.map((reason) => (
                  <Caption1 key={reason} className={styles.muted}>
                    {reason}
                  </Caption1>
                ))}
                {undo && undo.state !== 'done' && (
                  <div>
                    <Button
                      size="small"
                      icon={<ArrowUndoRegular />}
                      disabled={undo.state === 'running'}
                      onClick={() => void conversation.undo(entry.toolCallId)}
                    >
                      {`${strings.tools.undo}: ${undo.label}`}
                    </Button>
                  </div>
                )}
                {undo?.state === 'done' && (
                  <Caption1 className={styles.muted}>{undo.message ?? strings.tools.undone}</Caption1>
                )}
                {undo?.state === 'failed' && (
                  <Caption1 className={styles.error}>{strings.tools.undoFailed(undo.message ?? '')}</Caption1>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}

export default ActivityView;
