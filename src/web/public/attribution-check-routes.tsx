import { Type } from 'typebox';
import { answerAttributionCheck, attributionCheckOf } from '../../modules/consultation';
import { isAppError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { getDirectory } from '../../modules/organisations';
import { frameOf, sendPage } from './frame';
import { pageLocale } from './locale';
import { AttributionCheckPage } from './pages/attribution-check';

const ANSWERS = { dung: 'confirmed', khong: 'denied' } as const;
const Query = Type.Object({ ma: Type.String({ maxLength: 100 }), 'tra-loi': Type.Union([Type.Literal('dung'), Type.Literal('khong')]) });

/**
 * The two links of the "Có phải bạn đã gửi góp ý…?" mail: GET shows the question with a button (records nothing),
 * POST records the answer once. The language link never repeats the single-use token.
 */
export async function attributionCheckRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  const frame = async () => frameOf(await getDirectory(app.db), '/gop-y/tra-cuu', '/gop-y/tra-cuu');

  app.get('/gop-y/xac-minh', { config: { access: 'public' }, schema: { hide: true, querystring: Query } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const found = await attributionCheckOf(app.db, request.query.ma);
    if (!found) return sendPage(reply, <AttributionCheckPage frame={await frame()} locale={locale} view={{ step: 'invalid' }} />, 404);
    const answer = request.query['tra-loi'];
    const view = found.answer ? { step: 'done' as const, answer, receiptCode: found.receiptCode, isRecorded: false } : { step: 'ask' as const, token: request.query.ma, answer, receiptCode: found.receiptCode };
    return sendPage(reply, <AttributionCheckPage frame={await frame()} locale={locale} view={view} />);
  });

  app.post('/gop-y/xac-minh', { config: { access: 'public', rateLimit: { max: 20, timeWindow: '10 minutes' } }, schema: { hide: true, body: Query } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const answer = request.body['tra-loi'];
    try {
      const done = await answerAttributionCheck(app.db, request.body.ma, ANSWERS[answer]);
      return sendPage(reply, <AttributionCheckPage frame={await frame()} locale={locale} view={{ step: 'done', answer, receiptCode: done.receiptCode, isRecorded: done.isRecorded }} />);
    } catch (e) {
      if (!isAppError(e)) throw e;
      return sendPage(reply, <AttributionCheckPage frame={await frame()} locale={locale} view={{ step: 'invalid' }} />, 404);
    }
  });
}
