import { describe, expect, it } from 'vitest';
import { MIN_UNGUESSABLE, passwordProblem } from './password-rules';

describe('password rules', () => {
  it('names the length rule with the count', () => {
    expect(passwordProblem('Ngan-1!')).toEqual({ rule: 'length', message: 'Mật khẩu phải có ít nhất 10 ký tự (mật khẩu này có 7).' });
    expect(passwordProblem('x'.repeat(201))?.rule).toBe('too-long');
  });

  it('accepts Ux-Admin-Pw1! for admin: eight characters besides the user name', () => {
    expect(passwordProblem('Ux-Admin-Pw1!', { username: 'admin' })).toBeNull();
    expect(passwordProblem('Mat-khau-rat-manh-2024', { username: 'nguyenvana' })).toBeNull();
    expect(passwordProblem('Sở Tư pháp tỉnh Lào Cai', { username: 'canbo' })).toBeNull();
  });

  it('says which guessable part made a password too easy, and how much is left', () => {
    const admin = passwordProblem('Admin@2024!', { username: 'admin' })!;
    expect(admin.rule).toBe('guessable');
    expect(admin.message).toContain('chứa tên đăng nhập «admin»');
    expect(admin.message).toContain('chứa một năm');
    expect(admin.message).toContain(`Ngoài những phần đó chỉ còn 2 ký tự (cần ít nhất ${MIN_UNGUESSABLE})`);
    expect(passwordProblem('P@ssw0rd-123', { username: 'x' })!.message).toContain('«password»');
    expect(passwordProblem('matkhau12345')!.message).toContain('«matkhau»');
    expect(passwordProblem('0123456789')!.message).toContain('dãy ký tự liên tiếp');
    expect(passwordProblem('qwertyuiop!')!.message).toContain('dãy ký tự liên tiếp');
    expect(passwordProblem('aaaaaaaaaaaa')!.message).toContain('lặp lại ký tự liền nhau');
    expect(passwordProblem('NguyenVanA-99', { username: 'nguyenvana' })!.message).toContain('«nguyenvana»');
    expect(passwordProblem('hoa.tran-2024!', { username: 'x', email: 'hoa.tran@laocai.gov.vn' })!.message).toContain('phần tên trong địa chỉ thư điện tử');
  });

  it('folds Vietnamese letters before comparing with the list', () => {
    expect(passwordProblem('Mậtkhẩu-12345')!.message).toContain('«matkhau»');
  });
});
