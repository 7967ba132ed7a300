import { useQuery } from '@tanstack/react-query';
import { accountQueries } from '../api';
import type { ChecklistItem } from '../api-types';
import { isMessageKey } from '../../../app/i18n';
import { useI18n } from '../../../app/i18n-context';
import { HrefLink } from '../../../app/components/href-link';
import { can, useMe } from '../../../app/session';
import { AsyncView } from '../../../app/components/async-view';

function ItemLine({ item }: { item: ChecklistItem }) {
  const { t } = useI18n();
  const key = `checklist.${item.key}`;
  const label = isMessageKey(key) ? t(key) : item.label;
  return (
    <li className={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'}>
      <span className={item.done ? 'badge badge--ok' : 'badge badge--muted'}>{t(item.done ? 'checklist.done' : 'checklist.todo')}</span>{' '}
      <HrefLink href={item.link}>{label}</HrefLink>
      <br />
      <span className="muted">{item.detail}</span>
    </li>
  );
}

/**
 * What an administrator still has to do before the platform serves the province (GET /api/v1/setup/checklist),
 * each step with a link to the page where it is done. Renders nothing for people who are not administrators.
 */
export function FirstRunChecklist() {
  const me = useMe();
  return can(me, 'users.write') ? <Checklist /> : null;
}

function Checklist() {
  const { t } = useI18n();
  const result = useQuery(accountQueries.checklist());
  return (
    <section className="panel" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('checklist.title')}</h2>
      <AsyncView result={result}>
        {(data) => (
          <>
            <p>{t('checklist.progress', { done: data.items.filter((i) => i.done).length, total: data.items.length })}</p>
            <ul className="plain-list checklist">
              {data.items.map((item) => <ItemLine key={item.key} item={item} />)}
            </ul>
          </>
        )}
      </AsyncView>
    </section>
  );
}
