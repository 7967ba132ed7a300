import type { paths } from '../contract/api.gen';

/**
 * Names for the shapes of the generated contract (`contract/api.gen.ts`): the features' `api-types.ts` give the
 * shapes their office names (`type PlanDetail = Answer<'/api/v1/plans/{id}'>`) instead of copying them.
 */

/** A path of the API. */
export type ApiPath = keyof paths;
/** An HTTP method of the API, lower case as in the contract. */
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends ApiPath, M extends ApiMethod> = M extends keyof paths[P] ? NonNullable<paths[P][M]> : never;
type Success<R> = R extends { 200: infer X } ? X : R extends { 201: infer X } ? X : R extends { 202: infer X } ? X : never;
type JsonOf<X> = X extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON answer of an operation (its 200, 201 when it creates, 202 when it accepts work for later). */
export type Answer<P extends ApiPath, M extends ApiMethod = 'get'> = Operation<P, M> extends { responses: infer R } ? JsonOf<Success<R>> : never;

/** The JSON body an operation takes. */
export type BodyOf<P extends ApiPath, M extends ApiMethod> = Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters an operation takes. */
export type QueryOf<P extends ApiPath, M extends ApiMethod = 'get'> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
