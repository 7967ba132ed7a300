import { describe, expect, it } from 'vitest';
import { legalBasisLines, readBases } from '../bases';
import { kindOfNumber, numberFromLine } from '../doc-number';

describe('readBases: the dated documents a plan implements', () => {
  it('reads Party documents next to state ones, with short or long-form dates', () => {
    expect(
      readBases(
        [
          'Thực hiện Nghị quyết số 09-NQ/TU ngày 20 tháng 12 năm 2021 của Ban Chấp hành Đảng bộ tỉnh; Kết luận số 35-KL/TW, ngày 05/5/2022 của Bộ Chính trị;',
          'Căn cứ Chương trình số 06-CTr/TU ngày 14/01/2022 của Tỉnh ủy và Quyết định số 12/2024/QĐ-UBND ngày 06 tháng 4 năm 2024;',
        ],
        [],
      ),
    ).toEqual([
      { number: '09-NQ/TU', date: '2021-12-20' },
      { number: '35-KL/TW', date: '2022-05-05' },
      { number: '06-CTr/TU', date: '2022-01-14' },
      { number: '12/2024/QĐ-UBND', date: '2024-04-06' },
    ]);
  });

  it('leaves out undated mentions, Tờ trình, and the document\'s own number', () => {
    expect(
      readBases(
        [
          'Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13; Công văn số 118/SYT-NVY của Sở Y tế;',
          'Căn cứ Kế hoạch số 21/KH-UBND ngày 10/02/2025 và đề nghị của Sở Tư pháp tại Tờ trình số 45/STP-PBGDPL ngày 01/3/2025;',
          '- Tờ trình số 05/TTr-STP ngày 25/02/2025 của Sở Tư pháp;',
          'Kế hoạch này thay thế Kế hoạch số 14/KH-UBND ngày 02/01/2025.',
        ],
        ['14/KH-UBND'],
      ),
    ).toEqual([{ number: '21/KH-UBND', date: '2025-02-10' }]);
  });

  it('dates a number from a later mention when the first has no date', () => {
    expect(readBases(['Thực hiện Chỉ thị số 07/CT-TTg của Thủ tướng Chính phủ;', 'Căn cứ Chỉ thị số 07/CT-TTg ngày 21/3/2023;'], [])).toEqual([
      { number: '07/CT-TTg', date: '2023-03-21' },
    ]);
  });
});

describe('legalBasisLines: a "Cơ sở pháp lý" section in the body', () => {
  it('takes the section under a roman heading, up to the next section', () => {
    const body = ['I. CƠ SỞ PHÁP LÝ', '- Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012;', '1. Quyết định số 12/QĐ-UBND ngày 06/01/2025;', 'II. MỤC ĐÍCH', '- Nghị định số 1/2020/NĐ-CP ngày 02/01/2020.'];
    expect(legalBasisLines(body)).toEqual(['- Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012;', '1. Quyết định số 12/QĐ-UBND ngày 06/01/2025;']);
  });

  it('takes an arabic "Căn cứ xây dựng kế hoạch" item up to the next item that cites nothing', () => {
    const body = ['I. MỤC ĐÍCH, YÊU CẦU', '1. Căn cứ xây dựng kế hoạch', '- Kế hoạch số 9/KH-UBND ngày 09/01/2025 của UBND tỉnh.', '2. Mục đích', '- Nâng cao nhận thức.'];
    expect(legalBasisLines(body)).toEqual(['- Kế hoạch số 9/KH-UBND ngày 09/01/2025 của UBND tỉnh.']);
  });

  it('finds nothing in a body without such a section, nor in a sentence starting "Căn cứ"', () => {
    expect(legalBasisLines(['Căn cứ Luật số 1/2020/QH14 ngày 01/01/2020;', 'I. MỤC ĐÍCH'])).toEqual([]);
  });
});

describe('document numbers', () => {
  it('reads a Party number on the "Số" line and its kind', () => {
    expect(numberFromLine('Số 45-KH/TU')).toBe('45-KH/TU');
    expect(kindOfNumber('45-KH/TU')).toBe('KH');
    expect(kindOfNumber('06-CTr/TU')).toBe('CTr');
  });
});
