import { describe, expect, it } from 'vitest';
import { MAIL_PURPOSES } from '../../../../../platform/mail';
import '../../../app/catalogues';
import { isMessageKey, translate, type Translate } from '../../../app/i18n';
import { purposeLabel } from './mail-page';

describe('the outbox names what each mail is for', () => {
  it('has a label in both languages for every kind of mail the platform sends', () => {
    const missing = MAIL_PURPOSES.filter((p) => !isMessageKey(`mailPurpose.${p}`));
    expect(missing, 'add a mailPurpose.* label to the policies catalogue').toEqual([]);
  });

  it('never shows a purpose’s code, even one without a label', () => {
    const t: Translate = (key, params) => translate('vi', key, params);
    expect(purposeLabel('press_conference_invitation', t)).toBe('Giấy mời họp báo');
    expect(purposeLabel('some.new_kind', t)).toBe('Thư khác của hệ thống');
  });
});
