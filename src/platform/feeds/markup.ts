/**
 * A small tolerant tokenizer and tree builder for XML feeds and HTML pages.
 *
 * Feeds in the wild are often not well-formed (undeclared HTML entities, unclosed tags, truncated bodies), and a
 * strict XML parser gives up on the first error. This one never throws: an unmatched end tag is ignored, an unclosed
 * element is closed at the end, and nesting deeper than MAX_DEPTH is flattened, so a pathological input costs linear
 * time and bounded stack. Element names are lower-cased (`pubDate` → `pubdate`, `rdf:RDF` → `rdf:rdf`).
 */
import { decodeEntities } from './entities';

/** An element; text children are plain strings (entities decoded, CDATA kept verbatim). */
export interface MarkupElement {
  name: string;
  attrs: Record<string, string>;
  children: MarkupNode[];
  parent: MarkupElement | null;
}
export type MarkupNode = MarkupElement | string;

/** Deeper elements become siblings of their would-be parent, which keeps recursion over the tree safe. */
export const MAX_DEPTH = 200;

const VOID_HTML = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Contents kept verbatim (scripts: JSON-LD is read from them) or skipped until their end tag.
const RAW_HTML = new Set(['script', 'style', 'textarea', 'noscript', 'xmp', 'template']);
// Opening one of these closes an open element of the listed names (HTML's implied end tags, simplified).
const IMPLIED_CLOSE: Record<string, readonly string[]> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};
const BLOCK_CLOSES_P = new Set([
  'div', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header',
  'footer', 'figure', 'pre', 'form', 'hr', 'aside', 'nav', 'main',
]);

const NAME = /[A-Za-z_:][-\w:.]*/y;
const ATTR = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/** Parses markup into a tree under a synthetic '#root' element. `html` enables HTML's void and raw-text rules. */
export function parseMarkup(text: string, mode: 'xml' | 'html'): MarkupElement {
  const isHtml = mode === 'html';
  const root: MarkupElement = { name: '#root', attrs: {}, children: [], parent: null };
  const stack: MarkupElement[] = [root];
  let top = root;
  let pos = 0;
  const n = text.length;

  const pushText = (raw: string, decode: boolean): void => {
    if (raw.length === 0) return;
    top.children.push(decode && raw.includes('&') ? decodeEntities(raw) : raw);
  };

  while (pos < n) {
    const lt = text.indexOf('<', pos);
    if (lt === -1) {
      pushText(text.slice(pos), true);
      break;
    }
    if (lt > pos) pushText(text.slice(pos, lt), true);
    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        pos = end === -1 ? n : end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        pushText(text.slice(lt + 9, end === -1 ? n : end), false);
        pos = end === -1 ? n : end + 3;
      } else {
        const end = text.indexOf('>', lt + 2);
        pos = end === -1 ? n : end + 1;
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = text.indexOf('>', lt + 2);
      pos = end === -1 ? n : end + 1;
      continue;
    }
    if (next === 0x2f /* / */) {
      NAME.lastIndex = lt + 2;
      const m = NAME.exec(text);
      const end = text.indexOf('>', lt + 2);
      pos = end === -1 ? n : end + 1;
      if (m === null) continue;
      const name = m[0].toLowerCase();
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name === name) {
          stack.length = i;
          top = stack[i - 1]!;
          break;
        }
      }
      continue;
    }
    NAME.lastIndex = lt + 1;
    const m = NAME.exec(text);
    if (m === null) {
      // A lone '<' in text ("a < b"): keep it as text.
      pushText('<', false);
      pos = lt + 1;
      continue;
    }
    const name = m[0].toLowerCase();
    const attrs: Record<string, string> = {};
    let p = NAME.lastIndex;
    for (;;) {
      ATTR.lastIndex = p;
      const a = ATTR.exec(text);
      if (a === null || a.index !== p) break;
      const key = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (!(key in attrs)) attrs[key] = value.includes('&') ? decodeEntities(value) : value;
      p = ATTR.lastIndex;
    }
    const gt = text.indexOf('>', p);
    const tagEnd = gt === -1 ? n : gt;
    const selfClosing = text.charCodeAt(tagEnd - 1) === 0x2f;
    pos = gt === -1 ? n : gt + 1;

    if (isHtml) {
      const implied = IMPLIED_CLOSE[name];
      if (implied !== undefined || BLOCK_CLOSES_P.has(name)) {
        const closes = implied ?? ['p'];
        // Only the nearest open element is considered, so nested lists keep their own items.
        for (let i = stack.length - 1; i > 0; i--) {
          const open = stack[i]!.name;
          if (closes.includes(open)) {
            stack.length = i;
            top = stack[i - 1]!;
            break;
          }
          if (open === 'ul' || open === 'ol' || open === 'table' || open === 'div' || open === 'dl') break;
        }
      }
    } else if (name === 'item' || name === 'entry') {
      // Feed items never nest: an item opened inside another means the previous one was left unclosed.
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name === name) {
          stack.length = i;
          top = stack[i - 1]!;
          break;
        }
      }
    }
    const el: MarkupElement = { name, attrs, children: [], parent: top };
    top.children.push(el);
    if (selfClosing || (isHtml && VOID_HTML.has(name))) continue;
    if (isHtml && RAW_HTML.has(name)) {
      const close = findRawEnd(text, pos, name);
      el.children.push(text.slice(pos, close));
      const end = close >= n ? n : text.indexOf('>', close);
      pos = end === -1 ? n : end + 1;
      continue;
    }
    if (stack.length >= MAX_DEPTH) continue;
    stack.push(el);
    top = el;
  }
  return root;
}

function findRawEnd(text: string, from: number, name: string): number {
  const lower = `</${name}`;
  let i = from;
  for (;;) {
    const j = text.indexOf('</', i);
    if (j === -1) return text.length;
    if (text.slice(j, j + lower.length).toLowerCase() === lower) return j;
    i = j + 2;
  }
}

/** The part of a name after its namespace prefix ('rdf:rdf' → 'rdf'). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

/** The direct child elements named `name` (a full lower-case name, prefix included). */
export function childrenNamed(el: MarkupElement, name: string): MarkupElement[] {
  const out: MarkupElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** The first direct child element named one of `names`, in the order of `names`. */
export function childNamed(el: MarkupElement, ...names: string[]): MarkupElement | null {
  for (const name of names) {
    for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  }
  return null;
}

/** All text below an element, concatenated as written (no separators added). */
export function rawText(el: MarkupElement): string {
  let out = '';
  const stack: MarkupNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Calls `visit` on every element below `el` in document order; returning false skips that element's subtree. */
export function walk(el: MarkupElement, visit: (e: MarkupElement) => boolean | void): void {
  const stack: MarkupElement[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i]!;
    if (typeof c !== 'string') stack.push(c);
  }
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (visit(e) === false) continue;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes an element's children back as markup (Atom's inline xhtml content as an HTML string). */
export function serializeChildren(el: MarkupElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      out += escapeText(c);
      continue;
    }
    const attrs = Object.entries(c.attrs)
      .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
      .map(([k, v]) => ` ${k}="${escapeText(v).replace(/"/g, '&quot;')}"`)
      .join('');
    out += `<${c.name}${attrs}>${serializeChildren(c)}</${c.name}>`;
  }
  return out;
}
