import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button } from '../../../../ui';
import type { AnswerTemplate } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { TopicGroupItem } from './topics-group';
import { topicQueries, type TopicArticle } from './topics-api';

/** Props of {@link Topics}. */
export interface TopicsProps {
  roundId: string;
  abilities: { canAnswer: boolean; canApprove: boolean };
  templates: readonly AnswerTemplate[];
  /** Opened from the start (the server analyses the round when the panel opens). */
  defaultOpen?: boolean;
}

function ArticleTopics({ article: a, index, max, ...props }: TopicsProps & { article: TopicArticle; index: number; max: number }) {
  const { t } = useI18n();
  const headingId = `topics-article-${index}`;
  return (
    <section className="topics-article" aria-labelledby={headingId}>
      <h4 id={headingId}>{a.label}</h4>
      <p>{t('topics.articleCounts', { comments: a.comments, arguments: a.arguments })}</p>
      {a.analysed < a.arguments ? <Alert variant="info">{t('topics.capped', { analysed: a.analysed, arguments: a.arguments, max })}</Alert> : null}
      {a.phrases.length === 0 ? (
        <p className="muted">{t('topics.noPhrases')}</p>
      ) : (
        <ul className="group-list button-row" aria-label={t('topics.phrasesLabel', { article: a.label })}>
          {a.phrases.map((p) => (
            <li key={p.text}>
              <span className="badge" title={t('topics.phraseCount', { count: p.count })}>
                {p.text} <span aria-hidden="true">×{p.count}</span>
                <span className="dt-visually-hidden">{` (${t('topics.phraseCount', { count: p.count })})`}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {a.groups.length === 0 ? (
        <p className="muted">{t('topics.noGroups')}</p>
      ) : (
        <ol className="answer-list" aria-label={t('topics.groupsLabel', { article: a.label })}>
          {a.groups.map((g, i) => (
            <li key={g.representative.commentId}>
              <TopicGroupItem roundId={props.roundId} group={g} articleIndex={index} rank={i + 1} canAnswer={props.abilities.canAnswer} canApprove={props.abilities.canApprove} templates={props.templates} />
            </li>
          ))}
        </ol>
      )}
      {a.moreGroups > 0 ? <p className="muted">{t('topics.moreGroups', { count: a.moreGroups })}</p> : null}
      {a.alone > 0 ? <p className="muted">{t('topics.alone', { count: a.alone })}</p> : null}
    </section>
  );
}

/**
 * "Chủ đề theo điều": per article, the key phrases of its comments (with how many comments use each) and the
 * groups of comments arguing one point in different words, to help write the answers. Analysed on request: a
 * large round takes the server a few seconds.
 */
export function Topics(props: TopicsProps) {
  const { t } = useI18n();
  const [isOpen, setOpen] = useState(props.defaultOpen === true);
  const view = useQuery({ ...topicQueries.round(props.roundId), enabled: isOpen });
  return (
    <section className="panel topics" aria-labelledby="topics-title">
      <h3 id="topics-title">{t('topics.title')}</h3>
      <p className="muted">{t('topics.intro')}</p>
      {!isOpen ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>{t('topics.show')}</Button>
      ) : (
        <AsyncView result={view}>
          {(data) =>
            data.articles.length === 0 ? (
              <EmptyText text={t('topics.none')} />
            ) : (
              <>
                <p>{t('topics.limit', { max: data.maxPerArticle })}</p>
                {data.articles.map((a, i) => <ArticleTopics key={a.anchor} article={a} index={i} max={data.maxPerArticle} {...props} />)}
              </>
            )
          }
        </AsyncView>
      )}
    </section>
  );
}
