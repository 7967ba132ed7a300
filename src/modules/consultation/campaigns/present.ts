import type { Static } from 'typebox';
import type { DraftDocument } from '../../policies';
import type { CommentRow } from '../repo';
import type { CampaignRow } from './repo';
import type { CampaignTally } from './repo-read';
import type { CampaignItem } from './schemas';

/** A campaign for the office, field by field (the representative's contact never leaves). */
export function presentCampaign(tally: CampaignTally, representative: CommentRow, campaign: CampaignRow | null, structure: DraftDocument | null): Static<typeof CampaignItem> {
  const article = structure?.articles.find((a) => a.anchor === representative.articleAnchor);
  return {
    id: tally.id,
    members: tally.members,
    answered: tally.answered,
    approved: tally.approved,
    representative: {
      receiptCode: representative.receiptCode,
      articleLabel: article ? article.label : 'Góp ý chung',
      commenterType: representative.commenterType,
      stance: representative.stance,
      text: representative.publicBody ?? representative.body,
      createdAt: new Date(representative.createdAt).toISOString(),
    },
    answer: campaign?.disposition ? { disposition: campaign.disposition, explanation: campaign.explanation ?? '', answeredAt: campaign.answeredAt ? new Date(campaign.answeredAt).toISOString() : null } : null,
  };
}
