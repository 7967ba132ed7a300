import type { App } from '../../platform/http';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../../modules/organisations';
import { spokespeopleForPortal } from '../../modules/press';
import { frameOf, sendPage } from './frame';
import { pageLocale } from './locale';
import { SpokespeoplePage } from './pages/spokespeople';

/** GET /nguoi-phat-ngon: the spokespeople of the units as of today (NĐ 09/2017, DOMAIN.md PN-02). */
export async function spokespeoplePortalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  app.get('/nguoi-phat-ngon', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const today = todayVn();
      const [dir, units] = await Promise.all([getDirectory(app.db), spokespeopleForPortal(app.db, today)]);
      return sendPage(reply, <SpokespeoplePage frame={frameOf(dir, '/nguoi-phat-ngon', request.url)} locale={locale} today={today} units={units} />);
    },
  });
}
