export { ProductsPage } from './products-page';
export { ProductFormPage } from './product-form-page';
export { ProductPage } from './product-page';
