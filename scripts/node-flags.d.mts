/** Node's flags for a process that serves the web (see node-flags.mjs). */
export const WEB_NODE_FLAGS: readonly string[];
