import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureText } from '../__tests__/helpers/fixtures';
import { PlanParseError } from '../errors';
import { parsePlanDocument, readPlanDocument } from '../read-document';
import { parsePlanText } from '../parse-plan';
import { readPdf, readPdfDocument } from './pdf';

const SCAN_MESSAGE =
  'Tệp PDF là bản quét (ảnh), không có lớp văn bản; hệ thống không nhận dạng chữ (OCR). Hãy tải lên bản .docx hoặc PDF có lớp văn bản.';
const ANNEX_HEADER = 'STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc';

/** A minimal PDF: each page a list of [x, y, text] lines in Helvetica 12 (ASCII text only) or raw text operators (F2: Courier). */
function buildPdf(pages: Array<Array<[number, number, string] | string>>, opts: { encrypted?: boolean; rotate?: number } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const mono = add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((lines) => {
    const ops = lines.map((l) => (typeof l === 'string' ? l : `BT /F1 12 Tf ${l[0]} ${l[1]} Td (${l[2].replace(/[()\\]/gu, '\\$&')}) Tj ET`)).join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    return add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Rotate ${opts.rotate ?? 0} /Resources << /Font << /F1 ${font} 0 R /F2 ${mono} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // Owner and user keys that do not match the empty password: a reader must ask for one.
  const encrypt = opts.encrypted === true ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`) : 0;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, k) => {
    const at = pdf.length;
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xrefAt = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const extra = encrypt > 0 ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${extra} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

async function refusal(p: Promise<unknown>): Promise<PlanParseError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlanParseError) return e;
    throw e;
  }
  throw new Error('expected a PlanParseError');
}

describe('readPlanDocument(.pdf): the founding plan printed to PDF', () => {
  it('parses to the same header, bases, tasks and responsibilities as its .txt', async () => {
    const fromPdf = await parsePlanDocument(fixtureBytes('pdf/yen-bai-14-KH-UBND-2024.pdf'), 'ke-hoach-14.pdf');
    const fromTxt = parsePlanText(fixtureText('yen-bai-14-KH-UBND-2024.txt'));
    expect(fromPdf.number).toBe('14/KH-UBND');
    expect(fromPdf.issuedOn).toBe('2024-01-17');
    expect(fromPdf.tasks.map((t) => t.code)).toEqual([
      'II.1', 'II.2', 'II.3.1', 'II.3.2', 'II.3.3', 'II.3.4', 'II.3.5', 'II.4.1', 'II.4.2', 'II.5.1', 'II.5.2', 'II.6',
    ]);
    expect(fromPdf).toEqual(fromTxt);
  });

  it('re-joins the lines of a paragraph wrapped on the page', async () => {
    const text = await readPlanDocument(fixtureBytes('pdf/yen-bai-14-KH-UBND-2024.pdf'), 'ke-hoach-14.pdf');
    expect(text.split('\n')).toContain(
      'Ủy ban nhân dân tỉnh Yên Bái ban hành Kế hoạch công tác truyền thông chính sách tỉnh Yên Bái năm 2024, như sau:',
    );
  });
});

describe('readPlanDocument(.pdf): Kế hoạch 9669 of Lâm Đồng printed to PDF by LibreOffice', () => {
  const pdfText = readPlanDocument(fixtureBytes('pdf/lam-dong-9669-2025.pdf'), 'ke-hoach-9669.pdf');
  const docxText = readPlanDocument(fixtureBytes('lam-dong/lam-dong-9669-2025.docx'), 'ke-hoach-9669.docx');
  const annex = (text: string): string[] => {
    const lines = text.split('\n');
    return lines.slice(lines.indexOf(ANNEX_HEADER)).filter((l) => l.includes(' | '));
  };

  it('rebuilds the annex table as rows, its header once although every page repeats it', async () => {
    const lines = (await pdfText).split('\n');
    expect(lines.filter((l) => l === ANNEX_HEADER)).toHaveLength(1);
    // The header, 7 section rows, 49 numbered rows and 3 second rows of cells merged downwards (as in the .docx).
    expect(annex(await pdfText)).toHaveLength(60);
    // A page number is never a line of its own.
    expect(lines.filter((l) => /^\d{1,3}$/u.test(l.trim()))).toEqual([]);
  });

  it('keeps each annex row on one line, also a row cut by a page break and cells merged downwards', async () => {
    const rows = annex(await pdfText);
    expect(rows).toContain(
      '4 | Nghiêm túc chấp hành kỷ luật, kỷ cương hành chính, đạo đức công vụ của cán bộ, công chức, viên chức, nhất là người đứng đầu trong thực thi công vụ. Kịp thời phát hiện và xử lý nghiêm những người có sai phạm, kể cả khi đã chuyển công tác hoặc nghỉ hưu. | 100% cán bộ, công chức, viên chức chấp hành nghiêm kỷ luật, kỷ cương, không có vi phạm phải xử lý kỷ luật. | Thường xuyên trong năm | Các cơ quan, đơn vị, địa phương | Sở Nội vụ | Sở Nội vụ',
    );
    expect(rows).toContain(
      ' | | Kế hoạch tuyên truyền cải cách hành chính năm 2026 của cơ quan, đơn vị, địa phương | Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện. | Các cơ quan, đơn vị, địa phương | | Sở Nội vụ',
    );
    expect(rows).toEqual(annex(await docxText));
  });

  it('reads the header table as rows that the parser reads column by column', async () => {
    expect((await pdfText).split('\n').slice(0, 3)).toEqual([
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH LÂM ĐỒNG | Độc lập - Tự do - Hạnh phúc',
      'Số: /KH-UBND | Lâm Đồng, ngày tháng 12 năm 2025',
    ]);
  });

  it('parses to the same plan as the .docx: header, task codes, tasks and warnings', async () => {
    const fromPdf = parsePlanText(await pdfText);
    const fromDocx = parsePlanText(await docxText);
    const { tasks, responsibilities, warnings, ...header } = fromPdf;
    const { tasks: docxTasks, responsibilities: docxResponsibilities, warnings: docxWarnings, ...docxHeader } = fromDocx;
    expect(header).toEqual(docxHeader);
    expect(tasks.length).toBeGreaterThan(40);
    expect(tasks.map((t) => t.code)).toEqual(docxTasks.map((t) => t.code));
    expect(tasks).toEqual(docxTasks);
    expect(responsibilities).toEqual(docxResponsibilities);
    expect(warnings).toEqual(docxWarnings);
  });
});

describe('readPdf: layout of generated pages', () => {
  it('joins wrapped lines, keeps short lines apart, drops running headers and page numbers', async () => {
    const page = (n: number): Array<[number, number, string]> => [
      [250, 810, 'CONG BAO TINH'],
      [72, 700, `Page ${n} first paragraph runs across the whole width of the text block and`],
      [72, 686, 'ends on this short line.'],
      [72, 660, 'A second paragraph of one line.'],
      [290, 40, `- ${n} -`],
    ];
    const text = await readPdf(buildPdf([page(1), page(2), page(3)]));
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines).toEqual([
      'Page 1 first paragraph runs across the whole width of the text block and ends on this short line.',
      'A second paragraph of one line.',
      'Page 2 first paragraph runs across the whole width of the text block and ends on this short line.',
      'A second paragraph of one line.',
      'Page 3 first paragraph runs across the whole width of the text block and ends on this short line.',
      'A second paragraph of one line.',
    ]);
  });

  it('joins the wrapped lines of a lettered item set under its text (a hanging indent), not the next item', async () => {
    const text = await readPdf(
      buildPdf([[
        [72, 700, 'a) A lettered item whose text is long enough to reach the right margin of the'],
        [86, 686, 'page and wraps under its own text, as a hanging indent does, over'],
        [86, 672, 'three lines.'],
        [72, 658, 'b) The next item.'],
        [86, 644, 'A centered note.'],
      ]]),
    );
    expect(text.split('\n')).toEqual([
      'a) A lettered item whose text is long enough to reach the right margin of the page and wraps under its own text, as a hanging indent does, over three lines.',
      'b) The next item.',
      'A centered note.',
    ]);
  });

  it('leaves out footnote numbers in the text and the footnotes at the foot of the page, as the .docx reader does', async () => {
    // Courier: every letter 0.6 of the font size wide, so the number sits right after "province" (16 letters).
    const mono = (x: number, y: number, size: number, t: string): string => `BT /F2 ${size} Tf ${x} ${y} Td (${t}) Tj ET`;
    const data = buildPdf([[
      mono(72, 700, 12, 'See the province'), mono(187.2, 705, 7, '1'), mono(191.4, 700, 12, ';'),
      mono(72, 686, 12, 'Body text goes on after the footnote number.'),
      mono(72, 64, 6, '1'), mono(78, 60, 10, 'The footnote, left out.'),
      mono(72, 48, 10, 'Its second line.'),
    ]]);
    expect((await readPdf(data)).split('\n')).toEqual(['See the province;', 'Body text goes on after the footnote number.']);
  });

  it('reads a page turned by /Rotate (a landscape annex) upright; text written sideways is left out', async () => {
    // Shown turned 90° clockwise, the page's y axis runs left to right and its x axis top to bottom.
    const turned = (x: number, y: number, t: string): string => `BT /F1 12 Tf 0 1 -1 0 ${x} ${y} Tm (${t}) Tj ET`;
    const data = buildPdf(
      [[turned(72, 60, 'Short first line.'), turned(90, 60, 'A second line, longer than the first, read upright.'), [72, 700, 'A margin note written sideways']]],
      { rotate: 90 },
    );
    expect((await readPdf(data)).split('\n')).toEqual(['Short first line.', 'A second line, longer than the first, read upright.']);
  });

  it('splits lines that share a wide empty column into cells (a borderless header table)', async () => {
    const text = await readPdf(
      buildPdf([[
        [80, 780, 'UY BAN NHAN DAN'],
        [300, 780, 'CONG HOA XA HOI CHU NGHIA'],
        [90, 765, 'TINH LAM DONG'],
        [320, 765, 'Doc lap - Tu do'],
        // The title below the header, on the right of its empty column but after a wider gap.
        [330, 737, 'KE HOACH'],
        [72, 700, 'Body text that crosses the middle of the page from the left margin to the right.'],
      ]]),
    );
    expect(text.split('\n').filter((l) => l !== '')).toEqual([
      'UY BAN NHAN DAN | CONG HOA XA HOI CHU NGHIA',
      'TINH LAM DONG | Doc lap - Tu do',
      'KE HOACH',
      'Body text that crosses the middle of the page from the left margin to the right.',
    ]);
  });
});

describe('readPlanDocument(.pdf): refusals', () => {
  it('refuses a scan (pages that are images, no text layer) with a clear message', async () => {
    const e = await refusal(readPlanDocument(fixtureBytes('pdf/lam-dong-9669-scan.pdf'), 'ban-quet.pdf'));
    expect(e.code).toBe('scanned-pdf');
    expect(e.messageVi).toBe(SCAN_MESSAGE);
  });

  it('refuses pages that carry only a page number as a scan too', async () => {
    const pages = [1, 2, 3].map((n): Array<[number, number, string]> => [[290, 40, `- ${n} -`]]);
    expect((await refusal(readPlanDocument(buildPdf(pages), 'ban-quet.pdf'))).code).toBe('scanned-pdf');
  });

  it('refuses a password-protected PDF, a damaged one and random bytes, each with its own message', async () => {
    const locked = await refusal(readPlanDocument(buildPdf([[[72, 700, 'secret']]], { encrypted: true }), 'mat-khau.pdf'));
    expect(locked.code).toBe('encrypted-pdf');
    expect(locked.messageVi).toMatch(/mật khẩu/u);
    const real = fixtureBytes('pdf/yen-bai-14-KH-UBND-2024.pdf');
    for (const data of [real.subarray(0, 900), new Uint8Array(5000).map((_, k) => (k * 7919) % 251)]) {
      const e = await refusal(readPlanDocument(data, 'hong.pdf'));
      expect(e.code).toBe('broken-pdf');
      expect(e.messageVi).toMatch(/PDF bị hỏng/u);
    }
  });

  it('refuses more pages or more text than the limits, in Vietnamese', async () => {
    const data = fixtureBytes('pdf/yen-bai-14-KH-UBND-2024.pdf');
    const pages = await refusal(readPdf(data, { maxPages: 2, maxChars: 2_000_000 }));
    expect(pages.code).toBe('too-complex');
    expect(pages.messageVi).toMatch(/^Tệp PDF có \d+ trang, quá giới hạn 2 trang/u);
    const chars = await refusal(readPdf(data, { maxPages: 300, maxChars: 1000 }));
    expect(chars.messageVi).toMatch(/quá dài để đọc một lần/u);
  });

  it('reads a PDF with a scanned page among text pages, and says which page it could not read', async () => {
    const image = 'q 400 0 0 500 100 200 cm BI /W 2 /H 2 /CS /G /BPC 8 ID AAAA EI Q';
    const text = (n: number): Array<[number, number, string]> => [
      [72, 760, `Page ${n} carries a text layer of more than forty characters in one line.`],
    ];
    const data = buildPdf([
      [[72, 780, 'UBND TINH LAM DONG'], [72, 760, 'So: 12/KH-UBND'], [250, 720, 'KE HOACH'], [72, 700, 'Trien khai cong tac cai cach hanh chinh nam 2026 tren dia ban tinh.']],
      text(2),
      [image],
      text(4),
    ]);
    expect(await readPdfDocument(data)).toMatchObject({ imagePages: [3] });
    const plan = await parsePlanDocument(data, 'ke-hoach.pdf');
    expect(plan.warnings[0]).toBe(
      'Trang 3 của tệp PDF là ảnh quét, không có lớp văn bản: nội dung không được đọc (hệ thống không nhận dạng chữ). Nếu có nhiệm vụ ở đó, hãy tải lên bản .docx hoặc PDF có lớp văn bản.',
    );
    // A blank page (a separator, the back of a sheet) is neither a scan nor a warning.
    expect(await readPdfDocument(buildPdf([text(1), [], text(3)]))).toMatchObject({ imagePages: [] });
  });

  it('leaves the caller’s bytes intact', async () => {
    const data = fixtureBytes('pdf/yen-bai-14-KH-UBND-2024.pdf');
    const copy = data.slice();
    await readPdf(data);
    expect(data).toEqual(copy);
  });
});
