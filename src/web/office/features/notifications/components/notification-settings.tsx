import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field } from '../../../../ui';
import { notificationQueries, notificationsApi } from '../api';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind, type NotificationSettings as Settings } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useI18n();
  const [channels, setChannels] = useState(initial.channels);
  const [days, setDays] = useState(String(initial.roundClosingDays));
  const [daysError, setDaysError] = useState<string | null>(null);
  const max = initial.maxRoundClosingDays;
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => notificationsApi.saveSettings({ channels, roundClosingDays: Number(days) }),
    onSuccess: (saved) => queryClient.setQueryData(notificationQueries.settings().queryKey, saved),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      setDaysError(t('notifications.closingDaysInvalid', { max }));
      return;
    }
    setDaysError(null);
    save.mutate();
  };
  const choose = (kind: NotificationKind, channel: NotificationChannel) => setChannels((c) => ({ ...c, [kind]: channel }));

  return (
    <form onSubmit={onSubmit} noValidate>
      {initial.hasEmail ? null : (
        <Alert variant="warning" role="status">
          <p>{t('notifications.noEmail')}</p>
        </Alert>
      )}
      {NOTIFICATION_KINDS.map((kind) => (
        <fieldset key={kind} className="fieldset">
          <legend>{t(`notifications.kindLabel.${kind}`)}</legend>
          <div className="button-row">
            {NOTIFICATION_CHANNELS.map((channel) => (
              <label key={channel} className="choice">
                <input type="radio" name={`channel-${kind}`} value={channel} checked={channels[kind] === channel} onChange={() => choose(kind, channel)} />{' '}
                {t(`notifications.channel.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Field label={t('notifications.closingDays')} hint={t('notifications.closingDaysHint', { max })} error={daysError} inputMode="numeric" value={days}
        onChange={(e) => setDays(e.target.value)} className="notice-days" />
      <FormError error={save.error} shownFields={['roundClosingDays']} />
      {save.isSuccess ? (
        <Alert variant="success" role="status">
          <p>{t('notifications.saved')}</p>
        </Alert>
      ) : null}
      <Button type="submit" busy={save.isPending}>
        {t('notifications.save')}
      </Button>
    </form>
  );
}

/** "Cách nhận thông báo": per kind, office only / mail at once / daily digest / off, and how early of a round's end. */
export function NotificationSettings() {
  const { t } = useI18n();
  const settings = useQuery(notificationQueries.settings());
  return (
    <section className="panel" aria-labelledby="notification-settings-title">
      <h2 id="notification-settings-title">{t('notifications.settings')}</h2>
      <p>{t('notifications.settingsIntro')}</p>
      <AsyncView result={settings}>{(data) => <SettingsForm initial={data} />}</AsyncView>
    </section>
  );
}
