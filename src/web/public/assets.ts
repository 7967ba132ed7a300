import { hashedAssets } from '../../platform/http';
import { fromRoot } from '../../platform/root';

/** The portal's stylesheets under content-hashed names (browsers keep them a year), sent Brotli or gzip compressed. */
export const portalAssets = hashedAssets('/assets/', {
  'base.css': fromRoot('src/web/ui/base.css'),
  'portal.css': fromRoot('src/web/public/portal.css'),
});
