import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, SelectField } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { trainingApi, trainingQueries } from '../api';
import type { InviteBody } from '../api-types';

/** Invites people of a unit's directory (some, or the whole unit) as one participant type; mails go out at once. */
export function InviteForm({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const options = useQuery(trainingQueries.options());
  const [unitId, setUnitId] = useState('');
  const [type, setType] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  // whom: the people ticked below, the whole unit, or the unit's communication focal points today
  const [who, setWho] = useState<'chosen' | 'unit' | 'focal'>('chosen');
  const isWholeUnit = who !== 'chosen';
  const people = useQuery(trainingQueries.people(unitId));
  const invite = useMutation({
    mutationFn: (body: InviteBody) => trainingApi.invite(sessionId, body),
    onSuccess: () => {
      setChosen([]);
      void queryClient.invalidateQueries({ queryKey: trainingQueries.all });
    },
  });
  const errors = fieldErrors(invite.error);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    invite.mutate({ personIds: who === 'chosen' ? chosen : [], unitId: who === 'unit' ? unitId : null, focalOfUnitId: who === 'focal' ? unitId : null, participantType: type as InviteBody['participantType'] });
  };
  return (
    <form className="training-form" noValidate onSubmit={onSubmit}>
      {invite.isSuccess ? <Alert variant="success" title={t('training.invite.done', { invited: invite.data.invited, withoutEmail: invite.data.withoutEmail })} /> : null}
      <FormError error={invite.error} shownFields={['participantType', 'personIds', 'unitId']} />
      <SelectField label={t('training.invite.unit')} name="unitId" value={unitId} placeholder={t('training.choose')} error={errors.unitId}
        options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => { setUnitId(e.target.value); setChosen([]); }} />
      <SelectField label={t('training.invite.type')} name="participantType" required value={type} placeholder={t('training.choose')} error={errors.participantType}
        options={(options.data?.participantTypes ?? []).map((p) => ({ value: p.code, label: p.label }))} onChange={(e) => setType(e.target.value)} />
      {unitId ? (
        <fieldset className="training-choices" aria-invalid={errors.personIds ? true : undefined}>
          <legend>{t('training.invite.people')}</legend>
          {(['chosen', 'unit', 'focal'] as const).map((w) => (
            <label key={w}>
              <input type="radio" name="who" value={w} checked={who === w} onChange={() => setWho(w)} />
              {t(w === 'chosen' ? 'training.invite.chosen' : w === 'unit' ? 'training.invite.wholeUnit' : 'training.invite.focal')}
            </label>
          ))}
          {people.data?.items.length === 0 ? <p>{t('training.invite.noPeople')}</p> : null}
          {(people.data?.items ?? []).map((p) => (
            <label key={p.id}>
              <input type="checkbox" name="personIds" value={p.id} disabled={isWholeUnit} checked={isWholeUnit || chosen.includes(p.id)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((x) => x !== p.id)))} />
              {p.name}{p.title ? `, ${p.title}` : ''}{p.hasEmail ? '' : ` (${t('training.invite.noEmail')})`}
            </label>
          ))}
          {errors.personIds ? <p className="dt-field__error">{errors.personIds}</p> : null}
        </fieldset>
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={invite.isPending}>{t('training.invite.submit')}</Button>
      </div>
    </form>
  );
}
