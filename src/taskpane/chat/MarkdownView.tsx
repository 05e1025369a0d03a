import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { useStrings } from '../i18n';
import type { MarkdownLabels } from './markdown';
import { openExternal } from './open-link';

type MarkdownModule = typeof import('./markdown');
let loading: Promise<MarkdownModule> | undefined;
/** marked + DOMPurify load on the first answer, not with the pane. */
function loadMarkdown(): Promise<MarkdownModule> {
  loading ??= import(/* webpackChunkName: "markdown" */ './markdown');
  return loading;
}

const useStyles = makeStyles({
  root: {
    overflowWrap: 'anywhere',
    '& p': { marginTop: 0, marginBottom: tokens.spacingVerticalS },
    '& p:last-child': { marginBottom: 0 },
    '& ul, & ol': {
      marginTop: 0,
      marginBottom: tokens.spacingVerticalS,
      paddingLeft: tokens.spacingHorizontalXL,
    },
    '& table': {
      borderCollapse: 'collapse',
      marginBottom: tokens.spacingVerticalS,
      display: 'block',
      overflowX: 'auto',
      maxWidth: '100%',
    },
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      textAlign: 'left',
      verticalAlign: 'top',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3 },
    '& pre': {
      backgroundColor: tokens.colorNeutralBackground3,
      padding: tokens.spacingHorizontalS,
      borderRadius: tokens.borderRadiusMedium,
      overflowX: 'auto',
      fontFamily: tokens.fontFamilyMonospace,
      fontSize: tokens.fontSizeBase200,
    },
    '& code': { fontFamily: tokens.fontFamilyMonospace },
    '& a': { color: tokens.colorBrandForegroundLink },
    '& a:focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    '& blockquote': {
      margin: 0,
      paddingLeft: tokens.spacingHorizontalM,
      borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
      color: tokens.colorNeutralForeground2,
    },
    '& [data-blocked-image]': { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
    '& img': { maxWidth: '100%' },
  },
  plain: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export type MarkdownViewProps = {
  /** Markdown from the model (untrusted). */
  text: string;
};

/** An answer rendered as sanitized Markdown; plain text until the renderer has loaded. */
export function MarkdownView({ text }: MarkdownViewProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [renderer, setRenderer] = useState<MarkdownModule | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void loadMarkdown().then((module) => {
      if (active) setRenderer(() => module);
    });
    return () => {
      active = false;
    };
  }, []);
  const labels = useMemo<MarkdownLabels>(() => ({ image: strings.chat.image }), [strings]);
  const html = useMemo(
    () => (renderer ? renderer.renderMarkdown(text, labels) : undefined),
    [renderer, text, labels],
  );

  const openLinksOutside = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as Element).closest?.('a');
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href');
    if (href) openExternal(href);
  };

  if (html === undefined) return <div className={styles.plain}>{text}</div>;
  return (
    // Only redirects link activation; anchors stay keyboard-reachable and Enter on them raises a click too.
    <div className={styles.root} onClick={openLinksOutside} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
