/**
 * Labels of codes on portal pages: the consultation's (commenter type, stance, state, answer, withholding
 * reason), document types and unit types. Vietnamese uses the modules' labels, shared with the office, the
 * reports and the exports; English has its own.
 */
import { COMMENTER_TYPE_LABELS, DISPOSITION_LABELS, STANCE_LABELS, STATE_LABELS, WITHHELD_LABELS } from '../../modules/consultation';
import { UNIT_TYPE_LABELS } from '../../modules/organisations';
import { DOC_TYPE_LABELS } from '../../modules/policies';
import type { Locale } from './i18n';

const VI = {
  commenterType: COMMENTER_TYPE_LABELS,
  stance: STANCE_LABELS,
  state: STATE_LABELS,
  disposition: DISPOSITION_LABELS,
  withheld: WITHHELD_LABELS,
  docType: DOC_TYPE_LABELS as Readonly<Record<string, string>>,
  unitType: UNIT_TYPE_LABELS as Readonly<Record<string, string>>,
};

/** Which list of codes a label belongs to. */
export type LabelKind = keyof typeof VI;

/** English labels by kind and code (exported for the completeness test). */
export const EN_LABELS: Readonly<Record<LabelKind, Readonly<Record<string, string>>>> = {
  commenterType: { citizen: 'Citizen', business: 'Business', organisation: 'Organisation', agency: 'State agency' },
  stance: { agree: 'Agrees', disagree: 'Disagrees', propose: 'Proposes changes' },
  state: { pending_verification: 'Awaiting email confirmation', pending: 'Awaiting moderation', published: 'Published', withheld: 'Not published' },
  disposition: { tiep_thu: 'Taken up', tiep_thu_mot_phan: 'Partly taken up', giai_trinh: 'Explained, not taken up', ngoai_pham_vi: 'Outside the scope of the draft' },
  withheld: { spam: 'Spam', abusive: 'Abusive language', off_topic: 'Not about the draft', personal_data: 'Contains personal data (hidden)' },
  docType: {
    nq_hdnd_tinh: "Resolution of the Provincial People's Council",
    qd_ubnd_tinh: "Decision of the Provincial People's Committee",
    nq_hdnd_xa: "Resolution of a Commune People's Council",
    qd_ubnd_xa: "Decision of a Commune People's Committee",
    khac: 'Other document',
  },
  unitType: {
    ubnd_tinh: "Provincial People's Committee",
    hdnd_tinh: "Provincial People's Council",
    so: 'Department',
    ban: 'Board',
    van_phong: 'Office',
    thanh_tra: 'Inspectorate',
    ubnd_huyen: "District People's Committee",
    ubnd_xa: "Commune People's Committee",
    bao_chi: 'Press agency',
    dang: 'Party body',
    cong_an: 'Police',
    quan_su: 'Military command',
    doan_the: 'Socio-political organisation',
    hoi_dong: 'Council',
    trung_tam: 'Centre',
    bo: 'Ministry or central agency',
    chinh_phu: 'Government',
    khac: 'Other',
  },
};

/** The Vietnamese labels by kind (the module's), for the completeness test. */
export const VI_LABELS: Readonly<Record<LabelKind, Readonly<Record<string, string>>>> = VI;

/** The label of `code` in `locale`; the Vietnamese one when English has none, undefined for an unknown code. */
export function labelOf(locale: Locale, kind: LabelKind, code: string): string | undefined {
  const own = locale === 'vi' ? undefined : EN_LABELS[kind][code];
  return own ?? VI[kind][code];
}
