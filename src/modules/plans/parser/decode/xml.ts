/**
 * A tiny streaming XML tokenizer, enough for WordprocessingML (no DTDs, no namespaces resolution).
 */

/** One XML token: an element start/end (self-closing gives both) or a text run. */
export type XmlToken =
  | { type: 'open'; name: string; attrs: Readonly<Record<string, string>>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/gu;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces XML character and entity references ("&amp;", "&#7871;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[name ?? ''] ?? '';
  });
}

/** Yields the tokens of an XML document in order, skipping comments, processing instructions and DOCTYPE. */
export function* tokenizeXml(xml: string): Generator<XmlToken> {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { type: 'text', text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      i = endOf(xml, '-->', lt);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      yield { type: 'text', text: xml.slice(lt + 9, end < 0 ? xml.length : end) };
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      i = endOf(xml, '>', lt);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return;
    const inner = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (inner.startsWith('/')) {
      yield { type: 'close', name: inner.slice(1).trim() };
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const space = body.search(/\s/u);
    const name = space < 0 ? body : body.slice(0, space);
    const attrs: Record<string, string> = {};
    if (space >= 0) {
      ATTR.lastIndex = 0;
      const rest = body.slice(space);
      for (let m = ATTR.exec(rest); m !== null; m = ATTR.exec(rest)) attrs[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '');
    }
    yield { type: 'open', name, attrs, selfClosing };
    if (selfClosing) yield { type: 'close', name };
  }
}

function endOf(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  return end < 0 ? xml.length : end + marker.length;
}
