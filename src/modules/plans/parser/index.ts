/**
 * Plan-document parser: reads .txt/.docx plans (Unicode or legacy TCVN3/VNI encodings) and extracts
 * the header, bases, tasks with their units, responsibilities, signer and recipients.
 */
export type { ParsedPlan, ParsedTask, PlanBasis, PlanResponsibility, PlanSigner } from './types';
export { PlanParseError, type PlanParseErrorCode } from './errors';
export { parsePlanText } from './parse-plan';
export { periodNamed } from './deadline';
export { readPlanDocument, parsePlanDocument } from './read-document';
export { ISOLATION_LIMITS, parsePlanDocumentIsolated, readPlanDocumentIsolated } from './isolated';
