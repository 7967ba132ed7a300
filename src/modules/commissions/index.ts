/** Commissions to the press (đặt hàng báo chí, DH-01..06): orders, deliverables, acceptance, payments, budget. The only door of the module. */
import './figures';
import './file-access';
export { commissionsPolicy } from './policy';
export { commissionsRoutes } from './routes';
export { createCommission, editCommission } from './actions/save-commission';
export { approveCommission, signCommission, cancelCommission, liquidateCommission } from './actions/transitions';
export { registerDeliverable, type DeliverableInput } from './actions/register-deliverable';
export { acceptCommission, type AcceptanceInput } from './actions/accept-commission';
export { recordPayment } from './actions/record-payment';
export { setAllocation } from './actions/set-allocation';
export { type CommissionInput, type LineInput } from './input';
export { orderDocument, acceptanceDocument, renderOrderDocx, renderAcceptanceDocx } from './documents';
export { MODE_LABELS, PRODUCT_TYPE_LABELS, FUNDING_LABELS, STATUS_LABELS, formatVnd } from './labels';
export { commissionJobs, alertOverdueDeliveries } from './jobs';
export * as commissionsTables from './tables';
