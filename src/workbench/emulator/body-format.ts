/** Text of an HTML body the way Outlook's `body.getAsync('text')` gives it: block elements become line breaks. */
export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  document.querySelectorAll('script, style, head').forEach((element) => element.remove());
  document.querySelectorAll('br').forEach((element) => element.replaceWith('\n'));
  document.querySelectorAll('p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote').forEach((element) => {
    element.append('\n');
  });
  return (document.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

/** Plain text inserted into an HTML body: escaped, line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/\r?\n/g, '<br>');
}
