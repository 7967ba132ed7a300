import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, DateText, Field, formatDate } from '../../../../ui';
import { roundControlApi, roundsApi, useRefreshConsultation } from '../api';
import type { Round, RoundExclusions, SynthesisSignerInput } from '../api-types-rounds';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { ConfirmAction } from '../../../app/components/confirm-action';
import { FormError } from '../../../app/components/form-error';

/** The comments the synthesis report leaves out, counted by reason, then listed (first page). */
function ExclusionList({ exclusions }: { exclusions: RoundExclusions }) {
  const { t } = useI18n();
  if (exclusions.excluded === 0) return <p>{t('synthesis.noExclusions', { counted: exclusions.counted })}</p>;
  return (
    <section className="synthesis-exclusions" aria-labelledby="synthesis-exclusions-title">
      <h5 id="synthesis-exclusions-title">{t('synthesis.exclusionsTitle', { excluded: exclusions.excluded, counted: exclusions.counted })}</h5>
      <ul>
        {exclusions.groups.map((g) => <li key={g.code}>{g.label}: {g.n}</li>)}
      </ul>
      <details>
        <summary>{t('synthesis.exclusionsList', { shown: exclusions.items.length, total: exclusions.itemsTotal })}</summary>
        <ul className="synthesis-exclusions__items">
          {exclusions.items.map((c) => (
            <li key={c.id}>{c.receiptCode} · {c.articleLabel} · {c.label}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Who signs the report (NĐ 30): prefilled with the drafting unit's head when the directory names one. */
function SignerFields({ value, onChange, errors, hasDefault }: { value: Signer; onChange: (v: Signer) => void; errors: Record<string, string>; hasDefault: boolean }) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset synthesis-signer">
      <legend>{t('synthesis.signer')}</legend>
      <p className="muted">{hasDefault ? t('synthesis.signerDefault') : t('synthesis.signerNoDefault')}</p>
      <div className="form-grid">
        <Field label={t('synthesis.signerName')} name="signerName" required value={value.signerName} maxLength={120}
          error={errors.signerName} onChange={(e) => onChange({ ...value, signerName: e.target.value })} />
        <Field label={t('synthesis.signerTitle')} name="signerTitle" required value={value.signerTitle} maxLength={120}
          hint={t('synthesis.signerTitleHint')} error={errors.signerTitle} onChange={(e) => onChange({ ...value, signerTitle: e.target.value })} />
      </div>
      <Field label={t('synthesis.signerAuthority')} name="signerAuthority" value={value.signerAuthority} maxLength={120}
        hint={t('synthesis.signerAuthorityHint')} error={errors.signerAuthority} onChange={(e) => onChange({ ...value, signerAuthority: e.target.value })} />
    </fieldset>
  );
}

interface Signer {
  signerName: string;
  signerTitle: string;
  signerAuthority: string;
}

/**
 * "Công bố báo cáo tổng hợp": offered only once the round has ended, saying until when otherwise. Before the
 * confirmation it shows which comments the report leaves out and why, and asks who signs (prefilled with the
 * drafting unit's head); the server's reason (422) is shown when comments still wait for moderation or an approved
 * answer, or when nobody is named to sign.
 */
export function SynthesisPublish({ round, canPublish }: { round: Round; canPublish: boolean }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [signer, setSigner] = useState<Signer>({ signerName: '', signerTitle: '', signerAuthority: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = useRefreshConsultation();
  // what the report leaves out and who signs by default, read when the officer starts publishing
  const prepare = useMutation({
    mutationFn: () => Promise.all([roundControlApi.exclusions(round.id), roundsApi.synthesisSigner(round.id)]),
    onMutate: () => publish.reset(),
    onSuccess: ([, fallback]) => {
      if (fallback.signer && !signer.signerName && !signer.signerTitle) {
        setSigner({ signerName: fallback.signer.name, signerTitle: fallback.signer.title, signerAuthority: fallback.signer.authority ?? '' });
      }
      setAsking(true);
    },
  });
  const publish = useMutation({
    mutationFn: (body: SynthesisSignerInput) => roundsApi.publishSynthesis(round.id, body),
    onSuccess: () => {
      setAsking(false);
      return refresh();
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const exclusions = prepare.data?.[0];
  const hasDefault = Boolean(prepare.data?.[1].signer);
  const busy = prepare.isPending || publish.isPending;

  if (round.synthesis) {
    return (
      <Alert variant="success" role="status">
        {t('synthesis.published')} <DateText value={round.synthesis.publishedAt} withTime />.
        {round.synthesis.fileUrl ? <> <a href={round.synthesis.fileUrl}>{t('synthesis.file')}</a></> : null}
      </Alert>
    );
  }
  if (round.status !== 'closed') {
    return <p className="muted">{t('synthesis.afterClose', { date: formatDate(round.synthesisFrom), end: formatDate(round.closesOn) })}</p>;
  }
  if (!canPublish) return <p className="muted">{t('synthesis.notYet')}</p>;
  const waiting = round.counts.pending;

  const onPublish = () => {
    const local: Record<string, string> = {};
    if (!signer.signerName.trim()) local.signerName = t('synthesis.signerNameRequired');
    if (!signer.signerTitle.trim()) local.signerTitle = t('synthesis.signerTitleRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    publish.mutate({ signerName: signer.signerName, signerTitle: signer.signerTitle, signerAuthority: signer.signerAuthority.trim() || null });
  };

  return (
    <div className="synthesis">
      {publish.isSuccess ? <Alert variant="success">{t('synthesis.done')}</Alert> : null}
      {waiting > 0 ? <p className="muted">{t('synthesis.waitingModeration', { count: waiting })}</p> : null}
      <FormError error={publish.error ?? prepare.error} shownFields={['signerName', 'signerTitle', 'signerAuthority']} />
      {asking && exclusions ? (
        <>
          <ExclusionList exclusions={exclusions} />
          <SignerFields value={signer} onChange={setSigner} errors={errors} hasDefault={hasDefault} />
          <p><a href={`${roundsApi.exportHref(round.id, 'synthesis.docx')}?signerName=${encodeURIComponent(signer.signerName)}&signerTitle=${encodeURIComponent(signer.signerTitle)}&signerAuthority=${encodeURIComponent(signer.signerAuthority)}`}>{t('synthesis.preview')}</a></p>
          <ConfirmAction question={t('synthesis.confirm')} confirmLabel={t('synthesis.confirmButton')} busy={busy}
            onConfirm={onPublish} onCancel={() => setAsking(false)} />
        </>
      ) : (
        <Button busy={busy} onClick={() => prepare.mutate()}>{t('synthesis.publish')}</Button>
      )}
    </div>
  );
}
