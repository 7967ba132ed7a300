import { DateText, formatDate } from '../../../../ui';
import type { PlanHeader } from '../api-types';
import { isIsoDate } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { docKindText } from './plan-text';
import { DetailsRow } from '../../../app/components/details-row';


/** Shows an ISO date as dd/mm/yyyy and any other text (a period as written) as it is. */
function dateOrText(value: string | null): string {
  if (!value) return '';
  return isIsoDate(value) ? formatDate(value) : value;
}

/** Props of {@link PlanFacts}. */
export interface PlanFactsProps {
  plan: PlanHeader;
  /** The computed report due date of a saved plan. */
  reportDue?: string | null;
  /** Long lists (bases, recipients) folded behind their count, so the facts take a few lines (the plan page). */
  isCompact?: boolean;
}

/** Items before a compact list is folded. */
const COMPACT_ITEMS = 3;

function FactList({ items, isCompact }: { items: readonly string[]; isCompact: boolean }) {
  const { t } = useI18n();
  const list = (
    <ul className="plain-list">
      {items.map((item, i) => (
        <li key={`${item}-${i}`}>{item}</li>
      ))}
    </ul>
  );
  if (!isCompact || items.length <= COMPACT_ITEMS) return list;
  return (
    <details className="fact-list">
      <summary>{t('planView.listCount', { count: items.length })}</summary>
      {list}
    </details>
  );
}

/** Description list of a plan document's header: number, date, issuer, title, bases, report deadline, signer. */
export function PlanFacts({ plan, reportDue, isCompact = false }: PlanFactsProps) {
  const { t, lang } = useI18n();
  const deadline = dateOrText(plan.reportDeadline);
  const dueText = formatDate(reportDue);
  const due = dueText && !deadline.includes(dueText) ? dueText : '';
  return (
    <dl className={isCompact ? 'details-list details-list--compact' : 'details-list'}>
      <DetailsRow label={t('plan.number')}>{plan.number}</DetailsRow>
      <DetailsRow label={t('plan.kind')}>{docKindText(plan, lang)}</DetailsRow>
      <DetailsRow label={t('plan.issuedOn')}>
        {plan.issuedOn ? <DateText value={plan.issuedOn} /> : null}
        {plan.place ? <span className="muted"> — {plan.place}</span> : null}
      </DetailsRow>
      <DetailsRow label={t('plan.issuer')}>{plan.issuer}</DetailsRow>
      <DetailsRow label={t('plan.title')}>{plan.title}</DetailsRow>
      <DetailsRow label={t('plan.bases')}>
        {(plan.bases ?? []).length > 0 ? (
          <FactList isCompact={isCompact} items={(plan.bases ?? []).map((b) => (b.date ? t('plan.basis', { number: b.number, date: dateOrText(b.date) }) : b.number))} />
        ) : null}
      </DetailsRow>
      <DetailsRow label={t('plan.reportDeadline')}>{[deadline, due].filter(Boolean).join(' — ')}</DetailsRow>
      <DetailsRow label={t('plan.signer')}>
        {plan.signer ? t('plan.signerText', { name: plan.signer.name, title: plan.signer.title }) : null}
      </DetailsRow>
      {(plan.recipients ?? []).length > 0 ? (
        <DetailsRow label={t('plan.recipients')}>
          <FactList isCompact={isCompact} items={plan.recipients ?? []} />
        </DetailsRow>
      ) : null}
    </dl>
  );
}
