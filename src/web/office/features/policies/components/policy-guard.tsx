import type { ReactNode } from 'react';
import type { Me } from '../../../app/api-types';
import type { PolicyAbility } from '../api-types';
import { useMe } from '../../../app/session';
import { MessagePage } from '../../../app/components/message-page';

/** Tells whether the user holds an issue-4 ability (policies, consultation, mail). */
export function canPolicy(me: Me, ability: PolicyAbility): boolean {
  return me.abilities[ability] === true;
}

/** Renders its children when the user holds the ability, the "access denied" page otherwise. */
export function PolicyGuard({ ability, children }: { ability: PolicyAbility; children: ReactNode }) {
  const me = useMe();
  return canPolicy(me, ability) ? <>{children}</> : <MessagePage title="forbidden.title" body="forbidden.body" />;
}
