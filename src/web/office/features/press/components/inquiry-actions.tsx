import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DateField, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { ActionForm } from '../../../app/components/action-form';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { pressApi, pressQueries } from '../api';
import type { InquiryDetail } from '../api-types';

function useAction<B>(inquiryId: string, call: (body: B) => Promise<InquiryDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (updated) => {
      queryClient.setQueryData(pressQueries.inquiry(inquiryId).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['press', 'inquiries'] });
    },
  });
}

/** The forms the person may use on an open inquiry (abilities from the server): assign, extend, answer, refuse. */
export function InquiryActions({ inquiry, grounds }: { inquiry: InquiryDetail; grounds: { code: string; label: string; basis: string; kinds: string[] }[] }) {
  const { t } = useI18n();
  const options = useQuery({ ...pressQueries.options(), enabled: inquiry.abilities.canManage });
  const [unitId, setUnitId] = useState(inquiry.unit?.id ?? '');
  const [officerId, setOfficerId] = useState(inquiry.officer?.id ?? '');
  const officers = useQuery({ ...pressQueries.officers(unitId), enabled: inquiry.abilities.canManage && unitId !== '' });
  const [sentOn, setSentOn] = useState('');
  const [noticeRef, setNoticeRef] = useState('');
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [ground, setGround] = useState('');
  const [note, setNote] = useState('');
  const [groundError, setGroundError] = useState<string | undefined>();
  const assign = useAction(inquiry.id, (b: { unitId: string; officerId: string | null }) => pressApi.assign(inquiry.id, b));
  const notice = useAction(inquiry.id, (b: { sentOn: string; ref: string }) => pressApi.notice(inquiry.id, b));
  const extend = useAction(inquiry.id, (b: { days: number; reason: string }) => pressApi.extend(inquiry.id, b));
  // the file goes first: an answered inquiry takes no more files
  const answer = useAction(inquiry.id, async (b: { text: string; file: File | null }) => {
    if (b.file) await pressApi.attachFile(inquiry.id, b.file);
    return pressApi.answer(inquiry.id, { text: b.text });
  });
  const refuse = useAction(inquiry.id, (b: { ground: string; note: string | null }) => pressApi.refuse(inquiry.id, b as Parameters<typeof pressApi.refuse>[1]));
  const applicable = grounds.filter((g) => g.kinds.includes(inquiry.kind));

  return (
    <>
      {inquiry.abilities.canAnswer ? (
        <ActionForm className="press-action" id="answer" title={t('press.answer.title')} submit={t('press.answer.submit')} error={answer.error} busy={answer.isPending} shown={['text', 'file']} onSubmit={() => answer.mutate({ text, file })}>
          <TextareaField label={t('press.answer.text')} name="text" rows={6} value={text} error={fieldErrors(answer.error).text} onChange={(e) => setText(e.target.value)} />
          <Field label={t('press.answer.file')} hint={t('press.answer.fileHint')} name="file" type="file" accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.zip" error={fieldErrors(answer.error).file} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </ActionForm>
      ) : null}
      {inquiry.abilities.canRecordNotice ? (
        <ActionForm className="press-action" id="notice" title={t('press.notice.title')} submit={t('press.notice.submit')} error={notice.error} busy={notice.isPending} shown={['sentOn', 'ref']} onSubmit={() => notice.mutate({ sentOn, ref: noticeRef })}>
          <DateField label={t('press.notice.sentOn')} name="sentOn" required value={sentOn} error={fieldErrors(notice.error).sentOn} onChange={setSentOn} />
          <Field label={t('press.notice.ref')} name="ref" value={noticeRef} error={fieldErrors(notice.error).ref} onChange={(e) => setNoticeRef(e.target.value)} />
        </ActionForm>
      ) : null}
      {inquiry.abilities.canManage ? (
        <ActionForm className="press-action" id="assign" title={t('press.assign.title')} submit={t('press.assign.submit')} error={assign.error} busy={assign.isPending} shown={['unitId', 'officerId']} onSubmit={() => assign.mutate({ unitId, officerId: officerId || null })}>
          <SelectField label={t('press.field.unit')} name="unitId" value={unitId} placeholder={t('press.choose')} error={fieldErrors(assign.error).unitId}
            options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => { setUnitId(e.target.value); setOfficerId(''); }} />
          <SelectField label={t('press.field.officer')} name="officerId" value={officerId} placeholder={t('press.field.noOfficer')} error={fieldErrors(assign.error).officerId}
            options={(officers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} onChange={(e) => setOfficerId(e.target.value)} />
        </ActionForm>
      ) : null}
      {inquiry.abilities.canExtend ? (
        <ActionForm className="press-action" id="extend" title={t('press.extend.title')} submit={t('press.extend.submit')} error={extend.error} busy={extend.isPending} shown={['days', 'reason']} onSubmit={() => extend.mutate({ days: Number(days), reason })}>
          <Field label={t('press.extend.days')} name="days" inputMode="numeric" value={days} error={fieldErrors(extend.error).days} onChange={(e) => setDays(e.target.value)} />
          <TextareaField label={t('press.extend.reason')} name="reason" rows={3} value={reason} error={fieldErrors(extend.error).reason} onChange={(e) => setReason(e.target.value)} />
        </ActionForm>
      ) : null}
      {inquiry.abilities.canAnswer ? (
        <ActionForm className="press-action" id="refuse" title={t('press.refuse.title')} submit={t('press.refuse.submit')} variant="danger" error={refuse.error} busy={refuse.isPending} shown={['ground']}
          onSubmit={() => {
            if (!ground) return setGroundError(t('press.refuse.groundRequired'));
            setGroundError(undefined);
            refuse.mutate({ ground, note: note || null });
          }}>
          <SelectField label={t('press.refuse.ground')} name="ground" value={ground} placeholder={t('press.choose')} error={groundError ?? fieldErrors(refuse.error).ground}
            options={applicable.map((g) => ({ value: g.code, label: `${g.label} (${g.basis})` }))} onChange={(e) => setGround(e.target.value)} />
          <TextareaField label={t('press.refuse.note')} name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </ActionForm>
      ) : null}
    </>
  );
}
