import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, SelectField } from '../../../../ui';
import { consultationQueries } from '../api';
import type { PolicyDetail } from '../../policies/api-types';
import type { Round } from '../api-types-rounds';
import { ANSWER_LIST_STATUSES, type AnswerListStatus, type RoundAssignments } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { AnswerAssignments } from './answer-assignments';
import { AnswerBulk } from './answer-bulk';
import { AnswerItem } from './answer-item';
import { AnswerTemplates } from './answer-templates';
import { Campaigns } from './campaigns';
import { Topics } from './topics';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { HeatMap } from './heat-map';
import { Pager } from '../../../app/components/pager';
import { ProgressBar } from '../../../app/components/progress-bar';
import { RoundPicker } from './round-picker';

const PAGE = 50;
const NO_OFFICERS: RoundAssignments = { officers: [], articles: [] };

function RoundAnswers({ policy, round }: { policy: PolicyDetail; round: Round }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<AnswerListStatus>('all');
  const [mine, setMine] = useState(false);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const list = useQuery(consultationQueries.answers(round.id, { status, mine, limit: PAGE, offset }));
  const mayAnswer = policy.abilities.canAnswer;
  const assignments = useQuery(consultationQueries.assignments(round.id));
  const templateList = useQuery({ ...consultationQueries.templates(policy.id), enabled: mayAnswer });
  const templates = templateList.data?.items ?? [];
  const filter = (next: () => void) => {
    next();
    setOffset(0);
    setSelected(new Set());
  };
  const toggle = (id: string, on: boolean) => setSelected((prev) => {
    const next = new Set(prev);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });

  return (
    <>
      {/* the same argument from many signers is answered once, before the comments one by one */}
      <Campaigns roundId={round.id} templates={templates} />
      <Topics roundId={round.id} abilities={policy.abilities} templates={templates} />
      <AsyncView result={list}>
        {(data) => {
          const { progress: p, abilities } = data;
          const selectable = abilities.canAnswer || abilities.canApprove;
          const ids = data.items.map((c) => c.id);
          const allChosen = ids.length > 0 && ids.every((id) => selected.has(id));
          return (
            <>
              <section className="panel answer-progress" aria-labelledby="answer-progress-title">
                <h3 id="answer-progress-title">{t('answers.progressTitle')}</h3>
                <p className="strong" role="status">{t('answers.progress', { x: p.answered, y: p.total, z: p.approved })}</p>
                <p>{t('answers.answeredBar')} <ProgressBar value={p.total ? p.answered / p.total : 0} className="progress--wide" /></p>
                <p>{t('answers.approvedBar')} <ProgressBar value={p.total ? p.approved / p.total : 0} className="progress--wide" /></p>
                {p.mine > 0 ? <p>{t('answers.mineProgress', { open: p.mineOpen, mine: p.mine })}</p> : null}
                {!abilities.canAnswer && abilities.canApprove ? <p className="muted">{t('answers.approverHint')}</p> : null}
              </section>
              <div className="filters" role="group" aria-label={t('answers.filters')}>
                <SelectField label={t('answers.show')} name="show" value={status}
                  options={ANSWER_LIST_STATUSES.map((s) => ({ value: s, label: t(`answers.show.${s}`) }))}
                  onChange={(e) => filter(() => setStatus(ANSWER_LIST_STATUSES.find((s) => s === e.target.value) ?? 'all'))} />
                <span className="check">
                  <input id="answers-mine" type="checkbox" className="check__input" checked={mine} onChange={(e) => filter(() => setMine(e.target.checked))} />
                  <label htmlFor="answers-mine">{t('answers.mine')}</label>
                </span>
              </div>
              {selectable ? (
                <AnswerBulk roundId={round.id} selected={[...selected]} canAnswer={abilities.canAnswer} canApprove={abilities.canApprove}
                  officers={(assignments.data ?? NO_OFFICERS).officers} templates={templates}
                  onDone={() => setSelected(new Set())} />
              ) : null}
              {data.items.length === 0 ? (
                <EmptyText text={p.total === 0 ? t('answers.none') : t('answers.noneShown')} />
              ) : (
                <>
                  {selectable ? (
                    <span className="check">
                      <input id="answers-all" type="checkbox" className="check__input" checked={allChosen}
                        onChange={(e) => setSelected(e.target.checked ? new Set(ids) : new Set())} />
                      <label htmlFor="answers-all">{t('moderation.selectAll')}</label>
                    </span>
                  ) : null}
                  <ul className="answer-list" aria-label={t('answers.listLabel')}>
                    {data.items.map((c) => (
                      <li key={c.id}>
                        <AnswerItem item={c} selectable={selectable} selected={selected.has(c.id)} onSelect={toggle}
                          templates={templates} />
                      </li>
                    ))}
                  </ul>
                  <Pager total={data.total} offset={offset} limit={PAGE} busy={list.isFetching} onChange={(o) => { setOffset(o); setSelected(new Set()); }} />
                </>
              )}
            </>
          );
        }}
      </AsyncView>
      {assignments.data ? <AnswerAssignments roundId={round.id} data={assignments.data} canAssign={mayAnswer} /> : null}
      {mayAnswer ? <AnswerTemplates policyId={policy.id} templates={templates} /> : null}
      <HeatMap roundId={round.id} />
    </>
  );
}

/**
 * "Trả lời ý kiến": progress, filters ("giao cho tôi"), one answer for a selection, one form per comment, approval
 * for approvers of the drafting unit (who read the answers without moderating), assignments, templates, heat map.
 */
export function AnswersTab({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const abilities = policy.abilities;
  if (!abilities.canAnswer && !abilities.canApprove) return <Alert variant="info">{t('answers.forbidden')}</Alert>;
  return (
    <RoundPicker policy={policy}>
      {(round) => <RoundAnswers key={round.id} policy={policy} round={round} />}
    </RoundPicker>
  );
}
