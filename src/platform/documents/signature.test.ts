import { describe, expect, it } from 'vitest';
import { signerFor } from './signature';

describe('signerFor: the authority line of NĐ 30 from the signer’s title', () => {
  it('a Phó Chủ tịch signs for the Chủ tịch', () => {
    expect(signerFor({ name: 'Vũ Thị Hiền Hạnh', title: 'Phó Chủ tịch' }, 'Ủy ban nhân dân tỉnh Yên Bái')).toEqual({ authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Vũ Thị Hiền Hạnh' });
  });
  it('the Chủ tịch signs on behalf of the committee', () => {
    expect(signerFor({ name: 'Trần Huy Tuấn', title: 'Chủ tịch' }, 'Ủy ban nhân dân tỉnh Yên Bái').authority).toBe('TM. Ủy ban nhân dân');
  });
  it('a Giám đốc signs in person, a Phó Giám đốc for the Giám đốc', () => {
    expect(signerFor({ name: 'Nguyễn Văn A', title: 'Giám đốc' }, 'Sở Công Thương tỉnh Lào Cai').authority).toBeNull();
    expect(signerFor({ name: 'Nguyễn Văn B', title: 'PHÓ GIÁM ĐỐC' }, 'Sở Công Thương tỉnh Lào Cai').authority).toBe('KT. Giám đốc');
  });
  it('an acting head signs "Q." and an explicit authority is kept', () => {
    expect(signerFor({ name: 'Lê C', title: 'Quyền Giám đốc' }, 'Sở Tư pháp')).toEqual({ authority: 'Q. Giám đốc', title: 'Giám đốc', name: 'Lê C' });
    expect(signerFor({ name: 'Lê D', title: 'Chánh Văn phòng', authority: 'TL. Chủ tịch' }, 'Ủy ban nhân dân tỉnh Lào Cai').authority).toBe('TL. Chủ tịch');
  });
});
