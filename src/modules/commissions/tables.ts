import { bigint, bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const money = (name: string) => bigint(name, { mode: 'number' });

/**
 * An order to a press agency (DH-03): giao nhiệm vụ, đặt hàng or đấu thầu (DH-01), for a policy and/or a plan task,
 * through its lifecycle (DH-04). `totalAmount` is the sum of its lines, computed on the server; `supplierName` keeps
 * the agency's name on the day of the order (an agency renamed later still prints as it was named in the contract).
 */
export const pressCommissions = pgTable(
  'press_commissions',
  {
    id: text('id').primaryKey(),
    refNo: bigserial('ref_no', { mode: 'number' }).notNull().unique('press_commissions_ref_no_unique'),
    title: text('title').notNull(),
    ordererUnitId: text('orderer_unit_id').notNull(),
    mode: text('mode').notNull(),
    supplierId: text('supplier_id').notNull(),
    supplierName: text('supplier_name').notNull(),
    legalBasis: text('legal_basis').notNull(),
    policyId: text('policy_id'),
    planTaskId: text('plan_task_id'),
    budgetYear: integer('budget_year').notNull(),
    fundingSource: text('funding_source').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    deliverBy: date('deliver_by', { mode: 'string' }).notNull(),
    acceptanceCriteria: text('acceptance_criteria').notNull(),
    paymentTerms: text('payment_terms'),
    totalAmount: money('total_amount').notNull(),
    status: text('status').notNull().default('planned'),
    approvedOn: date('approved_on', { mode: 'string' }),
    approvedBy: text('approved_by'),
    contractNo: text('contract_no'),
    signedOn: date('signed_on', { mode: 'string' }),
    overBudgetReason: text('over_budget_reason'),
    liquidatedOn: date('liquidated_on', { mode: 'string' }),
    cancelReason: text('cancel_reason'),
    /** The public service of an approved list the order is for (DH-02); empty on orders made before lists existed. */
    serviceId: text('service_id'),
    /** The service's name on the day it was chosen. */
    serviceName: text('service_name'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves listCommissions (by status, newest first)
    index('press_commissions_status_idx').on(t.status, t.createdAt),
    // serves the annual report's figures (orders signed in a year)
    index('press_commissions_signed_idx').on(t.signedOn),
    // serves the budget page and the ordering check (committed per plan task and year)
    index('press_commissions_task_idx').on(t.planTaskId, t.budgetYear),
  ],
);

/** One product line of an order: what, how many, the quality requirements, and the price in đồng. */
export const pressCommissionLines = pgTable(
  'press_commission_lines',
  {
    id: text('id').primaryKey(),
    commissionId: text('commission_id').notNull().references(() => pressCommissions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productType: text('product_type').notNull(),
    topic: text('topic').notNull(),
    quantity: integer('quantity').notNull(),
    unit: text('unit').notNull(),
    length: text('length'),
    channel: text('channel'),
    placement: text('placement'),
    unitPrice: money('unit_price').notNull(),
    lineTotal: money('line_total').notNull(),
  },
  // serves linesOf (an order's lines in their order)
  (t) => [index('press_commission_lines_commission_idx').on(t.commissionId, t.position)],
);

/** A delivered item of a line: a published URL, an air time, or an uploaded file (DH-04 DELIVERED). */
export const pressCommissionDeliverables = pgTable(
  'press_commission_deliverables',
  {
    id: text('id').primaryKey(),
    commissionId: text('commission_id').notNull().references(() => pressCommissions.id, { onDelete: 'cascade' }),
    lineId: text('line_id').notNull().references(() => pressCommissionLines.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    url: text('url'),
    /** The URL as the monitoring module keys it (platform/feeds normaliseUrl), to find the same article there. */
    urlKey: text('url_key'),
    channel: text('channel'),
    airedOn: date('aired_on', { mode: 'string' }),
    airedAt: text('aired_at'),
    durationMinutes: integer('duration_minutes'),
    fileId: text('file_id'),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves deliverablesOf and the figures
  (t) => [index('press_commission_deliverables_commission_idx').on(t.commissionId, t.publishedOn)],
);

/** Quantities and amount accepted for one line in an acceptance record. */
export interface AcceptedLine {
  lineId: string;
  quantity: number;
  amount: number;
}

/** A biên bản nghiệm thu: who accepted, what quantities per line, the quality assessment, the amount accepted. */
export const pressCommissionAcceptances = pgTable(
  'press_commission_acceptances',
  {
    id: text('id').primaryKey(),
    commissionId: text('commission_id').notNull().references(() => pressCommissions.id, { onDelete: 'cascade' }),
    acceptedOn: date('accepted_on', { mode: 'string' }).notNull(),
    members: jsonb('members').$type<string[]>().notNull().default([]),
    quality: text('quality').notNull(),
    lines: jsonb('lines').$type<AcceptedLine[]>().notNull(),
    amount: money('amount').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves acceptancesOf
  (t) => [index('press_commission_acceptances_commission_idx').on(t.commissionId, t.acceptedOn)],
);

/** A payment (date, amount, the accounting document's number). */
export const pressCommissionPayments = pgTable(
  'press_commission_payments',
  {
    id: text('id').primaryKey(),
    commissionId: text('commission_id').notNull().references(() => pressCommissions.id, { onDelete: 'cascade' }),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amount: money('amount').notNull(),
    documentNo: text('document_no').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves paymentsOf
  (t) => [index('press_commission_payments_commission_idx').on(t.commissionId, t.paidOn)],
);

/** The budget allocated to a plan task for a year (plan tasks have no budget field: the coordinator enters it here). */
export const pressBudgetAllocations = pgTable(
  'press_budget_allocations',
  {
    id: text('id').primaryKey(),
    planTaskId: text('plan_task_id').notNull(),
    year: integer('year').notNull(),
    amount: money('amount').notNull(),
    note: text('note'),
    updatedBy: text('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // one per task and year; serves the budget page and the ordering check
  (t) => [uniqueIndex('press_budget_allocations_task_year_uq').on(t.planTaskId, t.year)],
);

/**
 * An approved list of budget-funded public services (DH-02), as its decision states it: number, signing day, issuing
 * unit (its name on that day), in force from `validFrom` to `validTo` inclusive (open when null). A newer list ends it
 * the day before the newer one starts and is named in `supersededBy`; a list ended otherwise keeps its reason.
 */
export const pressServiceLists = pgTable(
  'press_service_lists',
  {
    id: text('id').primaryKey(),
    decisionNo: text('decision_no').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    issuerUnitId: text('issuer_unit_id').notNull(),
    issuerName: text('issuer_name').notNull(),
    title: text('title'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    endReason: text('end_reason'),
    supersededBy: text('superseded_by'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves the list in force on a day and the page's lists, newest first
  (t) => [index('press_service_lists_valid_idx').on(t.validFrom)],
);

/** One service of a list: its name as the decision writes it and the product types of order lines it covers. */
export const pressServices = pgTable(
  'press_services',
  {
    id: text('id').primaryKey(),
    listId: text('list_id').notNull().references(() => pressServiceLists.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    productTypes: jsonb('product_types').$type<string[]>().notNull(),
    note: text('note'),
  },
  // serves the services of lists, in their order
  (t) => [index('press_services_list_idx').on(t.listId, t.position)],
);
