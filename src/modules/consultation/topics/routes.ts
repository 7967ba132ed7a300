import { Type } from 'typebox';
import { authorize } from '../../../platform/auth';
import { notFound } from '../../../platform/errors';
import type { App } from '../../../platform/http';
import { findDraft, findVersion, type DraftDocument } from '../../policies';
import { findRound } from '../repo';
import { topicsOfRound } from './analyse';
import { TopicsView } from './schemas';

const tags = ['Lấy ý kiến'];

/** Office API of topics: key phrases and groups of comments arguing one point, per article of a round. */
export async function topicRoutes(app: App): Promise<void> {
  app.get('/api/v1/rounds/:id/topics', {
    config: { access: { ability: 'consultation.review', scope: 'unit' } },
    schema: {
      tags,
      summary: 'Chủ đề theo điều của một đợt: cụm từ khóa và các nhóm ý kiến cùng một lập luận (cán bộ soạn thảo, người phê duyệt)',
      params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
      response: { 200: TopicsView },
    },
    handler: async (request) => {
      const round = await findRound(app.db, request.params.id);
      if (!round) throw notFound('đợt lấy ý kiến');
      const draft = (await findDraft(app.db, round.draftId))!;
      authorize(request.actor, 'consultation.review', { unitId: draft.draftingUnitId });
      const structure = ((await findVersion(app.db, round.versionId))?.structure ?? null) as DraftDocument | null;
      return topicsOfRound(app.db, round.id, structure);
    },
  });
}
