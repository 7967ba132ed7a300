import type { Ability, Me } from '../api-types';
import type { MessageKey } from '../i18n';
import { paths, type To } from '../router';

/** A section of the back office. */
export interface NavItem {
  to: To;
  label: MessageKey;
  description: MessageKey;
  ability?: Ability;
}

const ITEMS: readonly NavItem[] = [
  { to: paths.home, label: 'nav.home', description: 'home.intro' },
  { to: paths.org, label: 'nav.org', description: 'home.org', ability: 'org.read' },
  { to: paths.plans, label: 'nav.plans', description: 'home.plans', ability: 'plans.read' },
  { to: paths.tasks, label: 'nav.tasks', description: 'home.tasks', ability: 'plans.report' },
  { to: paths.policies, label: 'nav.policies', description: 'home.policies', ability: 'policies.read' },
  { to: paths.mail, label: 'nav.mail', description: 'home.mail', ability: 'mail.read' },
  { to: paths.monitoring, label: 'nav.monitoring', description: 'home.monitoring', ability: 'monitoring.read' },
  { to: paths.pressInquiries, label: 'nav.press', description: 'home.press', ability: 'press.read' },
  { to: paths.pressConferences, label: 'nav.pressConferences', description: 'home.pressConferences', ability: 'press.read' },
  { to: paths.network, label: 'nav.network', description: 'home.network', ability: 'network.read' },
  { to: paths.crises, label: 'nav.crises', description: 'home.crises', ability: 'crises.read' },
  { to: paths.commissions, label: 'nav.commissions', description: 'home.commissions', ability: 'commissions.read' },
  { to: paths.products, label: 'nav.products', description: 'home.products', ability: 'products.read' },
  { to: paths.training, label: 'nav.training', description: 'home.training', ability: 'training.read' },
  { to: paths.awareness, label: 'nav.awareness', description: 'home.awareness', ability: 'awareness.read' },
  { to: paths.people, label: 'nav.people', description: 'home.people', ability: 'people.read' },
  { to: paths.users, label: 'nav.users', description: 'home.users', ability: 'users.read' },
  { to: paths.audit, label: 'nav.audit', description: 'home.audit', ability: 'audit.read' },
  { to: paths.account, label: 'nav.account', description: 'home.account' },
];

/** Returns the sections the user's abilities allow. */
export function navItemsFor(me: Me): NavItem[] {
  return ITEMS.filter((item) => !item.ability || me.abilities[item.ability] === true);
}

/** Tells whether a nav item is the current section. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '');
  const target = item.to.to.replace(/\/+$/, '');
  if (item.to === paths.home) return path === target;
  return path === target || path.startsWith(`${target}/`);
}
