/**
 * Parsing the text of a draft legal document into preamble, a Phần/Chương/Mục/Điều/Khoản/Điểm tree and closing.
 */
import { cleanText } from '../../../platform/text';
import { checkStructure } from './checks';
import { anchorPiece, DEPTH, endsDangling, headingMarker, isClosingStart, itemMarker, labelOf, type Marker } from './markers';
import { joinLines } from './text-join';
import { findTitle } from './title';
import type { DraftDocument, DraftNode } from './types';

/** How the line after a heading is read: as the (rest of the) title, or as text. */
type TitleMode = 'none' | 'next' | 'upper' | 'wrap';

interface Open {
  node: DraftNode;
  lines: string[];
  titleMode: TitleMode;
}

const BODY_KINDS = new Set(['phan', 'chuong', 'dieu']);
/** An article heading longer than this, or ending like a sentence, is text rather than a title. */
const MAX_TITLE_WORDS = 30;
const SENTENCE_END = /(?:[.;:!?…]|\.\/\.)["”’)]*$/u;

/** Parses a draft Nghị quyết / Quyết định / Luật… given as plain text (one paragraph or table row per line). */
export function parseDraftText(text: string): DraftDocument {
  const lines = cleanText(text)
    .split('\n')
    .map((l) => l.trim());
  const bodyStart = lines.findIndex((l) => {
    const m = headingMarker(l);
    return m !== null && BODY_KINDS.has(m.kind);
  });
  const preambleLines = bodyStart < 0 ? lines : lines.slice(0, bodyStart);
  const preamble = preambleLines.join('\n').trim();
  const title = findTitle(preambleLines);
  if (bodyStart < 0) {
    return { preamble, title, nodes: [], closing: '', articles: [], warnings: ['Không tìm thấy Điều nào trong văn bản.'] };
  }
  const builder = new TreeBuilder();
  let closingAt = lines.length;
  let prevText = ''; // the previous line when it was body text (not a heading or title)
  let blankBefore = true;
  let ended = false; // the previous text line ended with "./."
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const joinsPrevious = !blankBefore && prevText !== '' && endsDangling(prevText);
    const heading = joinsPrevious ? null : headingMarker(line);
    const inArticles = builder.articles.length > 0;
    if (heading === null && inArticles && (ended || isClosingStart(line))) {
      closingAt = i;
      break;
    }
    const marker = heading ?? (joinsPrevious || !builder.inArticle() ? null : itemMarker(line));
    if (marker !== null) prevText = builder.open(marker) ? marker.rest : '';
    else prevText = builder.text(line, blankBefore) ? line : '';
    blankBefore = false;
    ended = line.endsWith('./.');
  }
  const nodes = builder.finish();
  const closingLines = lines.slice(closingAt);
  const warnings = checkStructure(builder.articles, nodes, closingLines);
  return { preamble, title, nodes, closing: closingLines.join('\n').trim(), articles: builder.articles, warnings };
}

/** Builds the tree from markers and text lines, keeping a stack of open nodes. */
class TreeBuilder {
  readonly roots: DraftNode[] = [];
  readonly articles: DraftNode[] = [];
  private readonly stack: Open[] = [];
  private readonly used = new Set<string>();

  inArticle(): boolean {
    return this.stack.some((o) => o.node.kind === 'dieu');
  }

  /** Opens a node for a marker line; true when the rest of the line became text (not a title). */
  open(m: Marker): boolean {
    const depth = DEPTH[m.kind];
    while (this.stack.length > 0 && DEPTH[this.top()?.node.kind ?? 'phan'] >= depth) this.close();
    const parent = this.top()?.node;
    const node: DraftNode = {
      kind: m.kind,
      anchor: this.anchorFor(m, parent),
      number: m.number,
      label: labelOf(m.kind, m.number),
      title: '',
      text: '',
      children: [],
    };
    const open: Open = { node, lines: [], titleMode: 'none' };
    if (m.kind === 'khoan' || m.kind === 'diem') {
      if (m.rest !== '') open.lines.push(m.rest);
    } else if (m.kind === 'dieu') {
      if (m.rest !== '' && (SENTENCE_END.test(m.rest) || m.rest.split(' ').length > MAX_TITLE_WORDS)) open.lines.push(m.rest);
      else {
        node.title = m.rest;
        open.titleMode = m.rest === '' ? 'none' : 'wrap';
      }
    } else {
      node.title = m.rest;
      open.titleMode = m.rest === '' ? 'next' : isUpper(m.rest) ? 'upper' : 'none';
    }
    (parent === undefined ? this.roots : parent.children).push(node);
    if (m.kind === 'dieu') this.articles.push(node);
    this.stack.push(open);
    return open.lines.length > 0;
  }

  /** Adds a line to the text of the innermost open node (true) or to its title while the heading continues (false). */
  text(line: string, blankBefore: boolean): boolean {
    const open = this.top();
    if (open === undefined) return false;
    const mode = open.titleMode;
    open.titleMode = 'none';
    const node = open.node;
    if (mode === 'next' || (mode === 'upper' && isUpper(line)) || (mode === 'wrap' && !blankBefore && /^\p{Ll}/u.test(line))) {
      node.title = node.title === '' ? line : `${node.title} ${line}`;
      if (mode !== 'wrap' && isUpper(line)) open.titleMode = 'upper';
      return false;
    }
    open.lines.push(line);
    return true;
  }

  finish(): DraftNode[] {
    while (this.stack.length > 0) this.close();
    return this.roots;
  }

  private top(): Open | undefined {
    return this.stack[this.stack.length - 1];
  }

  private close(): void {
    const open = this.stack.pop();
    if (open !== undefined) open.node.text = joinLines(open.lines);
  }

  /** Articles, chapters and parts are anchored alone; the other levels under their parent; repeats get "-lan-2". */
  private anchorFor(m: Marker, parent: DraftNode | undefined): string {
    const piece = anchorPiece(m.kind, m.number);
    const standalone = m.kind === 'dieu' || m.kind === 'chuong' || m.kind === 'phan' || parent === undefined;
    const base = standalone ? piece : `${parent.anchor}-${piece}`;
    let anchor = base;
    for (let k = 2; this.used.has(anchor); k++) anchor = `${base}-lan-${k}`;
    this.used.add(anchor);
    return anchor;
  }
}

function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}
