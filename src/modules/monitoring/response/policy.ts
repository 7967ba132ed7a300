import { definePolicy, hasRole, type Actor } from '../../../platform/auth';

const isAdmin = (a: Actor) => hasRole(a, 'administrator');
const isCoordinator = (a: Actor) => hasRole(a, 'coordinator');

/**
 * The response side of monitoring adds two abilities to the core's (`monitoring.read` sees alerts and the dashboard,
 * `monitoring.manage` sets alert rules and retrains the sentiment model): press officers, coordinators and
 * administrators review items and capture evidence; only coordinators and administrators send referral packages to
 * the police liaison and record takedown requests, which speak for the province.
 */
export const monitoringResponsePolicy = definePolicy({
  'monitoring.review': (a: Actor) => isAdmin(a) || isCoordinator(a) || hasRole(a, 'press'),
  'monitoring.refer': (a: Actor) => isAdmin(a) || isCoordinator(a),
});
