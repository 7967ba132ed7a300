import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { networkQueries } from '../api';
import type { Group, GroupBody } from '../api-types';

type ChannelId = GroupBody['channels'][number];
const FIELDS = ['name', 'purpose', 'channels', 'zaloGroupName', 'zaloGroupLink', 'zaloGroupAdmin', 'webhookUrl', 'webhookSecret'];

/** The create / edit form of a group: its channels (a channel not configured says so) and the Zalo group's details. */
export function GroupForm(props: { initial?: Group; hasWebhookSecret?: boolean; submitLabel: string; busy: boolean; error: unknown; onSubmit: (body: GroupBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(networkQueries.options());
  const i = props.initial;
  const [d, setD] = useState<GroupBody>({
    name: i?.name ?? '',
    purpose: i?.purpose ?? '',
    channels: i?.channels ?? ['email'],
    zaloGroupName: i?.zaloGroup?.name ?? '',
    zaloGroupLink: i?.zaloGroup?.link ?? '',
    zaloGroupAdmin: i?.zaloGroup?.admin ?? '',
    webhookUrl: i?.webhookUrl ?? '',
    webhookSecret: '',
  });
  const set = (patch: Partial<GroupBody>) => setD((x) => ({ ...x, ...patch }));
  const toggle = (c: ChannelId, on: boolean) => set({ channels: on ? [...d.channels, c] : d.channels.filter((x) => x !== c) });
  const errors = fieldErrors(props.error);
  return (
    <form className="network-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); props.onSubmit(d); }}>
      <FormError error={props.error} shownFields={FIELDS} />
      <Field label={t('network.group.name')} name="name" required value={d.name} error={errors.name} onChange={(e) => set({ name: e.target.value })} />
      <TextareaField label={t('network.group.purpose')} name="purpose" rows={2} value={d.purpose ?? ''} error={errors.purpose} onChange={(e) => set({ purpose: e.target.value })} />
      <fieldset className="network-checks">
        <legend>{t('network.group.channels')}</legend>
        {(options.data?.channels ?? []).map((c) => (
          <label key={c.id}>
            <input type="checkbox" name="channels" value={c.id} checked={d.channels.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.isConfigured ? c.label : t('network.group.notConfigured', { channel: c.label })}
          </label>
        ))}
        {errors.channels ? <p className="dt-field__error">{errors.channels}</p> : null}
      </fieldset>
      <Field label={t('network.group.zaloName')} name="zaloGroupName" value={d.zaloGroupName ?? ''} error={errors.zaloGroupName} onChange={(e) => set({ zaloGroupName: e.target.value })} />
      <Field label={t('network.group.zaloLink')} name="zaloGroupLink" type="url" value={d.zaloGroupLink ?? ''} error={errors.zaloGroupLink} onChange={(e) => set({ zaloGroupLink: e.target.value })} />
      <Field label={t('network.group.zaloAdmin')} name="zaloGroupAdmin" value={d.zaloGroupAdmin ?? ''} error={errors.zaloGroupAdmin} onChange={(e) => set({ zaloGroupAdmin: e.target.value })} />
      {d.channels.includes('webhook') ? (
        <>
          <Field label={t('network.group.webhookUrl')} name="webhookUrl" type="url" value={d.webhookUrl ?? ''} error={errors.webhookUrl} onChange={(e) => set({ webhookUrl: e.target.value })} />
          <Field label={t('network.group.webhookSecret')} name="webhookSecret" type="password" autoComplete="off" hint={props.hasWebhookSecret ? t('network.group.webhookSecretKept') : undefined} value={d.webhookSecret ?? ''} error={errors.webhookSecret} onChange={(e) => set({ webhookSecret: e.target.value })} />
        </>
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
