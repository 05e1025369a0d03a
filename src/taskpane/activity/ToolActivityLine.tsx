import { Button, Caption1, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowUndoRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  ErrorCircleRegular,
} from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { downloadOfferIn, saveDownload } from '../chat/file-download';
import type { TranscriptEntry } from '../chat/transcript';
import { useStrings } from '../i18n';
import { AreaIcon } from './area-icon';
import { describeToolCall, describeToolError } from './tool-wording';

const RESULT_PREVIEW_LENGTH = 2000;
const UNTRUSTED_FENCE = /<<\/?untrusted:[a-z0-9]+>>/giu;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  failed: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  toggle: {
    minWidth: 0,
    flexShrink: 1,
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
  },
  label: { overflow: 'hidden', textOverflow: 'ellipsis' },
  icon: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  details: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '240px',
    overflowY: 'auto',
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  undoNote: { color: tokens.colorNeutralForeground3 },
});

export type ToolActivityLineProps = {
  entry: Extract<TranscriptEntry, { kind: 'tool' }>;
  /** Whether a card for this call is waiting for the user. */
  awaitingApproval?: boolean;
  onUndo?: (toolCallId: string) => void;
};

function pretty(value: unknown): string {
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2) ?? '';
}

/** One tool call as a compact line (area icon, words, state) that expands to its arguments and result. */
export function ToolActivityLine({ entry, awaitingApproval = false, onUndo }: ToolActivityLineProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const label = describeToolCall(entry, strings);
  // The model sees untrusted spans fenced with per-session delimiters; people do not need the fences.
  const result = (entry.content ?? '').replace(UNTRUSTED_FENCE, '');
  const download = entry.status === 'done' ? downloadOfferIn(entry.content) : undefined;
  return (
    <li className={mergeClasses(styles.root, entry.status === 'failed' && styles.failed)}>
      <div className={styles.line}>
        <Button
          appearance="transparent"
          size="small"
          className={styles.toggle}
          icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded(!expanded)}
        >
          <AreaIcon toolName={entry.toolName} className={styles.icon} />
          <span className={styles.label}>{label}</span>
        </Button>
        {entry.status === 'running' && (
          <Spinner
            size="extra-tiny"
            label={awaitingApproval ? strings.tools.waiting : strings.tools.running}
            labelPosition="after"
          />
        )}
        {entry.status === 'failed' && (
          <ErrorCircleRegular aria-label={strings.tools.failed} className={styles.error} />
        )}
      </div>
      {entry.status === 'failed' && (
        <Caption1 className={styles.error}>{describeToolError(entry, strings)}</Caption1>
      )}
      {download && (
        <div className={styles.line}>
          <Button size="small" icon={<ArrowDownloadRegular />} onClick={() => saveDownload(download)}>
            {strings.tools.download(download.fileName)}
          </Button>
        </div>
      )}
      {entry.undo && (
        <div className={styles.line}>
          {entry.undo.state === 'done' ? (
            <Caption1 className={styles.undoNote}>{entry.undo.message ?? strings.tools.undone}</Caption1>
          ) : (
            <Button
              size="small"
              icon={<ArrowUndoRegular />}
              disabled={entry.undo.state === 'running' || onUndo === undefined}
              onClick={() => onUndo?.(entry.id)}
            >
              {`${strings.tools.undo}: ${entry.undo.label}`}
            </Button>
          )}
          {entry.undo.state === 'failed' && (
            <Caption1 className={styles.error} role="alert">
              {strings.tools.undoFailed(entry.undo.message ?? '')}
            </Caption1>
          )}
        </div>
      )}
      {expanded && (
        <div id={detailsId} role="group" aria-label={strings.tools.details(entry.toolName)}>
          <Caption1 className={styles.heading}>{strings.tools.arguments}</Caption1>
          <pre className={styles.details}>{pretty(entry.args)}</pre>
          {result !== '' && (
            <>
              <Caption1 className={styles.heading}>{strings.tools.result}</Caption1>
              <pre className={styles.details}>
                {result.length > RESULT_PREVIEW_LENGTH
                  ? `${result.slice(0, RESULT_PREVIEW_LENGTH)}…`
                  : pretty(result)}
              </pre>
            </>
          )}
        </div>
      )}
    </li>
  );
}
