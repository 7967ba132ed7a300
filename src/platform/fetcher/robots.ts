/**
 * robots.txt (RFC 9309): the group for our product token, else the `*` group; the longest matching rule wins,
 * Allow winning a tie; `*` and a final `$` are understood.
 */
interface Rule {
  allow: boolean;
  pattern: string;
  re: RegExp;
}

/** The rules that apply to one user agent on one host. */
export interface RobotsRules {
  isAllowed(pathAndQuery: string): boolean;
}

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true };

/** Parses robots.txt for the agent whose product token is `agentToken` (e.g. "DongThuanBot"). */
export function parseRobots(text: string, agentToken: string): RobotsRules {
  const token = agentToken.toLowerCase();
  const groups: Array<{ agents: string[]; rules: Rule[] }> = [];
  let current: { agents: string[]; rules: Rule[] } | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/).slice(0, 10_000)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (current === null || (key !== 'allow' && key !== 'disallow')) continue;
    // "Disallow:" with nothing after it allows everything, which is what having no rule means.
    if (value === '') continue;
    current.rules.push({ allow: key === 'allow', pattern: value, re: patternToRegExp(value) });
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && a.length > 0 && token.startsWith(a)));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  if (rules.length === 0) return ALLOW_ALL;
  return {
    isAllowed(pathAndQuery: string): boolean {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(pathAndQuery)) continue;
        if (best === null || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best === null || best.allow;
    },
  };
}

function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => encodePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Rules and request paths are compared percent-encoded, as the RFC asks. */
function encodePath(p: string): string {
  try {
    return encodeURI(decodeURI(p));
  } catch {
    return p;
  }
}
