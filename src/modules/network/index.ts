/** The network of communication focal points: focal points, groups, broadcasts through channels. The only door of the module. */
import './policy';
import './audit-labels';
import './figures';
export { networkPolicy } from './policy';
export { networkJobs } from './jobs';
export { broadcastToGroup, type BroadcastInput } from './actions/broadcast';
export { createFocalPoint, editFocalPoint, endFocalPoint, type FocalPointInput } from './actions/save-focal-point';
export { createGroup, editGroup, changeGroupMembers, type GroupInput } from './actions/save-group';
export { broadcastStatus, listGroups, type BroadcastStatus, type DeliveryStatus, type NetworkGroup } from './status';
export { sendDueDeliveries, channelsFromConfig, readPath, type DeliveryChannels } from './deliver';
export { confirmRead, readTokenState } from './read';
export { LEVEL_LABELS, DELIVERY_STATUS_LABELS, type Level, type DeliveryStatusCode } from './labels';
export * as networkTables from './tables';
export { networkRoutes } from './routes';
