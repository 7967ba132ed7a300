import { useState } from 'react';
import { Alert, SelectField, type SelectOption } from '../../ui';
import { usersApi } from '../api-endpoints';
import { roundsApi } from '../api-policies';
import type { Comment, CommentState } from '../api-types-consultation';
import type { PolicyDetail, Round } from '../api-types-policies';
import { useI18n } from '../i18n-context';
import { useMe } from '../session';
import { useAsync } from '../use-async';
import { AnswerItem, isApproved } from './answer-item';
import { AsyncView, EmptyText } from './async-view';
import { HeatMap } from './heat-map';
import { ProgressBar } from './progress-bar';
import { RoundPicker } from './round-picker';

const PAGE = 100;
/** Withheld comments with these reasons are not answered (no content to answer). */
const NOT_RELEVANT = ['spam', 'off_topic'];

async function allOf(roundId: string, state: CommentState, signal: AbortSignal): Promise<Comment[]> {
  const out: Comment[] = [];
  for (let offset = 0; offset < 50 * PAGE; offset += PAGE) {
    const page = await roundsApi.comments(roundId, { state, limit: PAGE, offset }, signal);
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.total) break;
  }
  return out;
}

/** Comments that need an answer: published ones and withheld ones still relevant to the draft. */
async function answerable(roundId: string, signal: AbortSignal): Promise<Comment[]> {
  const [published, withheld] = await Promise.all([allOf(roundId, 'published', signal), allOf(roundId, 'withheld', signal)]);
  return [...published, ...withheld.filter((c) => !NOT_RELEVANT.includes(c.withheldReason ?? ''))];
}

type Show = 'all' | 'unanswered' | 'unapproved';

function RoundAnswers({ policy, round, onChanged }: { policy: PolicyDetail; round: Round; onChanged: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const [show, setShow] = useState<Show>('all');
  const list = useAsync((signal) => answerable(round.id, signal), [round.id], { keepPrevious: true });
  const mayListUsers = me.abilities['users.read'] === true;
  const users = useAsync<SelectOption[] | null>(async (signal) => {
    if (!mayListUsers) return null;
    try {
      const page = await usersApi.list({ limit: 100, offset: 0 }, signal);
      return page.items.filter((u) => !u.isDisabled).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
    } catch {
      return null; // without the list, the field is left out
    }
  }, [mayListUsers]);
  const abilities = policy.abilities;
  const changed = () => { list.reload(); onChanged(); };

  return (
    <>
      <AsyncView result={list}>
        {(comments) => {
          const y = comments.length;
          const x = comments.filter((c) => c.answer).length;
          const z = comments.filter(isApproved).length;
          const shown = comments.filter((c) => show === 'all' || (show === 'unanswered' ? !c.answer : !isApproved(c)));
          return (
            <>
              <section className="panel answer-progress" aria-labelledby="answer-progress-title">
                <h3 id="answer-progress-title">{t('answers.progressTitle')}</h3>
                <p className="strong" role="status">{t('answers.progress', { x, y, z })}</p>
                <p>{t('answers.answeredBar')} <ProgressBar value={y ? x / y : 0} className="progress--wide" /></p>
                <p>{t('answers.approvedBar')} <ProgressBar value={y ? z / y : 0} className="progress--wide" /></p>
              </section>
              <SelectField label={t('answers.show')} name="show" value={show}
                options={(['all', 'unanswered', 'unapproved'] as const).map((s) => ({ value: s, label: t(`answers.show.${s}`) }))}
                onChange={(e) => setShow(e.target.value === 'unanswered' || e.target.value === 'unapproved' ? e.target.value : 'all')} />
              {shown.length === 0 ? (
                <EmptyText text={y === 0 ? t('answers.none') : t('answers.noneShown')} />
              ) : (
                <ul className="answer-list" aria-label={t('answers.listLabel')}>
                  {shown.map((c) => (
                    <li key={c.id}>
                      <AnswerItem comment={c} canAnswer={abilities?.canAnswer ?? false} canApprove={abilities?.canApprove ?? false}
                        users={users.data ?? null} onChanged={changed} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </AsyncView>
      <HeatMap roundId={round.id} />
    </>
  );
}

/** "Trả lời ý kiến": progress, one answer form per comment (published or withheld but relevant) and the heat map. */
export function AnswersTab({ policy, onChanged }: { policy: PolicyDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const abilities = policy.abilities;
  if (!abilities?.canAnswer && !abilities?.canApprove) return <Alert variant="info">{t('answers.forbidden')}</Alert>;
  return (
    <RoundPicker policy={policy}>
      {(round) => <RoundAnswers key={round.id} policy={policy} round={round} onChanged={onChanged} />}
    </RoundPicker>
  );
}
