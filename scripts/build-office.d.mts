/** Builds dist/office/ when it is missing or older than its sources (see build-office.mjs). */
export function ensureOfficeBuild(root: string): void;
