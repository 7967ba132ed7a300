import type { Answer, BodyOf } from '../../app/contract';

/** Shapes of the network API, named from the generated contract (never copied). */

export type FocalPoint = Answer<'/api/v1/network/focal-points'>['items'][number];
export type FocalPointBody = BodyOf<'/api/v1/network/focal-points', 'post'>;
export type NetworkOptions = Answer<'/api/v1/network/options'>;
export type Group = Answer<'/api/v1/network/groups'>['items'][number];
export type GroupBody = BodyOf<'/api/v1/network/groups', 'post'>;
export type GroupDetail = Answer<'/api/v1/network/groups/{id}'>;
export type BroadcastBody = BodyOf<'/api/v1/network/broadcasts', 'post'>;
export type BroadcastDetail = Answer<'/api/v1/network/broadcasts/{id}'>;
export type Delivery = BroadcastDetail['recipients'][number]['deliveries'][number];
