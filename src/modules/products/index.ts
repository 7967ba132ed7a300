/** Communication products: the library per policy, language versions, reach, posters with QR codes, loudspeaker scripts. The only door of the module. */
import './figures';
export { productsPolicy } from './policy';
export { productRoutes } from './routes';
export { createProduct, editProduct } from './actions/save-product';
export { publishProduct, withdrawProduct } from './actions/publish-product';
export { saveLanguage, type LanguageInput } from './actions/save-language';
export { recordReach, type ReachInput } from './actions/record-reach';
export { attachProductFile } from './actions/attach-file';
export type { ProductInput } from './actions/check-product';
export { galleryOfProducts, publicProductPage, publicProductFile, productPoster, consultationPosters, refOfSlug, type PublicProductCard, type PublicProductPage, type PublicFile } from './portal';
export { renderPosterDocx, renderScriptDocx, qrPng, QR_OPTIONS, type PosterContent } from './poster';
export { readingTime, countWords } from './reading-time';
export { KINDS, KIND_LABELS, CHANNELS, CHANNEL_LABELS, LANGUAGES, LANGUAGE_LABELS, isLanguage, type ProductKind, type LanguageCode } from './labels';
export { productChoices, productsByIdsForLinks, publishedProductIds, type ProductChoice } from './choices';
export * as productTables from './tables';
