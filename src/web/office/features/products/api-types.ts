import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the products API, named from the generated contract (never copied). */

/** A product in the list. */
export type ProductSummary = Answer<'/api/v1/products'>['items'][number];
/** Filters of the list. */
export type ProductQuery = QueryOf<'/api/v1/products'>;
/** One product with its versions, language versions, files and reach. */
export type ProductDetail = Answer<'/api/v1/products/{id}'>;
/** What the create and edit forms send. */
export type ProductBody = BodyOf<'/api/v1/products', 'post'>;
/** A language version as sent. */
export type LanguageBody = BodyOf<'/api/v1/products/{id}/languages', 'put'>;
/** A reach measurement as sent. */
export type ReachBody = BodyOf<'/api/v1/products/{id}/reach', 'post'>;
/** Kinds, channels, languages, policies, units, communes and drafts under consultation. */
export type ProductOptions = Answer<'/api/v1/products/options'>;
