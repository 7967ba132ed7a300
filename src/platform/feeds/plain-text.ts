/**
 * Markup to plain text: titles and summaries of feed items, and paragraphs of articles.
 */
import { parseMarkup, type MarkupElement } from './markup';

/** Elements whose text is never content. */
export const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'button', 'select', 'textarea', 'object']);
/** Elements that start a new line of text. */
export const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section',
  'article', 'header', 'footer', 'figure', 'figcaption', 'pre', 'hr', 'dd', 'dt', 'dl', 'main', 'aside', 'nav',
  'form', 'address', 'caption', 'td', 'th',
]);

/** Collapses runs of white space (including no-break spaces) into one space and trims; result is NFC. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim().normalize('NFC');
}

/** The text of an element with block boundaries as line breaks, whitespace collapsed within lines. */
export function elementText(el: MarkupElement, depth = 0): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (!SKIPPED.has(c.name)) {
      if (BLOCKS.has(c.name)) out += `\n${depth > 400 ? '' : elementText(c, depth + 1)}\n`;
      else out += depth > 400 ? '' : elementText(c, depth + 1);
    }
  }
  return out;
}

/** Turns an HTML fragment (or plain text with entities) into one line of plain text. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return collapseSpace(html);
  return collapseSpace(elementText(parseMarkup(html, 'html')));
}
