import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DataTable, formatDateTime } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { conferencesApi, conferencesQueries } from '../api';
import type { ConferenceDetail } from '../api-types';
import { useConferenceAction } from './use-conference-action';

type Invitation = ConferenceDetail['invitations'][number];

/** The invitations of a conference: who was invited and whether the mail went, the invite form, resend. */
export function Invitations({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const options = useQuery({ ...conferencesQueries.options(), enabled: c.abilities.canInvite });
  const [chosen, setChosen] = useState<string[]>([]);
  const invite = useConferenceAction((ids: string[]) => conferencesApi.invite(c.id, ids));
  const resend = useConferenceAction((agencyId: string) => conferencesApi.resend(c.id, agencyId));
  const invited = new Set(c.invitations.map((i) => i.agency.id));
  const candidates = (options.data?.agencies ?? []).filter((a) => !invited.has(a.id));
  const toggle = (id: string, on: boolean) => setChosen((x) => (on ? [...x, id] : x.filter((y) => y !== id)));
  return (
    <section className="pc-section" aria-labelledby="pc-invitations">
      <h2 id="pc-invitations">{t('pc.invite.title')}</h2>
      <DataTable<Invitation>
        caption={t('pc.invite.caption')}
        hideCaption
        rows={c.invitations}
        rowKey={(i) => i.agency.id}
        emptyText={t('pc.invite.none')}
        columns={[
          { key: 'agency', header: t('pc.invite.agency'), rowHeader: true, cell: (i) => i.agency.name },
          { key: 'emails', header: t('pc.agency.emails'), cell: (i) => i.emails.join(', ') },
          { key: 'state', header: t('pc.invite.state'), cell: (i) => `${i.stateLabel} (${formatDateTime(i.lastSentAt)})` },
          { key: 'sends', header: t('pc.invite.sends'), cell: (i) => i.sends },
          ...(c.abilities.canInvite
            ? [{ key: 'resend', header: t('pc.invite.resend'), cell: (i: Invitation) => <Button variant="secondary" size="small" busy={resend.isPending && resend.variables === i.agency.id} onClick={() => resend.mutate(i.agency.id)} aria-label={`${t('pc.invite.resend')}: ${i.agency.name}`}>{t('pc.invite.resend')}</Button> }]
            : []),
        ]}
      />
      <FormError error={resend.error} />
      {c.abilities.canInvite ? (
        <form noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); invite.mutate(chosen, { onSuccess: () => setChosen([]) }); }}>
          <fieldset>
            <legend>{t('pc.invite.choose')}</legend>
            {candidates.map((a) => (
              <label key={a.id} className="pc-check">
                <input type="checkbox" name="agencyIds" value={a.id} checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
                <span>{a.name} · {a.kindLabel}{a.hasEmail ? '' : ` ${t('pc.invite.noEmail')}`}</span>
              </label>
            ))}
          </fieldset>
          <FormError error={invite.error} />
          <div className="button-row">
            <Button type="submit" busy={invite.isPending} disabled={chosen.length === 0}>{t('pc.invite.send')}</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** Which invited agencies came, with their reporters' names. */
export function Attendance({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const [rows, setRows] = useState(() => c.invitations.map((i) => ({ agencyId: i.agency.id, name: i.agency.name, attended: i.attended, journalistNames: i.journalistNames ?? '' })));
  const save = useConferenceAction(() => conferencesApi.attendance(c.id, { items: rows.map((r) => ({ agencyId: r.agencyId, attended: r.attended, journalistNames: r.journalistNames || null })) }));
  const set = (agencyId: string, patch: Partial<(typeof rows)[number]>) => setRows((x) => x.map((r) => (r.agencyId === agencyId ? { ...r, ...patch } : r)));
  if (c.invitations.length === 0) return null;
  return (
    <section className="pc-section" aria-labelledby="pc-attendance">
      <h2 id="pc-attendance">{t('pc.attendance.title')}</h2>
      {!c.abilities.canRecord ? (
        <ul>
          {c.invitations.filter((i) => i.attended).map((i) => (
            <li key={i.agency.id}>{i.agency.name}{i.reporters ? ` — ${t('pc.attendance.reporters', { count: i.reporters })}` : ''}{i.journalistNames ? `: ${i.journalistNames}` : ''}</li>
          ))}
        </ul>
      ) : (
        <form noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); save.mutate(undefined); }}>
          {rows.map((r) => (
            <div key={r.agencyId}>
              <label className="pc-check">
                <input type="checkbox" checked={r.attended} onChange={(e) => set(r.agencyId, { attended: e.target.checked })} />
                <span>{t('pc.attendance.came', { agency: r.name })}</span>
              </label>
              {r.attended ? <TextareaField label={t('pc.attendance.names', { agency: r.name })} name={`names-${r.agencyId}`} rows={1} value={r.journalistNames} onChange={(e) => set(r.agencyId, { journalistNames: e.target.value })} /> : null}
            </div>
          ))}
          <FormError error={save.error} />
          <div className="button-row">
            <Button type="submit" busy={save.isPending}>{t('pc.attendance.save')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
