import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, parsePlanText, readPlanDocument } from '../index';
import { buildDocx, para, ROMAN_OUTLINE_NUMBERING, run, stylesWithNormalFont, table } from './helpers/docx-builder';
import { fixtureText } from './helpers/fixtures';
import { asLatin1, encodeTcvn3, encodeVni } from './helpers/legacy-encoders';

/** The table plan of fixture 2 laid out as Word does: header and signature in tables, automatic numbering. */
async function tablePlanDocx(): Promise<Uint8Array> {
  const body = [
    table([
      [['UBND TỈNH LÀO CAI', 'SỞ TƯ PHÁP', '--------'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------']],
      [['Số: 52/KH-STP'], ['Lào Cai, ngày 09 tháng 4 năm 2024']],
    ]),
    para(''),
    para('KẾ HOẠCH'),
    para('TRUYỀN THÔNG DỰ THẢO NGHỊ QUYẾT QUY ĐỊNH MỨC CHI BẢO ĐẢM CHO CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH LÀO CAI'),
    para(''),
    para(
      'Thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật giai đoạn 2022 - 2027”; Kế hoạch số 118/KH-UBND ngày 15/3/2024 của UBND tỉnh Lào Cai, Sở Tư pháp ban hành Kế hoạch truyền thông như sau:',
    ),
    para('MỤC ĐÍCH, YÊU CẦU', { numId: 1, ilvl: 0 }),
    para('Bảo đảm người dân, doanh nghiệp nắm được nội dung chính của dự thảo Nghị quyết, tác động và lý do ban hành.', { numId: 1, ilvl: 1 }),
    para('Thu thập đầy đủ ý kiến góp ý để hoàn thiện dự thảo.', { numId: 1, ilvl: 1 }),
    para('NHIỆM VỤ CỤ THỂ', { numId: 1, ilvl: 0 }),
    table([
      [['STT'], ['Nhiệm vụ'], ['Cơ quan chủ trì'], ['Cơ quan phối hợp'], ['Thời gian thực hiện'], ['Sản phẩm']],
      [['1'], ['Đăng tải dự thảo Nghị quyết, tờ trình và tài liệu giải thích trên Cổng Thông tin điện tử tỉnh'], ['Sở Tư pháp'], ['Văn phòng UBND tỉnh'], ['Quý II/2024'], ['Tin, bài trên Cổng']],
      // Units on separate paragraphs of one cell.
      [['2'], ['Xây dựng chuyên mục phát thanh, truyền hình giới thiệu dự thảo'], ['Đài Phát thanh - Truyền hình tỉnh'], ['Sở Tư pháp', 'Sở Tài chính'], ['30/6/2024'], ['02 chuyên mục']],
      [['3'], ['Tổ chức tọa đàm lấy ý kiến người dân, doanh nghiệp về dự thảo'], ['Đề nghị Ủy ban MTTQ Việt Nam tỉnh'], ['Các sở, ban, ngành; UBND các huyện, thị xã, thành phố'], ['Tháng 7/2024'], []],
      [['4'], ['Tổng hợp, tiếp thu, giải trình ý kiến góp ý và công khai kết quả'], ['Sở Tư pháp'], ['Các cơ quan, đơn vị có liên quan'], ['Thường xuyên'], []],
    ]),
    para('TỔ CHỨC THỰC HIỆN', { numId: 1, ilvl: 0 }),
    para('Phòng Phổ biến, giáo dục pháp luật', { numId: 1, ilvl: 1 }),
    para('Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả báo cáo Giám đốc Sở trước ngày 15/8/2024.'),
    para('Văn phòng Sở', { numId: 1, ilvl: 1 }),
    para('Bảo đảm kinh phí thực hiện Kế hoạch theo quy định.'),
    table([
      [
        ['Nơi nhận:', '- UBND tỉnh (b/c);', '- Bộ Tư pháp (b/c);', '- Các cơ quan phối hợp;', '- Lưu: VT, PBGDPL.'],
        ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Trần Minh Đức'],
      ],
    ]),
  ].join('');
  return buildDocx(body, { numbering: ROMAN_OUTLINE_NUMBERING });
}

describe('readPlanDocument(.docx)', () => {
  it('turns paragraphs into lines and table rows into "cell | cell" lines, with tabs, breaks and entities', async () => {
    const body = [
      para(`${run('Số: 7/KH-UBND')}<w:r><w:tab/><w:t>Yên Bái</w:t></w:r>`, {}, true),
      para(`<w:r><w:t>Sở Văn hóa, Thể thao &amp; Du lịch</w:t><w:br/><w:t>dòng hai &lt;2&gt; &#7871;</w:t></w:r>`, {}, true),
      table([[['A1'], ['B1', 'B1 đoạn 2']], [['A2'], []]]),
      // Deleted text and field codes are not document text.
      para('<w:r><w:delText>đã xóa</w:delText></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>còn lại</w:t></w:r>', {}, true),
    ].join('');
    const text = await readPlanDocument(await buildDocx(body), 'x.docx');
    expect(text.split('\n')).toEqual(['Số: 7/KH-UBND Yên Bái', 'Sở Văn hóa, Thể thao & Du lịch', 'dòng hai <2> ế', 'A1 | B1 / B1 đoạn 2', 'A2 |', 'còn lại']);
  });

  it('rebuilds automatic numbering ("I.", "1.", "a)")', async () => {
    const body = [
      para('NỘI DUNG', { numId: 1, ilvl: 0 }),
      para('Việc một', { numId: 1, ilvl: 1 }),
      para('Ý a', { numId: 1, ilvl: 2 }),
      para('Ý b', { numId: 1, ilvl: 2 }),
      para('Việc hai', { numId: 1, ilvl: 1 }),
      para('TỔ CHỨC THỰC HIỆN', { numId: 1, ilvl: 0 }),
      para('Sở Tư pháp', { numId: 1, ilvl: 1 }),
    ].join('');
    const text = await readPlanDocument(await buildDocx(body, { numbering: ROMAN_OUTLINE_NUMBERING }), 'x.docx');
    expect(text.split('\n')).toEqual(['I. NỘI DUNG', '1. Việc một', 'a) Ý a', 'b) Ý b', '2. Việc hai', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Tư pháp']);
  });

  it('parses the table plan from a .docx exactly like its text copy (fixture 2)', async () => {
    const fromDocx = await parsePlanDocument(await tablePlanDocx(), 'ke-hoach-52.docx');
    expect(fromDocx).toEqual(parsePlanText(fixtureText('lao-cai-52-KH-STP-2024-table.txt')));
    expect(fromDocx.tasks.map((t) => t.code)).toEqual(['II.1', 'II.2', 'II.3', 'II.4']);
    expect(fromDocx.tasks[1]?.coordinators).toEqual(['Sở Tư pháp', 'Sở Tài chính']);
  });

  it('converts runs in TCVN3 fonts (.VnTime, capitals font .VnTimeH) and VNI fonts to Unicode', async () => {
    const body = [
      para(asLatin1(encodeTcvn3('KẾ HOẠCH')), { font: '.VnTimeH' }),
      para(asLatin1(encodeTcvn3('Cộng hòa xã hội chủ nghĩa Việt Nam')), { font: '.VnTime' }),
      para(`${run(asLatin1(encodeVni('Sở Tư pháp')), 'VNI-Times')}${run(' và Unicode giữ nguyên')}`, {}, true),
    ].join('');
    const text = await readPlanDocument(await buildDocx(body), 'x.docx');
    expect(text.split('\n')).toEqual(['KẾ HOẠCH', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Sở Tư pháp và Unicode giữ nguyên']);
  });

  it('finds a legacy font declared only in styles.xml (Normal style in .VnTime)', async () => {
    const body = para(asLatin1(encodeTcvn3('Đơn vị chủ trì: Sở Tư pháp')));
    const text = await readPlanDocument(await buildDocx(body, { styles: stylesWithNormalFont('.VnTime') }), 'x.docx');
    expect(text).toBe('Đơn vị chủ trì: Sở Tư pháp');
  });

  it('parses a whole plan typed in .VnTime/.VnTimeH like its Unicode original', async () => {
    const unicode = fixtureText('dien-bien-17-KH-SNV-2024-short.txt');
    const body = unicode
      .split('\n')
      .map((line) => para(asLatin1(encodeTcvn3(line)), { font: line === line.toUpperCase() ? '.VnTimeH' : '.VnTime' }))
      .join('');
    expect(await parsePlanDocument(await buildDocx(body), 'ke-hoach-17.docx')).toEqual(parsePlanText(unicode));
  });

  it('repairs TCVN3 text stored without font information (mojibake "Céng hßa")', async () => {
    const unicode = fixtureText('dien-bien-17-KH-SNV-2024-short.txt');
    const body = unicode.split('\n').map((line) => para(asLatin1(encodeTcvn3(line)))).join('');
    expect(await parsePlanDocument(await buildDocx(body), 'cu.docx')).toEqual(parsePlanText(unicode));
  });

  it('rejects a .docx without word/document.xml as broken', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    const data = await zip.generateAsync({ type: 'uint8array' });
    await expect(readPlanDocument(data, 'a.docx')).rejects.toMatchObject({ code: 'broken-docx', messageVi: expect.stringContaining('word/document.xml') });
  });
});
