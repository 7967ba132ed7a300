/**
 * The saved-query language officers type: terms, "exact phrases", AND/VÀ, OR/HOẶC, NOT/KHÔNG/-term, parentheses,
 * implicit AND, proximity ("a b"~5, a NEAR/5 b) and prefixes (thông*). Operators are recognised only in capitals
 * (with or without accents), because "và", "hoặc", "không" are ordinary words people search for.
 * Precedence, loosest first: OR, AND (written or implied), NOT, NEAR.
 */
import { fold, nfc } from '../text';
import { SYLLABLE, syllableKey } from './indexed-text';

/** One syllable of a term as typed: its folded key, whether it ends in "*", and its text in the query. */
export interface QueryPart {
  key: string;
  prefix: boolean;
  text: string;
}

/** A term or phrase (consecutive syllables), or with `slop` the syllables in any order within len + slop syllables. */
export interface TermNode {
  kind: 'term';
  parts: QueryPart[];
  slop: number | null;
  /** The term as written (no quotes, no ~n), for hits and lists. */
  text: string;
  /** Offset in the query source (0-based). */
  at: number;
}

export type QueryNode =
  | TermNode
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'near'; distance: number; left: QueryNode; right: QueryNode };

export type ParseResult =
  | { ok: true; query: QueryNode; terms: string[] }
  | { ok: false; message: string; at: number };

/** Limits against abusive or runaway queries (each error message names the limit). */
export const QUERY_LIMITS = { maxLength: 1000, maxDepth: 8, maxTerms: 50, maxDistance: 50, maxPhraseSyllables: 12, minPrefix: 2 } as const;

type Token =
  | { type: 'lparen' | 'rparen' | 'minus'; at: number }
  | { type: 'and' | 'or' | 'not'; at: number; text: string }
  | { type: 'near'; at: number; text: string; distance: number }
  | { type: 'term'; at: number; node: TermNode };

class QueryError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', VÀ: 'and', VA: 'and', OR: 'or', HOẶC: 'or', HOAC: 'or', NOT: 'not', KHÔNG: 'not', KHONG: 'not' };
const NEAR = /^(?:NEAR|GẦN|GAN)\/(\d*)$/u;
const QUOTES = new Set(['"', '\u201c', '\u201d']);
const SPACE = /\s/u;

/** "ở vị trí N", counting characters from 1 as people do. */
function where(at: number): string {
  return `ở vị trí ${at + 1}`;
}

/** Parses a saved query; errors are Vietnamese sentences naming the problem and its position (`at` is 0-based). */
export function parseQuery(source: string): ParseResult {
  const src = nfc(source);
  try {
    if (src.trim() === '') throw new QueryError('Truy vấn trống: hãy nhập ít nhất một từ khoá.', 0);
    if (src.length > QUERY_LIMITS.maxLength) throw new QueryError(`Truy vấn dài quá ${QUERY_LIMITS.maxLength} ký tự.`, QUERY_LIMITS.maxLength);
    const tokens = lex(src);
    const terms = tokens.filter((t): t is Extract<Token, { type: 'term' }> => t.type === 'term');
    if (terms.length > QUERY_LIMITS.maxTerms) throw new QueryError(`Truy vấn có quá ${QUERY_LIMITS.maxTerms} từ khoá (từ thứ ${QUERY_LIMITS.maxTerms + 1} ${where(terms[QUERY_LIMITS.maxTerms]!.at)}).`, terms[QUERY_LIMITS.maxTerms]!.at);
    const query = new Parser(tokens, src.length).parseAll();
    const positive = positiveTerms(query, false);
    if (positive.length === 0) throw new QueryError('Truy vấn cần ít nhất một từ khoá không bị loại trừ bằng KHÔNG/NOT.', 0);
    return { ok: true, query, terms: [...new Set(positive)] };
  } catch (e) {
    if (e instanceof QueryError) return { ok: false, message: e.message, at: e.at };
    throw e;
  }
}

/** The terms of a query that are not under a NOT, as written, in query order. */
function positiveTerms(node: QueryNode, negated: boolean): string[] {
  switch (node.kind) {
    case 'term':
      return negated ? [] : [node.text];
    case 'not':
      return positiveTerms(node.child, !negated);
    case 'near':
      return [...positiveTerms(node.left, negated), ...positiveTerms(node.right, negated)];
    default:
      return node.children.flatMap((c) => positiveTerms(c, negated));
  }
}

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (SPACE.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch === '(' ? 'lparen' : 'rparen', at: i });
      i++;
    } else if (QUOTES.has(ch)) {
      i = lexPhrase(src, i, tokens);
    } else if (ch === '-' && i + 1 < src.length && !SPACE.test(src[i + 1]!) && (i === 0 || SPACE.test(src[i - 1]!) || src[i - 1] === '(')) {
      tokens.push({ type: 'minus', at: i });
      i++;
    } else {
      let j = i;
      while (j < src.length && !SPACE.test(src[j]!) && src[j] !== '(' && src[j] !== ')' && !QUOTES.has(src[j]!)) j++;
      const word = src.slice(i, j);
      const op = OPERATORS[word];
      const near = NEAR.exec(word);
      if (op) tokens.push({ type: op, at: i, text: word });
      else if (near) tokens.push({ type: 'near', at: i, text: word, distance: nearDistance(near[1] ?? '', i) });
      else tokens.push({ type: 'term', at: i, node: termNode(word, i, null) });
      i = j;
    }
  }
  return tokens;
}

function nearDistance(digits: string, at: number): number {
  const n = digits === '' ? NaN : Number(digits);
  if (!(n >= 1 && n <= QUERY_LIMITS.maxDistance)) throw new QueryError(`Khoảng cách sau NEAR/ phải là số từ 1 đến ${QUERY_LIMITS.maxDistance} (${where(at)}), ví dụ: lũ NEAR/5 "Yên Bái".`, at);
  return n;
}

/** Reads `"…"` (straight or curly quotes) and an optional `~n` from `open`; returns the index after it. */
function lexPhrase(src: string, open: number, tokens: Token[]): number {
  let close = open + 1;
  while (close < src.length && !QUOTES.has(src[close]!)) close++;
  if (close >= src.length) throw new QueryError(`Thiếu dấu ngoặc kép đóng ${where(src.length)} (cụm từ mở ${where(open)}).`, src.length);
  const inner = src.slice(open + 1, close);
  let end = close + 1;
  let slop: number | null = null;
  if (src[end] === '~') {
    const digits = /^\d+/.exec(src.slice(end + 1))?.[0] ?? '';
    const n = digits === '' ? NaN : Number(digits);
    if (!(n >= 0 && n <= QUERY_LIMITS.maxDistance)) throw new QueryError(`Sau dấu ~ cần một số từ 0 đến ${QUERY_LIMITS.maxDistance} ${where(end)}, ví dụ: "sạt lở đất"~3.`, end);
    slop = n;
    end += 1 + digits.length;
  }
  tokens.push({ type: 'term', at: open, node: termNode(inner, open, slop) });
  return end;
}

/** Builds a term from the words of `raw` (a bare word or a phrase's inside); `*` ends a prefix syllable. */
function termNode(raw: string, at: number, slop: number | null): TermNode {
  const parts: QueryPart[] = [];
  for (const m of raw.matchAll(/\S+/gu)) {
    const word = m[0];
    const isPrefix = word.endsWith('*');
    const syllables = word.replace(/\*+$/u, '').match(SYLLABLE) ?? [];
    if (word.replace(/\*+$/u, '').includes('*')) throw new QueryError(`Dấu * chỉ đặt ở cuối một từ (tiền tố), ví dụ: thông* ${where(at + m.index)}.`, at + m.index);
    syllables.forEach((s, k) => parts.push({ key: isPrefix && k === syllables.length - 1 ? fold(s) : syllableKey(s), prefix: isPrefix && k === syllables.length - 1, text: s }));
  }
  // A one-letter prefix alone matches a large share of all syllables; after other syllables ("lở đ*") it is precise.
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.prefix && only.key.length < QUERY_LIMITS.minPrefix) throw new QueryError(`Tiền tố "${raw.trim()}" quá ngắn: cần ít nhất ${QUERY_LIMITS.minPrefix} chữ cái trước dấu * (${where(at)}).`, at);
  if (parts.length === 0) throw new QueryError(slop === null && raw.trim() !== '' ? `"${raw}" không chứa chữ hay số nào để tìm (${where(at)}).` : `Cụm từ trong ngoặc kép trống ${where(at)}.`, at);
  if (parts.length > QUERY_LIMITS.maxPhraseSyllables) throw new QueryError(`Cụm từ dài quá ${QUERY_LIMITS.maxPhraseSyllables} âm tiết ${where(at)}.`, at);
  return { kind: 'term', parts, slop, text: raw.trim().replace(/\s+/gu, ' '), at };
}

/** Recursive descent over the tokens, one method per precedence level. */
class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[], private readonly end: number) {}

  parseAll(): QueryNode {
    const node = this.parseOr();
    const next = this.tokens[this.i];
    if (next) throw new QueryError(next.type === 'rparen' ? `Dấu ngoặc đóng thừa ${where(next.at)}.` : `Không hiểu ${describe(next)} ${where(next.at)}.`, next.at);
    return node;
  }

  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    for (let t = this.tokens[this.i]; t?.type === 'or'; t = this.tokens[this.i]) {
      this.i++;
      this.expectOperand(t);
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private parseAnd(): QueryNode {
    const children = [this.parseUnary()];
    for (let t = this.tokens[this.i]; t && t.type !== 'or' && t.type !== 'rparen'; t = this.tokens[this.i]) {
      if (t.type === 'and') {
        this.i++;
        this.expectOperand(t);
      }
      children.push(this.parseUnary());
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private parseUnary(): QueryNode {
    const t = this.tokens[this.i];
    if (t?.type === 'not' || t?.type === 'minus') {
      this.i++;
      this.expectOperand(t);
      return { kind: 'not', child: this.parseUnary() };
    }
    return this.parseNear();
  }

  private parseNear(): QueryNode {
    let left = this.parsePrimary();
    for (let t = this.tokens[this.i]; t?.type === 'near'; t = this.tokens[this.i]) {
      this.i++;
      this.expectOperand(t);
      const right = this.parsePrimary();
      for (const side of [left, right]) {
        if (!isSpanNode(side)) throw new QueryError(`${t.text} chỉ nối từ, cụm từ hoặc nhóm HOẶC của chúng, không nối nhóm có VÀ/KHÔNG (${where(t.at)}).`, t.at);
      }
      left = { kind: 'near', distance: t.distance, left, right };
    }
    return left;
  }

  private parsePrimary(): QueryNode {
    const t = this.tokens[this.i];
    if (!t) throw new QueryError(`Thiếu từ khoá ở cuối truy vấn (${where(this.end)}).`, this.end);
    if (t.type === 'term') {
      this.i++;
      return t.node;
    }
    if (t.type === 'lparen') {
      if (++this.depth > QUERY_LIMITS.maxDepth) throw new QueryError(`Truy vấn lồng quá ${QUERY_LIMITS.maxDepth} tầng ngoặc ${where(t.at)}.`, t.at);
      this.i++;
      if (this.tokens[this.i]?.type === 'rparen') throw new QueryError(`Cặp ngoặc trống ${where(t.at)}.`, t.at);
      const inner = this.parseOr();
      if (this.tokens[this.i]?.type !== 'rparen') throw new QueryError(`Thiếu dấu ngoặc đóng ${where(this.tokens[this.i]?.at ?? this.end)} (ngoặc mở ${where(t.at)}).`, this.tokens[this.i]?.at ?? this.end);
      this.i++;
      this.depth--;
      return inner;
    }
    if (t.type === 'rparen') throw new QueryError(`Dấu ngoặc đóng thừa hoặc thiếu từ khoá trước nó ${where(t.at)}.`, t.at);
    throw new QueryError(`Thiếu từ khoá trước ${describe(t)} ${where(t.at)}.`, t.at);
  }

  /** After an operator there must be something to apply it to. */
  private expectOperand(op: Token): void {
    const next = this.tokens[this.i];
    if (!next || next.type === 'rparen' || next.type === 'and' || next.type === 'or' || next.type === 'near') {
      const at = next?.at ?? this.end;
      throw new QueryError(`Thiếu từ khoá sau ${describe(op)} ${where(at)}.`, at);
    }
  }
}

/** Nodes that occur at places in the text (so NEAR can measure a distance between them). */
function isSpanNode(node: QueryNode): boolean {
  if (node.kind === 'term' || node.kind === 'near') return true;
  return node.kind === 'or' && node.children.every(isSpanNode);
}

function describe(t: Token): string {
  switch (t.type) {
    case 'minus':
      return 'dấu trừ (loại trừ)';
    case 'lparen':
      return 'dấu ngoặc mở';
    case 'rparen':
      return 'dấu ngoặc đóng';
    case 'term':
      return `"${t.node.text}"`;
    default:
      return t.text;
  }
}
