import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DateField, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { ActionForm } from '../../../app/components/action-form';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { isIsoDate } from '../../../app/dates';
import { commissionsApi, commissionsQueries, vnd } from '../api';
import type { CommissionDetail } from '../api-types';

function useAction<B>(id: string, call: (body: B) => Promise<CommissionDetail>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (updated) => {
      queryClient.setQueryData(commissionsQueries.one(id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['commissions', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['commissions', 'budget'] });
      onDone?.();
    },
  });
}

const whole = (s: string) => (/^\d+$/u.test(s.replace(/[.\s]/gu, '')) ? Number(s.replace(/[.\s]/gu, '')) : Number.NaN);

/** What a monitored item gives the deliverable form when it is chosen as one. */
export interface DeliverablePrefill {
  title: string;
  url: string;
  publishedOn: string;
}

/** The forms the person may use on the order at its stage (abilities from the server). */
export function CommissionActions({ c, prefill }: { c: CommissionDetail; prefill?: DeliverablePrefill | null }) {
  const { t } = useI18n();
  const a = c.abilities;
  const [sign, setSign] = useState({ contractNo: '', signedOn: '', overBudgetReason: '' });
  const emptyItem = { lineId: c.lines[0]?.id ?? '', title: '', url: '', channel: '', airedOn: '', airedAt: '', durationMinutes: '', publishedOn: '' };
  const [item, setItem] = useState(prefill ? { ...emptyItem, ...prefill } : emptyItem);
  const [acc, setAcc] = useState({ acceptedOn: '', members: '', quality: '', quantities: {} as Record<string, string> });
  const [pay, setPay] = useState({ paidOn: '', amount: '', documentNo: '' });
  const [liquidatedOn, setLiquidatedOn] = useState('');
  const [reason, setReason] = useState('');
  const [serviceId, setServiceId] = useState(c.service?.id ?? '');
  const options = useQuery({ ...commissionsQueries.options(), enabled: a.canSetService });
  // services of the lists in force on the order's start date
  const services = (options.data?.services ?? []).filter((s) => isIsoDate(c.startsOn) && s.validFrom <= c.startsOn && (s.validTo === null || c.startsOn <= s.validTo));
  const setService = useAction(c.id, () => commissionsApi.setService(c.id, serviceId));
  const approve = useAction(c.id, () => commissionsApi.approve(c.id));
  const signM = useAction(c.id, () => commissionsApi.sign(c.id, { contractNo: sign.contractNo, signedOn: sign.signedOn, overBudgetReason: sign.overBudgetReason || null }));
  const [file, setFile] = useState<File | null>(null);
  const deliver = useAction(
    c.id,
    () => {
      const body = { lineId: item.lineId, title: item.title, url: item.url || null, channel: item.channel || null, airedOn: item.airedOn || null, airedAt: item.airedAt || null, durationMinutes: item.durationMinutes ? whole(item.durationMinutes) : null, publishedOn: item.publishedOn };
      return file ? commissionsApi.deliverWithFile(c.id, body, file) : commissionsApi.deliver(c.id, body);
    },
    () => {
      setItem(emptyItem);
      setFile(null);
    },
  );
  const accept = useAction(c.id, () =>
    commissionsApi.accept(c.id, { acceptedOn: acc.acceptedOn, members: acc.members.split('\n').map((m) => m.trim()).filter(Boolean), quality: acc.quality, lines: c.lines.map((l) => ({ lineId: l.id, quantity: acc.quantities[l.id] ? whole(acc.quantities[l.id]!) : 0 })) }),
  );
  const payM = useAction(c.id, () => commissionsApi.pay(c.id, { paidOn: pay.paidOn, amount: whole(pay.amount), documentNo: pay.documentNo }), () => setPay({ paidOn: '', amount: '', documentNo: '' }));
  const liquidate = useAction(c.id, () => commissionsApi.liquidate(c.id, { liquidatedOn }));
  const cancel = useAction(c.id, () => commissionsApi.cancel(c.id, { reason }));
  const e = { sign: fieldErrors(signM.error), item: fieldErrors(deliver.error), acc: fieldErrors(accept.error), pay: fieldErrors(payM.error) };

  return (
    <>
      {a.canSetService && c.serviceProblem ? (
        <ActionForm className="comm-action" id="service" title={t('comm.service.title')} submit={t('comm.service.submit')} error={setService.error} busy={setService.isPending} shown={['serviceId']} onSubmit={() => setService.mutate(undefined)}>
          <SelectField label={t('comm.field.service')} name="serviceId" required value={serviceId} placeholder={t('comm.field.noService')} error={fieldErrors(setService.error).serviceId}
            options={services.map((s) => ({ value: s.id, label: t('comm.field.serviceOption', { name: s.name, types: s.productTypeLabels.join(', '), decision: s.decisionNo }) }))} onChange={(ev) => setServiceId(ev.target.value)} />
        </ActionForm>
      ) : null}
      {a.canApprove ? <ActionForm className="comm-action" id="approve" title={t('comm.approve.title')} submit={t('comm.approve.submit')} error={approve.error} busy={approve.isPending} shown={[]} onSubmit={() => approve.mutate(undefined)} /> : null}
      {a.canSign ? (
        <ActionForm className="comm-action" id="sign" title={t('comm.sign.title')} submit={t('comm.sign.submit')} error={signM.error} busy={signM.isPending} shown={['contractNo', 'signedOn', 'overBudgetReason']} onSubmit={() => signM.mutate(undefined)}>
          <Field label={t('comm.sign.contractNo')} name="contractNo" required value={sign.contractNo} error={e.sign.contractNo} onChange={(ev) => setSign({ ...sign, contractNo: ev.target.value })} />
          <DateField label={t('comm.sign.signedOn')} name="signedOn" required value={sign.signedOn} error={e.sign.signedOn} onChange={(v) => setSign({ ...sign, signedOn: v })} />
          {c.budget && c.budget.overBy > 0 ? (
            <TextareaField label={t('comm.sign.reason')} name="overBudgetReason" rows={2} value={sign.overBudgetReason} error={e.sign.overBudgetReason} onChange={(ev) => setSign({ ...sign, overBudgetReason: ev.target.value })} />
          ) : null}
        </ActionForm>
      ) : null}
      {a.canDeliver ? (
        <ActionForm className="comm-action" id="deliver" title={t('comm.deliver.title')} submit={t('comm.deliver.submit')} error={deliver.error} busy={deliver.isPending} shown={['lineId', 'title', 'url', 'channel', 'airedOn', 'airedAt', 'durationMinutes', 'publishedOn', 'file']} onSubmit={() => deliver.mutate(undefined)}>
          <SelectField label={t('comm.deliver.line')} name="lineId" required value={item.lineId} error={e.item.lineId}
            options={c.lines.map((l, i) => ({ value: l.id, label: `${i + 1}. ${l.productTypeLabel}: ${l.topic}` }))} onChange={(ev) => setItem({ ...item, lineId: ev.target.value })} />
          <Field label={t('comm.deliver.itemTitle')} name="itemTitle" required value={item.title} error={e.item.title} onChange={(ev) => setItem({ ...item, title: ev.target.value })} />
          <Field label={t('comm.deliver.url')} name="url" type="url" value={item.url} error={e.item.url} onChange={(ev) => setItem({ ...item, url: ev.target.value })} />
          <Field label={t('comm.deliver.channel')} name="channel" value={item.channel} error={e.item.channel} onChange={(ev) => setItem({ ...item, channel: ev.target.value })} />
          <DateField label={t('comm.deliver.airedOn')} name="airedOn" value={item.airedOn} error={e.item.airedOn} onChange={(v) => setItem({ ...item, airedOn: v })} />
          <Field label={t('comm.deliver.airedAt')} name="airedAt" value={item.airedAt} error={e.item.airedAt} onChange={(ev) => setItem({ ...item, airedAt: ev.target.value })} />
          <Field label={t('comm.deliver.duration')} name="durationMinutes" inputMode="numeric" value={item.durationMinutes} error={e.item.durationMinutes} onChange={(ev) => setItem({ ...item, durationMinutes: ev.target.value })} />
          <DateField label={t('comm.deliver.publishedOn')} name="publishedOn" required value={item.publishedOn} error={e.item.publishedOn} onChange={(v) => setItem({ ...item, publishedOn: v })} />
          <Field label={t('comm.deliver.file')} hint={t('comm.deliver.fileHint')} name="file" type="file" accept=".pdf,.docx,.png,.jpg,.jpeg,.gif,.webp" error={e.item.file} onChange={(ev) => setFile(ev.target.files?.[0] ?? null)} />
        </ActionForm>
      ) : null}
      {a.canAccept ? (
        <ActionForm className="comm-action" id="accept" title={t('comm.accept.title')} submit={t('comm.accept.submit')} error={accept.error} busy={accept.isPending} shown={['acceptedOn', 'members', 'quality', ...c.lines.map((_, i) => `lines.${i}.quantity`)]} onSubmit={() => accept.mutate(undefined)}>
          <DateField label={t('comm.accept.acceptedOn')} name="acceptedOn" required value={acc.acceptedOn} error={e.acc.acceptedOn} onChange={(v) => setAcc({ ...acc, acceptedOn: v })} />
          <TextareaField label={t('comm.accept.members')} name="members" required rows={3} value={acc.members} error={e.acc.members} onChange={(ev) => setAcc({ ...acc, members: ev.target.value })} />
          <TextareaField label={t('comm.accept.quality')} name="quality" required rows={2} value={acc.quality} error={e.acc.quality} onChange={(ev) => setAcc({ ...acc, quality: ev.target.value })} />
          {c.lines.map((l, i) => (
            <Field key={l.id} label={t('comm.accept.quantity', { product: `${i + 1}. ${l.productTypeLabel}`, open: Math.max(0, Math.min(l.delivered, l.quantity) - l.accepted), unit: l.unit })} name={`accept.${i}`} inputMode="numeric"
              value={acc.quantities[l.id] ?? ''} error={e.acc[`lines.${i}.quantity`]} onChange={(ev) => setAcc({ ...acc, quantities: { ...acc.quantities, [l.id]: ev.target.value } })} />
          ))}
        </ActionForm>
      ) : null}
      {a.canPay ? (
        <ActionForm className="comm-action" id="pay" title={t('comm.pay.title')} submit={t('comm.pay.submit')} error={payM.error} busy={payM.isPending} shown={['paidOn', 'amount', 'documentNo']} onSubmit={() => payM.mutate(undefined)}>
          <p>{t('comm.pay.intro', { amount: vnd(c.payableAmount) })}</p>
          <DateField label={t('comm.pay.paidOn')} name="paidOn" required value={pay.paidOn} error={e.pay.paidOn} onChange={(v) => setPay({ ...pay, paidOn: v })} />
          <Field label={t('comm.pay.amount')} name="amount" required inputMode="numeric" value={pay.amount} error={e.pay.amount} onChange={(ev) => setPay({ ...pay, amount: ev.target.value })} />
          <Field label={t('comm.pay.documentNo')} name="documentNo" required value={pay.documentNo} error={e.pay.documentNo} onChange={(ev) => setPay({ ...pay, documentNo: ev.target.value })} />
        </ActionForm>
      ) : null}
      {a.canLiquidate ? (
        <ActionForm className="comm-action" id="liquidate" title={t('comm.liquidate.title')} submit={t('comm.liquidate.submit')} error={liquidate.error} busy={liquidate.isPending} shown={['liquidatedOn']} onSubmit={() => liquidate.mutate(undefined)}>
          <DateField label={t('comm.liquidate.on')} name="liquidatedOn" required value={liquidatedOn} error={fieldErrors(liquidate.error).liquidatedOn} onChange={setLiquidatedOn} />
        </ActionForm>
      ) : null}
      {a.canCancel ? (
        <ActionForm className="comm-action" id="cancel" title={t('comm.cancel.title')} submit={t('comm.cancel.submit')} variant="danger" error={cancel.error} busy={cancel.isPending} shown={['reason']} onSubmit={() => cancel.mutate(undefined)}>
          <TextareaField label={t('comm.cancel.reason')} name="reason" required rows={2} value={reason} error={fieldErrors(cancel.error).reason} onChange={(ev) => setReason(ev.target.value)} />
        </ActionForm>
      ) : null}
    </>
  );
}
