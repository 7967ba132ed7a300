import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { useRefreshConsultation } from '../api';
import { DISPOSITIONS, type Disposition } from '../api-types';
import type { AnswerTemplate } from '../api-types-rounds';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { AsyncView } from '../../../app/components/async-view';
import { Pager } from '../../../app/components/pager';
import { labelOf } from '../../policies/components/policy-text';
import { AnswerItem, dispositionOf, isDisposition, TemplatePicker } from './answer-item';
import { campaignQueries, campaignsApi, type Campaign } from './campaigns-api';

const MEMBERS_PAGE = 20;

/** A campaign's comments, page by page, each with its own answer form (a member is corrected alone there). */
function CampaignMembers({ roundId, campaign, templates }: { roundId: string; campaign: Campaign; templates: readonly AnswerTemplate[] }) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const page = useQuery(campaignQueries.members(roundId, campaign.id, { limit: MEMBERS_PAGE, offset }));
  return (
    <AsyncView result={page}>
      {(data) => (
        <>
          <ul className="answer-list" aria-label={t('campaigns.membersLabel', { code: campaign.representative.receiptCode })}>
            {data.items.map((c) => (
              <li key={c.id}>
                <AnswerItem item={c} selectable={false} selected={false} onSelect={() => undefined} templates={templates} />
              </li>
            ))}
          </ul>
          <Pager total={data.total} offset={offset} limit={MEMBERS_PAGE} busy={page.isFetching} onChange={setOffset} />
        </>
      )}
    </AsyncView>
  );
}

/** Props of {@link CampaignItem}. */
export interface CampaignItemProps {
  roundId: string;
  campaign: Campaign;
  /** Its place in the list (1: the largest), for its heading. */
  rank: number;
  canAnswer: boolean;
  canApprove: boolean;
  templates: readonly AnswerTemplate[];
}

/**
 * One campaign: its representative text (the earliest comment) × N signers, how many of them are answered and
 * approved, one answer for all (or only for those without one yet), one approval, and its members on request.
 */
export function CampaignItem({ roundId, campaign, rank, canAnswer, canApprove, templates }: CampaignItemProps) {
  const { t } = useI18n();
  const c = campaign;
  const [disposition, setDisposition] = useState<Disposition | ''>(dispositionOf(c.answer?.disposition));
  const [explanation, setExplanation] = useState(c.answer?.explanation ?? '');
  const [onlyUnanswered, setOnlyUnanswered] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  const refresh = useRefreshConsultation();
  const act = useMutation({
    mutationFn: async (v: { kind: 'answer'; disposition: Disposition; explanation: string; onlyUnanswered: boolean } | { kind: 'approve' }) =>
      v.kind === 'answer'
        ? t('campaigns.answered', { count: (await campaignsApi.answer(roundId, c.id, { disposition: v.disposition, explanation: v.explanation, onlyUnanswered: v.onlyUnanswered })).updated })
        : t('campaigns.approved', { count: (await campaignsApi.approve(roundId, c.id)).approved }),
    onMutate: () => setNotice(null),
    onSuccess: (message) => {
      setNotice(message);
      setOnlyUnanswered(false);
      return refresh();
    },
    onError: (err, v) => {
      if (v.kind === 'answer') setErrors(fieldErrors(err));
    },
  });
  const busy = act.isPending ? act.variables.kind : null;
  const headingId = `campaign-${rank}`;
  const unanswered = c.members - c.answered;

  const answer = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    act.reset();
    const local: Record<string, string> = {};
    if (!disposition) local.disposition = t('answer.dispositionRequired');
    if (!explanation.trim()) local.explanation = t('answer.explanationRequired');
    setErrors(local);
    if (!disposition || Object.keys(local).length > 0) return;
    act.mutate({ kind: 'answer', disposition, explanation: explanation.trim(), onlyUnanswered });
  };

  return (
    <article className="answer-item campaign" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('campaigns.heading', { rank, count: c.members })}</h4>
      <p className="answer-item__meta">
        {c.representative.articleLabel || t('comment.general')} · {labelOf('stance', c.representative.stance, t)} · {t('campaigns.representative', { code: c.representative.receiptCode })}
      </p>
      <blockquote className="comment-quote prewrap" data-user-text="">{c.representative.text}</blockquote>
      <p className={c.approved === c.members ? 'answer-status answer-status--approved' : 'answer-status'} role="status">
        {t('campaigns.progress', { answered: c.answered, approved: c.approved, count: c.members })}
        {unanswered > 0 && c.answered > 0 ? ` · ${t('campaigns.unanswered', { count: unanswered })}` : ''}
      </p>
      {c.answer ? (
        <dl className="details-list">
          <div className="details-list__row"><dt>{t('campaigns.commonAnswer')}</dt><dd>{labelOf('disposition', c.answer.disposition, t)}</dd></div>
          <div className="details-list__row"><dt>{t('answer.explanation')}</dt><dd className="prewrap">{c.answer.explanation}</dd></div>
        </dl>
      ) : null}
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <FormError error={act.error} shownFields={['disposition', 'explanation']} />
      {canAnswer ? (
        <form onSubmit={answer} noValidate aria-label={t('campaigns.answerTitle', { rank })}>
          <fieldset className="plain-fieldset">
            <legend>{t('campaigns.answerTitle', { rank })}</legend>
            <TemplatePicker templates={templates} name={`campaign-template-${rank}`} onPick={(x) => { setDisposition(dispositionOf(x.disposition)); setExplanation(x.body); }} />
            <SelectField label={t('answer.disposition')} name={`campaign-disposition-${rank}`} placeholder={t('answer.dispositionPlaceholder')}
              options={DISPOSITIONS.map((d) => ({ value: d, label: t(`disposition.${d}`) }))} value={disposition}
              error={errors.disposition} onChange={(e) => setDisposition(isDisposition(e.target.value) ? e.target.value : '')} />
            <TextareaField label={t('answer.explanation')} name={`campaign-explanation-${rank}`} rows={4} value={explanation}
              hint={t('campaigns.answerHint')} error={errors.explanation} onChange={(e) => setExplanation(e.target.value)} />
            {c.answered > 0 && unanswered > 0 ? (
              <span className="check">
                <input id={`campaign-only-${rank}`} type="checkbox" className="check__input" checked={onlyUnanswered} onChange={(e) => setOnlyUnanswered(e.target.checked)} />
                <label htmlFor={`campaign-only-${rank}`}>{t('campaigns.onlyUnanswered', { count: unanswered })}</label>
              </span>
            ) : null}
            <Button type="submit" busy={busy === 'answer'} disabled={busy !== null}>
              {t('campaigns.answerSubmit', { count: onlyUnanswered ? unanswered : c.members })}
            </Button>
          </fieldset>
        </form>
      ) : null}
      <div className="button-row">
        {canApprove && c.answered > c.approved ? (
          <Button variant="secondary" busy={busy === 'approve'} disabled={busy !== null} onClick={() => act.mutate({ kind: 'approve' })}>
            {t('campaigns.approveSubmit', { count: c.answered - c.approved })}
          </Button>
        ) : null}
        <Button variant="secondary" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
          {t(isOpen ? 'campaigns.hideMembers' : 'campaigns.showMembers', { count: c.members })}
        </Button>
      </div>
      {isOpen ? <CampaignMembers roundId={roundId} campaign={c} templates={templates} /> : null}
    </article>
  );
}
