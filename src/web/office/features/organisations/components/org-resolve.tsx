import { useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { orgApi } from '../../../app/api-endpoints';
import type { ResolveResult, ResolveStatus } from '../../../app/api-types';
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

/** Small form that resolves a unit name at a date and shows the status in words. */
export function OrgResolve({ at }: { at: string }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ResolveResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await orgApi.resolve(name.trim(), at));
    } catch (err) {
      setResult(null);
      setError(err);
    } finally {
      setBusy(false);
    }
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
        <Button type="submit" busy={busy}>
          {t('resolve.submit')}
        </Button>
      </form>
      <FormError error={error} />
      <div role="status" className="resolve-result">
        {result ? (
          <>
            <p>
              {t('resolve.result', { input: result.input })}{' '}
              <strong className={`status status--${result.status}`}>{t(STATUS_KEYS[result.status])}</strong>
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
