export { CommissionsPage } from './commissions-page';
export { CommissionNewPage, CommissionEditPage } from './commission-edit-page';
export { CommissionPage } from './commission-page';
export { CommissionsBudgetPage } from './budget-page';
export { CommissionServicesPage } from './services-page';
