import { IMPACT_KEYS, type ImpactKey } from '../api-types';
import { useI18n } from '../../../app/i18n-context';

/** Props of {@link ImpactCriteria}. */
export interface ImpactCriteriaProps {
  values: Record<ImpactKey, boolean>;
  onChange: (values: Record<ImpactKey, boolean>) => void;
  /** Prefix of the checkbox ids (unique on the page). */
  idPrefix: string;
}

/** Tells whether all four QĐ 407 criteria hold, i.e. the policy has a large social impact. */
export function isLargeImpact(values: Partial<Record<ImpactKey, boolean>>): boolean {
  return IMPACT_KEYS.every((k) => values[k] === true);
}

/** The four QĐ 407 criteria as checkboxes, with the conclusion announced when all four are checked. */
export function ImpactCriteria({ values, onChange, idPrefix }: ImpactCriteriaProps) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset" aria-describedby={`${idPrefix}-conclusion`}>
      <legend>{t('impact.legend')}</legend>
      <ul className="check-list">
        {IMPACT_KEYS.map((key) => (
          <li key={key} className="check">
            <input id={`${idPrefix}-${key}`} type="checkbox" className="check__input" checked={values[key]}
              onChange={(e) => onChange({ ...values, [key]: e.target.checked })} />
            <label htmlFor={`${idPrefix}-${key}`}>{t(`impact.${key}`)}</label>
          </li>
        ))}
      </ul>
      <p id={`${idPrefix}-conclusion`} role="status" className={isLargeImpact(values) ? 'impact-large' : 'muted'}>
        {isLargeImpact(values) ? t('impact.large') : t('impact.notLarge')}
      </p>
    </fieldset>
  );
}
