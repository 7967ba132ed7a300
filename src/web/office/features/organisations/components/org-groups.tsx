import { useQuery } from '@tanstack/react-query';
import { orgQueries } from '../api';
import { useI18n } from '../../../app/i18n-context';
import { Link } from '../../../app/router';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { unitHref } from './org-tree';

/** Panel listing the named unit groups valid at a date, with member count and members. */
export function OrgGroups({ at }: { at: string }) {
  const { t } = useI18n();
  const result = useQuery(orgQueries.groups(at));
  return (
    <section className="panel" aria-labelledby="org-groups-title">
      <h2 id="org-groups-title">{t('groups.title')}</h2>
      <AsyncView result={result}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyText />
          ) : (
            <ul className="group-list">
              {data.items.map((group) => (
                <li key={group.id} className="group-list__item">
                  <h3 className="group-list__name">{group.name}</h3>
                  {group.aliases.length ? (
                    <p className="muted">{t('groups.aliases', { list: group.aliases.join(', ') })}</p>
                  ) : null}
                  <details>
                    <summary>{t('groups.members', { count: group.members.length })}</summary>
                    {group.members.length === 0 ? (
                      <EmptyText />
                    ) : (
                      <ul className="group-list__members">
                        {group.members.map((m) => (
                          <li key={m.id}>
                            <Link to={unitHref(m.id, at)}>{m.name}</Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
