import type { ReactNode } from 'react';
import { DateText, formatDate } from '../../ui';
import type { PlanHeader } from '../api-types-plans';
import { isIsoDate } from '../dates';
import { useI18n } from '../i18n-context';

function Row({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <div className="details-list__row">
      <dt>{label}</dt>
      <dd>{empty ? t('common.dash') : children}</dd>
    </div>
  );
}

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
}

/** Description list of a plan document's header: number, date, issuer, title, bases, report deadline, signer. */
export function PlanFacts({ plan, reportDue }: PlanFactsProps) {
  const { t } = useI18n();
  const deadline = dateOrText(plan.reportDeadline);
  const dueText = formatDate(reportDue);
  const due = dueText && !deadline.includes(dueText) ? dueText : '';
  return (
    <dl className="details-list">
      <Row label={t('plan.number')}>{plan.number}</Row>
      <Row label={t('plan.kind')}>{plan.kind}</Row>
      <Row label={t('plan.issuedOn')}>
        {plan.issuedOn ? <DateText value={plan.issuedOn} /> : null}
        {plan.place ? <span className="muted"> — {plan.place}</span> : null}
      </Row>
      <Row label={t('plan.issuer')}>{plan.issuer}</Row>
      <Row label={t('plan.title')}>{plan.title}</Row>
      <Row label={t('plan.bases')}>
        {(plan.bases ?? []).length > 0 ? (
          <ul className="plain-list">
            {(plan.bases ?? []).map((b, i) => (
              <li key={`${b.number}-${i}`}>
                {b.date ? t('plan.basis', { number: b.number, date: dateOrText(b.date) }) : b.number}
              </li>
            ))}
          </ul>
        ) : null}
      </Row>
      <Row label={t('plan.reportDeadline')}>{[deadline, due].filter(Boolean).join(' — ')}</Row>
      <Row label={t('plan.signer')}>
        {plan.signer ? t('plan.signerText', { name: plan.signer.name, title: plan.signer.title }) : null}
      </Row>
      {(plan.recipients ?? []).length > 0 ? (
        <Row label={t('plan.recipients')}>
          <ul className="plain-list">
            {(plan.recipients ?? []).map((r, i) => (
              <li key={`${r}-${i}`}>{r}</li>
            ))}
          </ul>
        </Row>
      ) : null}
    </dl>
  );
}
