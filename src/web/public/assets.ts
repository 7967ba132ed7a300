import { fileURLToPath } from 'node:url';
import { hashedAssets } from '../../platform/http';

/** The portal's stylesheets under content-hashed names (browsers keep them a year), sent Brotli or gzip compressed. */
export const portalAssets = hashedAssets('/assets/', {
  'base.css': fileURLToPath(new URL('../ui/base.css', import.meta.url)),
  'portal.css': fileURLToPath(new URL('./portal.css', import.meta.url)),
});
