import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocxText } from './index';

/** Zips a minimal package holding only word/document.xml. */
async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const p = (inner: string): string => `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${inner}</w:p>`;
const r = (t: string): string => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
const tc = (...paras: string[]): string => `<w:tc><w:tcPr/>${paras.join('')}</w:tc>`;

describe('readDocxText', () => {
  it('joins paragraph runs, decodes entities, keeps tabs but not tab-stop definitions', async () => {
    const buf = await docx(
      p(r('Bộ TT&amp;TT ') + r('&lt;Hà Nội&gt; &#272;&#x1EA0;')) +
        '<w:p/>' +
        p(`${r('Kính gửi:')}<w:r><w:tab/></w:r>${r('Sở A')}<w:r><w:br/></w:r>${r('dòng 2')}`) +
        p(`<w:r><w:instrText>PAGE</w:instrText></w:r>${r('x')}`),
    );
    expect(await readDocxText(buf)).toBe('Bộ TT&TT <Hà Nội> ĐẠ\n\nKính gửi:\tSở A\ndòng 2\nx');
  });

  it('prints one line per table row with cells joined by " | ", nested tables folded into their cell', async () => {
    const inner = `<w:tbl><w:tr>${tc(p(r('a')))}${tc(p(r('b')))}</w:tr></w:tbl>`;
    const buf = await docx(
      p(r('trước')) +
        `<w:tbl><w:tblPr/><w:tr>${tc(p(r('TT')))}${tc(p(r('Nội dung')), '<w:p/>', p(r('dòng hai')))}</w:tr>` +
        `<w:tr>${tc(p(r('1')))}${tc(inner, '<w:p/>')}</w:tr></w:tbl>` +
        p(r('sau')),
    );
    expect(await readDocxText(buf)).toBe('trước\nTT | Nội dung dòng hai\n1 | a | b\nsau');
  });

  it('rejects a file without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('x.txt', 'x');
    await expect(readDocxText(await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow(/document\.xml/);
  });
});
