export { FocalPointsPage } from './focal-points-page';
export { FocalPointPage } from './focal-point-page';
export { GroupsPage } from './groups-page';
export { GroupPage } from './group-page';
export { BroadcastPage } from './broadcast-page';
