/**
 * Labels of the consultation codes (commenter type, stance, state, answer, withholding reason) on portal pages.
 * Vietnamese uses the module's labels, shared with the synthesis report and the exports; English has its own.
 */
import { COMMENTER_TYPE_LABELS, DISPOSITION_LABELS, STANCE_LABELS, STATE_LABELS, WITHHELD_LABELS } from '../../modules/consultation';
import type { Locale } from './i18n';

const VI = { commenterType: COMMENTER_TYPE_LABELS, stance: STANCE_LABELS, state: STATE_LABELS, disposition: DISPOSITION_LABELS, withheld: WITHHELD_LABELS };

/** Which list of codes a label belongs to. */
export type LabelKind = keyof typeof VI;

/** English labels by kind and code (exported for the completeness test). */
export const EN_LABELS: Readonly<Record<LabelKind, Readonly<Record<string, string>>>> = {
  commenterType: { citizen: 'Citizen', business: 'Business', organisation: 'Organisation', agency: 'State agency' },
  stance: { agree: 'Agrees', disagree: 'Disagrees', propose: 'Proposes changes' },
  state: { pending_verification: 'Awaiting email confirmation', pending: 'Awaiting moderation', published: 'Published', withheld: 'Not published' },
  disposition: { tiep_thu: 'Taken up', tiep_thu_mot_phan: 'Partly taken up', giai_trinh: 'Explained, not taken up', ngoai_pham_vi: 'Outside the scope of the draft' },
  withheld: { spam: 'Spam', abusive: 'Abusive language', off_topic: 'Not about the draft', personal_data: 'Contains personal data (hidden)' },
};

/** The Vietnamese labels by kind (the module's), for the completeness test. */
export const VI_LABELS: Readonly<Record<LabelKind, Readonly<Record<string, string>>>> = VI;

/** The label of `code` in `locale`; the Vietnamese one when English has none, undefined for an unknown code. */
export function labelOf(locale: Locale, kind: LabelKind, code: string): string | undefined {
  const own = locale === 'vi' ? undefined : EN_LABELS[kind][code];
  return own ?? VI[kind][code];
}
