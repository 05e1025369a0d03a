import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

/** The smallest React 19 + Fluent v9 task pane: Office.onReady, then one button. The pane's start is compared with it. */
function BaselinePane() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary" data-bench-ready="">
        Run
      </Button>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  await Office.onReady();
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<BaselinePane />);
}

void start();
