import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, SelectField } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { can, useMe } from '../../../app/session';
import { networkQueries } from '../api';
import type { FocalPoint, FocalPointBody } from '../api-types';

const EMPTY: FocalPointBody = { personId: null, personName: '', title: '', unitId: '', level: 'department', email: '', phone: '', zaloUserId: '', zaloJoinedOn: null, validFrom: '', validTo: null };
const FIELDS = ['personName', 'title', 'unitId', 'level', 'email', 'phone', 'zaloUserId', 'zaloJoinedOn', 'validFrom', 'validTo'];

/** The add / edit form of a focal point; the server checks it (unit, contacts, dates). */
export function FocalPointForm(props: { initial?: FocalPoint; submitLabel: string; busy: boolean; error: unknown; onSubmit: (body: FocalPointBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(networkQueries.options());
  const me = useMe();
  const i = props.initial;
  const [d, setD] = useState<FocalPointBody>(
    i ? { personId: i.personId, personName: i.personName, title: i.title ?? '', unitId: i.unitId, level: i.level as FocalPointBody['level'], email: i.email ?? '', phone: i.phone ?? '', zaloUserId: i.zaloUserId ?? '', zaloJoinedOn: i.zaloJoinedOn, validFrom: i.validFrom, validTo: i.validTo } : EMPTY,
  );
  const set = (patch: Partial<FocalPointBody>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  const people = useQuery({ ...networkQueries.people(d.unitId), enabled: d.unitId !== '' && can(me, 'people.read') });
  // choosing a person of the directory fills the fields it knows; typing a name instead designates someone outside it
  const choosePerson = (id: string) => {
    const p = people.data?.items.find((x) => x.id === id);
    setD((x) => (p ? { ...x, personId: p.id, personName: p.fullName, title: p.title ?? x.title, email: p.email ?? x.email, phone: p.phone ?? x.phone } : { ...x, personId: null }));
  };
  const units = [...(options.data?.units ?? [])];
  if (i && !units.some((u) => u.id === i.unitId)) units.unshift({ id: i.unitId, name: i.unitName });
  return (
    <form className="network-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); props.onSubmit({ ...d, validTo: d.validTo || null, zaloJoinedOn: d.zaloJoinedOn || null }); }}>
      <FormError error={props.error} shownFields={FIELDS} />
      <SelectField label={t('network.fp.unit')} name="unitId" required value={d.unitId} placeholder={t('network.choose')} error={errors.unitId}
        options={units.map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ unitId: e.target.value, personId: null })} />
      {people.data && people.data.items.length > 0 ? (
        <SelectField label={t('network.fp.person')} name="personId" hint={t('network.fp.personHint')} value={d.personId ?? ''} placeholder={t('network.fp.notInDirectory')}
          options={people.data.items.map((p) => ({ value: p.id, label: p.title ? `${p.fullName} — ${p.title}` : p.fullName }))} onChange={(e) => choosePerson(e.target.value)} />
      ) : null}
      <Field label={t('network.fp.name')} name="personName" required value={d.personName ?? ''} error={errors.personName} onChange={(e) => set({ personName: e.target.value })} />
      <Field label={t('network.fp.title')} name="title" value={d.title ?? ''} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
      <SelectField label={t('network.fp.level')} name="level" required value={d.level} error={errors.level}
        options={(options.data?.levels ?? []).map((l) => ({ value: l.code, label: l.label }))} onChange={(e) => set({ level: e.target.value as FocalPointBody['level'] })} />
      <Field label={t('network.fp.email')} name="email" type="email" value={d.email ?? ''} error={errors.email} onChange={(e) => set({ email: e.target.value })} />
      <Field label={t('network.fp.phone')} name="phone" type="tel" value={d.phone ?? ''} error={errors.phone} onChange={(e) => set({ phone: e.target.value })} />
      <Field label={t('network.fp.zaloUserId')} name="zaloUserId" inputMode="numeric" hint={t('network.fp.zaloUserIdHint')} value={d.zaloUserId ?? ''} error={errors.zaloUserId} onChange={(e) => set({ zaloUserId: e.target.value })} />
      <DateField label={t('network.fp.zaloJoinedOn')} name="zaloJoinedOn" value={d.zaloJoinedOn ?? ''} error={errors.zaloJoinedOn} onChange={(v) => set({ zaloJoinedOn: v || null })} />
      <DateField label={t('network.fp.validFrom')} name="validFrom" required value={d.validFrom} error={errors.validFrom} onChange={(v) => set({ validFrom: v })} />
      <DateField label={t('network.fp.validTo')} name="validTo" value={d.validTo ?? ''} error={errors.validTo} onChange={(v) => set({ validTo: v || null })} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
