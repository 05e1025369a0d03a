import { Button, Caption1 } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { Citation } from '../../tools/define-tool';
import { useStrings } from '../i18n';
import { useChatStyles } from './useChatStyles.styles';

export type CitationsProps = {
  citations: readonly Citation[];
  onOpen: (citation: Citation) => void;
};

/** The emails, events, files, pages and tasks an answer relied on, each opening the item. */
export function Citations({ citations, onOpen }: CitationsProps) {
  const styles = useChatStyles();
  const strings = useStrings();
  if (citations.length === 0) return null;
  return (
    <nav className={styles.citations} aria-label={strings.chat.sources}>
      <Caption1 className={styles.muted}>{strings.chat.sources}</Caption1>
      <ul className={styles.citationList}>
        {citations.map((citation) => (
          <li key={`${citation.kind}:${citation.id}`}>
            <Button
              size="small"
              appearance="transparent"
              icon={<OpenRegular />}
              onClick={() => onOpen(citation)}
            >
              {citation.title || citation.kind}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
