import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../../ui';
import type { AnswerTemplate, RoundAssignments } from '../api-types-rounds';
import { consultationQueries } from '../api';
import { useI18n } from '../../../app/i18n-context';
import { AnswerBulk } from './answer-bulk';
import type { TopicGroup } from './topics-api';

const NO_OFFICERS: RoundAssignments['officers'] = [];

/** Props of {@link TopicGroupItem}. */
export interface TopicGroupItemProps {
  roundId: string;
  group: TopicGroup;
  /** Where it is: the article's place and the group's (1: the largest), for unique ids and its heading. */
  articleIndex: number;
  rank: number;
  canAnswer: boolean;
  canApprove: boolean;
  templates: readonly AnswerTemplate[];
  /** Members shown from the start. */
  defaultOpen?: boolean;
}

/**
 * A group of comments arguing one point: its key phrases, size and signers, its most typical comment, and on
 * request its members (receipt code, the start of the text) with one answer for all the members listed.
 */
export function TopicGroupItem({ roundId, group, articleIndex, rank, canAnswer, canApprove, templates, defaultOpen = false }: TopicGroupItemProps) {
  const { t } = useI18n();
  const [isOpen, setOpen] = useState(defaultOpen);
  const mayAct = canAnswer || canApprove;
  const assignments = useQuery({ ...consultationQueries.assignments(roundId), enabled: isOpen && mayAct });
  const headingId = `topic-${articleIndex}-${rank}`;
  const label = group.label.length > 0 ? group.label.join(' · ') : t('topics.unlabelled');
  const hasCampaign = group.members.some((m) => m.signers > 1);
  return (
    <article className="answer-item topic-group" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('topics.groupHeading', { rank, label })}</h5>
      <p className="answer-item__meta">{t('topics.groupSize', { size: group.size, signers: group.signers })}</p>
      <p className="answer-item__meta">{t('topics.representative', { code: group.representative.receiptCode })}</p>
      <blockquote className="comment-quote prewrap" data-user-text="">{group.representative.excerpt}</blockquote>
      <div className="button-row">
        <Button variant="secondary" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
          {t(isOpen ? 'topics.hideMembers' : 'topics.showMembers', { count: group.size })}
        </Button>
      </div>
      {isOpen ? (
        <>
          <ul className="plain-list" aria-label={t('topics.membersLabel', { rank, label })}>
            {group.members.map((m) => (
              <li key={m.commentId}>
                <span className="strong">{m.receiptCode}</span>
                {m.signers > 1 ? <> <span className="badge badge--muted">{t('topics.memberSigners', { count: m.signers })}</span></> : null}
                {' — '}
                <span data-user-text="">{m.excerpt}</span>
              </li>
            ))}
          </ul>
          {group.more > 0 ? <p className="muted">{t('topics.moreMembers', { count: group.more })}</p> : null}
          {mayAct ? (
            <>
              <p className="muted">{t('topics.answerHint', { count: group.members.length })}</p>
              {hasCampaign ? <p className="muted">{t('topics.campaignHint')}</p> : null}
              <AnswerBulk roundId={roundId} selected={group.members.map((m) => m.commentId)} canAnswer={canAnswer} canApprove={canApprove}
                officers={assignments.data?.officers ?? NO_OFFICERS} templates={templates} onDone={() => undefined} />
            </>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
