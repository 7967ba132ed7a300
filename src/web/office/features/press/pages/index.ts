export { InquiriesPage } from './inquiries-page';
export { InquiryNewPage } from './inquiry-new-page';
export { InquiryPage } from './inquiry-page';
export { SpokespeoplePage } from './spokespeople-page';
export { SpokespersonPage } from './spokesperson-page';
