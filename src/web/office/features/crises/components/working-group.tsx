import { useState } from 'react';
import { Button, Field, formatDateTime, SelectField } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { crisesApi } from '../api';
import type { CrisisDetail, CrisisOptions, MemberBody } from '../api-types';
import { instantOf } from '../pages/crisis-new-page';
import { useCrisisChange } from './use-change';
import { DateTimeInput } from '../../../app/components/date-time-input';

/** The working group by role (past holders kept), the on-call roster, and the forms that change them. */
export function WorkingGroup({ crisis, options }: { crisis: CrisisDetail; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  const [member, setMember] = useState({ role: '', userId: '' });
  const [shift, setShift] = useState({ userId: '', startsAt: '', endsAt: '' });
  const assign = useCrisisChange(crisis.id, (body: MemberBody) => crisesApi.member(crisis.id, body), () => setMember({ role: '', userId: '' }));
  const addShift = useCrisisChange(crisis.id, () => crisesApi.roster(crisis.id, { userId: shift.userId, startsAt: instantOf(shift.startsAt) ?? '', endsAt: instantOf(shift.endsAt) ?? '' }), () => setShift({ userId: '', startsAt: '', endsAt: '' }));
  const people = (options?.people ?? []).map((p) => ({ value: p.id, label: p.name }));
  const current = crisis.members.filter((m) => m.isCurrent);
  const past = crisis.members.filter((m) => !m.isCurrent);
  return (
    <section aria-labelledby="group">
      <h2 id="group">{t('crises.group.title')}</h2>
      <ul>
        {current.map((m) => (
          <li key={`${m.role}-${m.validFrom}`}>
            <strong>{m.roleLabel}</strong>: {m.personName}
            {m.fromRegistry ? ` (${t('crises.group.registry')})` : ''}
          </li>
        ))}
        {past.map((m) => (
          <li key={`${m.role}-${m.validFrom}`} className="crisis-meta">
            {m.roleLabel}: {t('crises.group.past', { name: m.personName, from: formatDateTime(m.validFrom), to: m.validTo ? formatDateTime(m.validTo) : '' })}
          </li>
        ))}
      </ul>
      {crisis.abilities.canManage ? (
        <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); assign.mutate({ role: member.role as MemberBody['role'], userId: member.userId || null }); }} aria-label={t('crises.group.set')}>
          <SelectField label={t('crises.field.role')} name="role" value={member.role} placeholder={t('crises.choose')} options={(options?.roles ?? []).map((r) => ({ value: r.code, label: r.label }))} onChange={(e) => setMember({ ...member, role: e.target.value })} />
          <SelectField label={t('crises.field.person')} name="userId" value={member.userId} placeholder={t('crises.none')} options={people} onChange={(e) => setMember({ ...member, userId: e.target.value })} />
          <Button type="submit" busy={assign.isPending}>{t('crises.group.set')}</Button>
          <FormError error={assign.error} />
        </form>
      ) : null}
      <h3>{t('crises.roster.title')}</h3>
      <ul>
        {crisis.roster.map((r, i) => (
          <li key={i}>
            {r.personName}: {formatDateTime(r.startsAt)} – {formatDateTime(r.endsAt)}
            {r.isNow ? ` (${t('crises.roster.now')})` : ''}
          </li>
        ))}
      </ul>
      {crisis.abilities.canManage ? (
        <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); addShift.mutate(undefined); }} aria-label={t('crises.roster.add')}>
          <SelectField label={t('crises.field.person')} name="rosterUser" value={shift.userId} placeholder={t('crises.choose')} options={people} onChange={(e) => setShift({ ...shift, userId: e.target.value })} />
          <DateTimeInput label={t('crises.field.from')} name="startsAt" value={shift.startsAt} onChange={(v) => setShift({ ...shift, startsAt: v })} />
          <DateTimeInput label={t('crises.field.to')} name="endsAt" value={shift.endsAt} onChange={(v) => setShift({ ...shift, endsAt: v })} />
          <Button type="submit" busy={addShift.isPending}>{t('crises.roster.add')}</Button>
          <FormError error={addShift.error} />
        </form>
      ) : null}
    </section>
  );
}
