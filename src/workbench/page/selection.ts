import DOMPurify from 'dompurify';

/**
 * The compose body's selection, remembered while focus is in the pane (clicking the pane moves focus out of
 * the editor, but Outlook still knows what was selected).
 */
export function createSelectionTracker() {
  let editor: HTMLElement | undefined;
  let saved: Range | undefined;

  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!editor || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (editor.contains(range.commonAncestorContainer)) saved = range.cloneRange();
  });

  const rangeOrEnd = (): Range => {
    if (saved && editor?.contains(saved.commonAncestorContainer)) return saved;
    const range = document.createRange();
    range.selectNodeContents(editor as HTMLElement);
    range.collapse(false);
    return range;
  };

  return {
    attach(next: HTMLElement) {
      editor = next;
      saved = undefined;
    },
    read(): { text: string; html: string } {
      if (!saved || !editor?.contains(saved.commonAncestorContainer)) return { text: '', html: '' };
      const holder = document.createElement('div');
      holder.append(saved.cloneContents());
      return { text: saved.toString(), html: holder.innerHTML };
    },
    replace(content: string, format: 'text' | 'html') {
      if (!editor) return;
      const range = rangeOrEnd();
      range.deleteContents();
      const fragment =
        format === 'html'
          ? range.createContextualFragment(DOMPurify.sanitize(content))
          : document.createTextNode(content);
      range.insertNode(fragment);
      range.collapse(false);
      saved = range.cloneRange();
    },
  };
}
