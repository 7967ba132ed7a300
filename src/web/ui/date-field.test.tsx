import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DateField, dateInputError, parseDateInput } from './date-field';

describe('parseDateInput', () => {
  it.each([
    ['17/01/2024', '2024-01-17'],
    ['7/1/2024', '2024-01-07'],
    [' 29/02/2024 ', '2024-02-29'],
    ['17.01.2024', '2024-01-17'],
    ['17-01-2024', '2024-01-17'],
    ['2024-01-17', '2024-01-17'],
    ['2024-1-7', '2024-01-07'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as %j', (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });

  it.each(['31/02/2024', '29/02/2023', '00/01/2024', '17/13/2024', '17/01/24', '01/2024', '2024/01/17', 'hôm nay', '17/01/2024 10:00', '1/1/0999'])('refuses %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });
});

describe('dateInputError', () => {
  it('says in Vietnamese what is wrong, with the limits as dd/mm/yyyy', () => {
    expect(dateInputError('31/02/2024')).toMatch(/^Ngày không hợp lệ\. Nhập theo dạng ngày\/tháng\/năm/);
    expect(dateInputError('31/12/1899', { min: '1900-01-01' })).toBe('Ngày phải từ 01/01/1900 trở đi.');
    expect(dateInputError('01/01/2101', { max: '2100-12-31' })).toBe('Ngày phải đến 31/12/2100 là muộn nhất.');
    expect(dateInputError('01/01/1900', { min: '1900-01-01', max: '2100-12-31' })).toBeNull();
    expect(dateInputError('')).toBeNull();
  });
});

describe('DateField', () => {
  it('renders a labelled text input with the numeric keypad, the dd/mm/yyyy placeholder and the value as dd/mm/yyyy', () => {
    const html = renderToStaticMarkup(<DateField id="ngay" label="Ngày mở" name="opensOn" required requiredMark="(bắt buộc)" hint="Theo lịch" value="2024-01-17" onChange={() => undefined} />);
    expect(html).toMatch(/<label class="dt-field__label" for="ngay">Ngày mở<\/label>/);
    expect(html).toMatch(/<input[^>]*type="text"/);
    expect(html).toMatch(/<input[^>]*inputMode="numeric"/);
    expect(html).toMatch(/<input[^>]*placeholder="dd\/mm\/yyyy"/);
    expect(html).toMatch(/<input[^>]*value="17\/01\/2024"/);
    expect(html).toMatch(/<input[^>]*id="ngay"/);
    expect(html).toMatch(/<input[^>]*name="opensOn"/);
    expect(html).not.toContain('type="date"');
    // the format explanation and the hint are both read with the field
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(describedBy).toContain('ngay-hint');
    const formatId = describedBy.find((id) => id.endsWith('-format'));
    expect(html).toContain(`id="${formatId}" class="dt-visually-hidden">Nhập ngày theo dạng ngày/tháng/năm`);
  });

  it('shows the error it is given, marked aria-invalid and linked to the input', () => {
    const html = renderToStaticMarkup(<DateField id="han" label="Hạn" value="" error="Vui lòng nhập ngày" onChange={() => undefined} />);
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(/aria-describedby="([^"]+)"/.exec(html)?.[1]).toContain('han-error');
    expect(html).toContain('<p id="han-error" class="dt-field__error">Vui lòng nhập ngày</p>');
    expect(html).toMatch(/<input[^>]*value=""/);
  });
});
