import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { orgQueries } from '../api';
import type { ResolveStatus } from '../api-types';
import type { MessageKey } from '../../../app/i18n';
import { useI18n } from '../../../app/i18n-context';
import { Link } from '../../../app/router';
import { FormError } from '../../../app/components/form-error';
import { unitHref } from './org-tree';

const STATUS_KEYS: Record<ResolveStatus, MessageKey> = {
  unit: 'resolve.unit',
  group: 'resolve.group',
  ambiguous: 'resolve.ambiguous',
  unresolved: 'resolve.unresolved',
};

function isStatus(status: string): status is ResolveStatus {
  return status in STATUS_KEYS;
}

/** Small form that resolves a unit name at a date and shows the status in words. */
export function OrgResolve({ at }: { at: string }) {
  const { t } = useI18n();
  const statusText = (status: string) => (isStatus(status) ? t(STATUS_KEYS[status]) : status);
  const [name, setName] = useState('');
  // the name asked for with the button; a new date on the page resolves it again at that date
  const [asked, setAsked] = useState<string | null>(null);
  const resolve = useQuery({ ...orgQueries.resolve(asked ?? '', at), enabled: asked !== null });
  const result = resolve.data;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) return;
    setAsked(name.trim());
  };

  return (
    <section className="panel" aria-labelledby="org-resolve-title">
      <h2 id="org-resolve-title">{t('resolve.title')}</h2>
      <form onSubmit={onSubmit} className="inline-form">
        <Field
          label={t('resolve.name')}
          hint={t('resolve.hint')}
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" busy={resolve.isFetching}>
          {t('resolve.submit')}
        </Button>
      </form>
      <FormError error={resolve.error} />
      <div role="status" className="resolve-result">
        {result ? (
          <>
            <p>
              {t('resolve.result', { input: result.input })}{' '}
              <strong className={`status status--${result.status}`}>{statusText(result.status)}</strong>
            </p>
            {result.group ? <p>{t('resolve.groupName', { name: result.group.name })}</p> : null}
            {result.units.length > 0 ? (
              <ul className="plain-list">
                {result.units.map((u) => (
                  <li key={u.id}>
                    <Link to={unitHref(u.id, at)}>{u.name}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
