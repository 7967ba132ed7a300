// `npm run cli -- …`: the command line from the server bundle (scripts/build-server.mjs), rebuilt when src/ changed,
// so each command starts in a fraction of the time compiling the TypeScript would take.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBundle } from './build-server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
await import(pathToFileURL(path.join(await ensureServerBundle(root), 'cli.js')).href);
