import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, formatDate, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { consultationQueries, roundsApi, useRefreshConsultation } from '../api';
import type { PolicyDetail } from '../../policies/api-types';
import type { RoundInput } from '../api-types-rounds';
import { fieldErrors } from '../../../app/errors';
import { translate, type Translate } from '../../../app/i18n';
import { useI18n } from '../../../app/i18n-context';
import { DateInput } from '../../../app/components/date-input';
import { FormError } from '../../../app/components/form-error';
import { useUnitOptions, WithUnitOptions } from '../../organisations/components/unit-options';

/**
 * Target groups: each is sent as its Vietnamese label (`translate('vi', 'group.<code>')`), which the server prints as it is in
 * the synthesis report; the checkbox shows the label of the interface language.
 */
export const TARGET_GROUPS = ['citizens', 'businesses', 'organisations', 'state_agencies', 'fatherland_front', 'experts'] as const;

/** The value sent for a target group (its Vietnamese label). */
export function targetGroupValue(code: (typeof TARGET_GROUPS)[number]): string {
  return translate('vi', `group.${code}`);
}

/** Label of a stored target group in the interface language (a value not from this list is shown as it is). */
export function targetGroupLabel(value: string, t: Translate): string {
  const code = TARGET_GROUPS.find((c) => c === value || targetGroupValue(c) === value);
  return code ? t(`group.${code}`) : value;
}

const SHOWN = ['versionId', 'opensOn', 'closesOn', 'targetGroups', 'consulteeUnitIds', 'shortenedReason'];

/**
 * "Mở đợt lấy ý kiến": version, dates (with the legal minimum of this draft and its source), target groups, the
 * bodies consulted in writing, and the shortened procedure as an explicit choice with its reason.
 */
export function RoundOpenForm({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const units = useUnitOptions();
  const versions = [...policy.versions].sort((a, b) => b.versionNo - a.versionNo);
  const [versionChoice, setVersionId] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isShortened, setShortened] = useState(false);
  const [shortenedReason, setShortenedReason] = useState('');
  const req = t('common.required');

  // the hint falls back to the general sentence while the minimum is loading or cannot be read
  const minimum = useQuery(consultationQueries.minimum(policy.id)).data;
  const refresh = useRefreshConsultation();
  const open = useMutation({
    mutationFn: (body: RoundInput) => roundsApi.openRound(policy.id, body),
    onSuccess: () => {
      setOpensOn('');
      setClosesOn('');
      setGroups([]);
      setUnitIds([]);
      setShortened(false);
      setShortenedReason('');
      return refresh();
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const versionId = versionChoice || versions[0]?.id || '';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    open.reset();
    const local: Record<string, string> = {};
    if (!versionId) local.versionId = t('roundForm.versionRequired');
    if (!opensOn) local.opensOn = t('roundForm.dateRequired');
    if (!closesOn) local.closesOn = t('roundForm.dateRequired');
    else if (opensOn && closesOn <= opensOn) local.closesOn = t('roundForm.closesAfter');
    if (groups.length === 0) local.targetGroups = t('roundForm.groupsRequired');
    if (isShortened && !shortenedReason.trim()) local.shortenedReason = t('roundForm.shortenedReasonRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    open.mutate({ versionId, opensOn, closesOn, targetGroups: groups, consulteeUnitIds: unitIds, shortenedReason: isShortened ? shortenedReason : null });
  };

  const chosenUnits = (units.data ?? []).filter((u) => unitIds.includes(u.value));
  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="round-open-title">
      <h3 id="round-open-title">{t('roundForm.title')}</h3>
      {open.isSuccess ? <Alert variant="success">{t('roundForm.opened')}</Alert> : null}
      <FormError error={open.error} shownFields={SHOWN} />
      {versions.length === 0 ? <Alert variant="warning">{t('roundForm.noVersion')}</Alert> : null}
      <SelectField label={t('round.version')} requiredMark={req} required name="versionId" value={versionId}
        options={versions.map((v) => ({ value: v.id, label: t('versions.label', { no: v.versionNo }) }))}
        error={errors.versionId} onChange={(e) => setVersionId(e.target.value)} />
      <div className="form-grid">
        <DateInput label={t('roundForm.opensOn')} requiredMark={req} required name="opensOn" value={opensOn}
          error={errors.opensOn} onChange={setOpensOn} />
        <DateInput label={t('roundForm.closesOn')} requiredMark={req} required name="closesOn" value={closesOn}
          hint={minimum ? t('roundForm.minRule', { days: minimum.days, source: minimum.source, date: formatDate(minimum.draftingStartedOn) }) : t('roundForm.minHint')}
          error={errors.closesOn} onChange={setClosesOn} />
      </div>
      <div className="check">
        <input id="round-shortened" type="checkbox" className="check__input" checked={isShortened} aria-describedby="round-shortened-hint"
          onChange={(e) => setShortened(e.target.checked)} />
        <label htmlFor="round-shortened">{t('roundForm.shortened')}</label>
      </div>
      <p id="round-shortened-hint" className="muted">{t('roundForm.shortenedHint')}</p>
      {isShortened ? (
        <TextareaField label={t('roundForm.shortenedReason')} requiredMark={req} required name="shortenedReason" rows={3} maxLength={1000}
          value={shortenedReason} error={errors.shortenedReason} onChange={(e) => setShortenedReason(e.target.value)} />
      ) : null}
      <fieldset className="fieldset" aria-describedby={errors.targetGroups ? 'round-groups-error' : undefined}>
        <legend>{t('round.groups')}</legend>
        {errors.targetGroups ? <p id="round-groups-error" className="dt-field__error">{errors.targetGroups}</p> : null}
        <ul className="check-list">
          {TARGET_GROUPS.map((g) => (
            <li key={g} className="check">
              <input id={`round-group-${g}`} type="checkbox" className="check__input" checked={groups.includes(targetGroupValue(g))}
                value={targetGroupValue(g)}
                onChange={(e) => {
                  const v = targetGroupValue(g);
                  setGroups((prev) => (e.target.checked ? [...prev, v] : prev.filter((x) => x !== v)));
                }} />
              <label htmlFor={`round-group-${g}`}>{t(`group.${g}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <WithUnitOptions>
        {(options) => (
          <>
            <SelectField label={t('roundForm.consultees')} hint={t('roundForm.consulteesHint')} name="consulteeUnitIds"
              multiple size={10} options={options} value={unitIds} error={errors.consulteeUnitIds}
              inputClassName="multi-select"
              onChange={(e) => setUnitIds(Array.from(e.target.selectedOptions, (o) => o.value))} />
            <p className="muted" role="status">
              {chosenUnits.length === 0 ? t('roundForm.noneChosen') : t('roundForm.chosen', { names: chosenUnits.map((u) => u.label.replace(/^(— )+/, '')).join('; ') })}
            </p>
          </>
        )}
      </WithUnitOptions>
      <Button type="submit" busy={open.isPending} disabled={versions.length === 0}>{t('roundForm.submit')}</Button>
    </form>
  );
}
