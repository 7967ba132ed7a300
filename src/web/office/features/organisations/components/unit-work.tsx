import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, formatDate, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { orgApi, orgQueries } from '../api';
import type { OrgUnit, UnitWork as Work } from '../api-types';
import { todayIso } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { Link } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { DateInput } from '../../../app/components/date-input';
import { FormError } from '../../../app/components/form-error';
import { unitHref } from './org-tree';
import { useUnitOptions } from './unit-options';

function UnitLinks({ units }: { units: readonly { id: string; name: string }[] }) {
  return (
    <>
      {units.map((u, i) => (
        <span key={u.id}>
          {i > 0 ? '; ' : null}
          <Link to={unitHref(u.id, null)}>{u.name}</Link>
        </span>
      ))}
    </>
  );
}

/** The coordinator's form: from a date, this unit's work passes to the chosen unit, with the reason. */
function CarrierForm({ unit }: { unit: OrgUnit }) {
  const { t } = useI18n();
  const options = useUnitOptions();
  const [toId, setToId] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(unit.validTo ?? todayIso());
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => orgApi.setWorkCarrier(unit.id, { toId, effectiveOn, reason: reason.trim() }),
    onSuccess: () => {
      setReason('');
      return queryClient.invalidateQueries({ queryKey: orgQueries.all });
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="work-form-title" className="unit-work__form">
      <h3 id="work-form-title">{t('work.formTitle')}</h3>
      <p className="muted">{t('work.formIntro')}</p>
      <FormError error={save.error} shownFields={[]} />
      <SelectField label={t('work.to')} name="toId" value={toId} onChange={(e) => setToId(e.target.value)}
        options={[{ value: '', label: t('work.choose') }, ...(options.data ?? [])]} />
      <DateInput label={t('work.effectiveOn')} name="effectiveOn" value={effectiveOn} onChange={setEffectiveOn} />
      <TextareaField label={t('work.reason')} name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button type="submit" busy={save.isPending} disabled={!toId || !effectiveOn}>{t('work.submit')}</Button>
    </form>
  );
}

/**
 * "Công việc của đơn vị": who carries this unit's work today (itself, its successors, or a coordinator's choice),
 * whose work it carries, and the coordinator's decisions with their reasons.
 */
export function UnitWork({ unit }: { unit: OrgUnit }) {
  const { t } = useI18n();
  const me = useMe();
  const isCoordinator = can(me, 'org.write');
  const work: Work = unit.work;
  const queryClient = useQueryClient();
  const clear = useMutation({
    mutationFn: (effectiveOn: string) => orgApi.clearWorkCarrier(unit.id, effectiveOn),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueries.all }),
  });
  const isSelf = work.carriers.length === 1 && work.carriers[0]?.id === unit.id;
  // a merge decides who carries the work; functions transferred elsewhere are named so the coordinator can decide
  const carrierIds = new Set(work.carriers.map((c) => c.id));
  const partly = unit.successors.filter((s) => s.kind === 'transfer' && !carrierIds.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
  return (
    <section className="panel" aria-labelledby="unit-work-title">
      <h2 id="unit-work-title">{t('work.title')}</h2>
      {isSelf ? (
        <p>{t('work.self')}</p>
      ) : work.carriers.length === 0 ? (
        <Alert variant="warning" title={t('work.nobody')}>{isCoordinator ? t('work.nobodyCoordinator') : t('work.nobodyOthers')}</Alert>
      ) : (
        <p>
          {t('work.carriedBy')} <UnitLinks units={work.carriers} />
          {work.isOverridden ? ` ${t('work.byDecision')}` : work.isShared ? ` ${t('work.shared')}` : ` ${t('work.bySuccession')}`}
        </p>
      )}
      {partly.length > 0 ? (
        <p>
          {t('work.partly')} <UnitLinks units={partly} />. {isCoordinator ? t('work.partlyCoordinator') : null}
        </p>
      ) : null}
      {work.inherited.length > 0 ? (
        <p>
          {t('work.inherited', { count: work.inherited.length })} <UnitLinks units={work.inherited} />
        </p>
      ) : null}
      {work.decisions.length > 0 ? (
        <>
          <h3>{t('work.decisions')}</h3>
          <FormError error={clear.error} shownFields={[]} />
          <ul className="plain-list">
            {work.decisions.map((d) => (
              <li key={d.effectiveOn}>
                {t('work.decision', { date: formatDate(d.effectiveOn), name: d.to.name, reason: d.reason })}{' '}
                {isCoordinator ? (
                  <Button variant="secondary" busy={clear.isPending && clear.variables === d.effectiveOn} onClick={() => clear.mutate(d.effectiveOn)}>{t('work.clear')}</Button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {isCoordinator && (!isSelf || unit.validTo !== null || work.decisions.length > 0) ? <CarrierForm unit={unit} /> : null}
    </section>
  );
}
