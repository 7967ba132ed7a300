import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Alert, Field, SelectField } from '../../../../ui';
import { policiesQueries } from '../../policies/api';
import { consultationQueries, useRefreshConsultation } from '../api';
import { COMMENT_STATES, type CommentState } from '../api-types';
import type { PolicyDetail } from '../../policies/api-types';
import type { Round, RoundCounts } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { useDebounced } from '../../../app/use-debounced';
import { AsyncView } from '../../../app/components/async-view';
import { ModerationActions } from './moderation-actions';
import { ModerationTable } from './moderation-table';
import { Pager } from '../../../app/components/pager';
import { RoundPicker } from './round-picker';
import { UnconfirmedComments } from './unconfirmed-comments';
import { Signals } from './signals';

const LIMIT = 50;
const COUNT_OF: Record<CommentState, keyof RoundCounts> = {
  pending_verification: 'pendingVerification',
  pending: 'pending',
  published: 'published',
  withheld: 'withheld',
};

function isState(value: string): value is CommentState {
  return (COMMENT_STATES as readonly string[]).includes(value);
}

function Queue({ policyId, round }: { policyId: string; round: Round }) {
  const { t } = useI18n();
  const [state, setState] = useState<CommentState | ''>('pending');
  const [article, setArticle] = useState('');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshConsultation();
  const version = useQuery(policiesQueries.version(policyId, round.versionId));
  const list = useQuery(consultationQueries.comments(round.id, { state, article, q, limit: LIMIT, offset }));

  useEffect(() => {
    setOffset(0);
  }, [state, article, q]);
  useEffect(() => setSelected(new Set()), [list.data]);

  const counts = round.counts;
  const stateOptions = COMMENT_STATES.map((s) => ({
    value: s,
    label: counts ? `${t(`commentState.${s}`)} (${counts[COUNT_OF[s]]})` : t(`commentState.${s}`),
  }));
  const articles = (version.data?.articles ?? []).map((a) => ({ value: a.anchor, label: [a.label, a.title].filter(Boolean).join('. ') }));
  const items = list.data?.items ?? [];
  const chosen = items.filter((c) => selected.has(c.id));

  return (
    <>
      {counts ? (
        <ul className="count-list" aria-label={t('moderation.countsLabel')}>
          {COMMENT_STATES.map((s) => (
            <li key={s}><span className={`badge comment-state--${s}`}>{t(`commentState.${s}`)}: {counts[COUNT_OF[s]]}</span></li>
          ))}
        </ul>
      ) : null}
      {counts?.pendingVerification ? <UnconfirmedComments roundId={round.id} /> : null}
      <Signals roundId={round.id} />
      <form className="filter-bar" role="search" aria-label={t('moderation.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('comment.state')} name="state" placeholder={t('moderation.allStates')} options={stateOptions}
          value={state} onChange={(e) => setState(isState(e.target.value) ? e.target.value : '')} />
        <SelectField label={t('comment.article')} name="article" placeholder={t('moderation.allArticles')} options={articles}
          value={article} onChange={(e) => setArticle(e.target.value)} />
        <Field label={t('moderation.search')} type="search" name="q" autoComplete="off" value={text}
          onChange={(e) => setText(e.target.value)} />
      </form>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <ModerationActions roundId={round.id} chosen={chosen}
        onDone={(n) => { setNotice(t('moderation.done', { count: n })); void refresh(); }} />
      <AsyncView result={list}>
        {(data) => (
          <>
            <ModerationTable comments={data.items} selected={selected}
              onToggle={(id, on) => { setNotice(null); setSelected((prev) => { const next = new Set(prev); if (on) next.add(id); else next.delete(id); return next; }); }}
              onToggleAll={(on) => setSelected(on ? new Set(data.items.map((c) => c.id)) : new Set())} />
            <Pager total={data.total} offset={offset} limit={LIMIT} busy={list.isFetching} onChange={setOffset} />
          </>
        )}
      </AsyncView>
    </>
  );
}

/** "Kiểm duyệt ý kiến": the moderation queue of a round, with filters, counts by state and bulk decisions. */
export function ModerationTab({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  if (!policy.abilities.canModerate) return <Alert variant="info">{t('moderation.forbidden')}</Alert>;
  return (
    <RoundPicker policy={policy}>
      {(round) => <Queue key={round.id} policyId={policy.id} round={round} />}
    </RoundPicker>
  );
}
