import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, SelectField } from '../../../../ui';
import { policiesQueries } from '../api';
import type { PolicyVersion } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { DiffArticles } from './diff-articles';
import { useLinkChoices } from './diff-links';

/** Props of {@link DiffResult}: the compared pair, the filter and what linking needs. */
interface DiffResultProps {
  policyId: string;
  from: string;
  to: string;
  changedOnly: boolean;
  /** Rounds of the draft, whose published comments may be linked. */
  roundIds: readonly string[];
  canEdit: boolean;
}

/** Loads the diff of two versions (and, for editors, the comments to link) and shows it article by article. */
function DiffResult({ policyId, from, to, changedOnly, roundIds, canEdit }: DiffResultProps) {
  const diff = useQuery(policiesQueries.diff(policyId, from, to));
  const choices = useLinkChoices(roundIds, canEdit);
  return (
    <AsyncView result={diff}>
      {(data) => <DiffArticles items={data.items} changedOnly={changedOnly} linking={canEdit ? { policyId, to, choices } : null} />}
    </AsyncView>
  );
}

/** Props of {@link VersionDiff}. */
export interface VersionDiffProps {
  policyId: string;
  versions: readonly PolicyVersion[];
  /** Ids of the draft's consultation rounds (their published comments can be linked to changes). */
  roundIds?: readonly string[];
  /** Whether the user may edit the draft, hence link comments to the changes. */
  canEdit?: boolean;
}

/**
 * "So sánh hai phiên bản": two version selects, then each article's change badge, word diff and linked comments.
 * Editors tick, per amended, added or renumbered article, the comments behind the change and save them.
 */
export function VersionDiff({ policyId, versions, roundIds = [], canEdit = false }: VersionDiffProps) {
  const { t } = useI18n();
  const n = versions.length;
  const [fromChoice, setFrom] = useState('');
  const [toChoice, setTo] = useState('');
  // Until chosen, compare the last two versions (also right after an upload).
  const from = fromChoice || (n >= 2 ? versions[n - 2].id : '');
  const to = toChoice || (n >= 2 ? versions[n - 1].id : '');
  const [changedOnly, setChangedOnly] = useState(false);
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const options = versions.map((v) => ({ value: v.id, label: t('versions.label', { no: v.versionNo }) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!from || !to || from === to) {
      setError(t('diff.pickTwo'));
      return;
    }
    setError(undefined);
    setShown({ from, to });
  };

  return (
    <section className="panel" aria-labelledby="diff-title">
      <h3 id="diff-title">{t('diff.title')}</h3>
      {n < 2 ? (
        <EmptyText text={t('diff.needTwo')} />
      ) : (
        <form className="inline-form" onSubmit={onSubmit} noValidate aria-label={t('diff.title')}>
          <SelectField label={t('diff.from')} name="from" options={options} value={from} onChange={(e) => setFrom(e.target.value)} />
          <SelectField label={t('diff.to')} name="to" options={options} value={to} error={error} onChange={(e) => setTo(e.target.value)} />
          <div className="check check--inline">
            <input id="diff-changed-only" type="checkbox" className="check__input" checked={changedOnly}
              onChange={(e) => setChangedOnly(e.target.checked)} />
            <label htmlFor="diff-changed-only">{t('diff.changedOnly')}</label>
          </div>
          <Button type="submit">{t('diff.submit')}</Button>
        </form>
      )}
      {shown ? (
        <DiffResult policyId={policyId} from={shown.from} to={shown.to} changedOnly={changedOnly} roundIds={roundIds} canEdit={canEdit} />
      ) : null}
    </section>
  );
}
