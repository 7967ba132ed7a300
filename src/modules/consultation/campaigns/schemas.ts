import { Type } from 'typebox';
import { AnswerItem, Nullable } from '../schemas';

/** A campaign as the office shows it: its representative text × the number of signers, and its answer progress. */
export const CampaignItem = Type.Object({
  id: Type.String(),
  members: Type.Integer(),
  answered: Type.Integer(),
  approved: Type.Integer(),
  representative: Type.Object({ receiptCode: Type.String(), articleLabel: Type.String(), commenterType: Type.String(), stance: Type.String(), text: Type.String(), createdAt: Type.String() }),
  /** The answer given to the whole campaign, if any (members may since have been corrected one by one). */
  answer: Nullable(Type.Object({ disposition: Type.String(), explanation: Type.String(), answeredAt: Nullable(Type.String()) })),
});

export const CampaignList = Type.Object({
  items: Type.Array(CampaignItem),
  total: Type.Integer(),
  /** Comments in all the round's campaigns. */
  signers: Type.Integer(),
  abilities: Type.Object({ canAnswer: Type.Boolean(), canApprove: Type.Boolean() }),
});

export const CampaignMembers = Type.Object({ items: Type.Array(AnswerItem), total: Type.Integer() });
