/** The organisation directory: units in time, groups, the name resolver, and people. The only door of the module. */
export { organisationsPolicy } from './policy';
export { organisationRoutes } from './routes';
export { getDirectory, invalidateDirectory, type Directory } from './directory';
export { expandGrants } from './inherited-grants';
export { carrierOn, documentCodeOf, issuerOf, issuingUnitAt, nameWithoutTerritory } from './document-identity';
export type { CarrierAnswer } from './work-carriers';
export { loadOrgSnapshot } from './actions/load-demo-org';
export { createPerson, editPerson } from './actions/save-person';
export { applyDirectoryImport, previewDirectoryImport, type DirectoryImportPreview, type DirectoryImportResult } from './actions/import-directory';
export { issueText, type ImportIssue } from './import/issues';
export { sampleProvince } from './import/sample-province';
export { directoryToCsv, directoryToXlsx } from './import/write-directory';
export { UNIT_TYPE_LABELS } from './present';
export { unitExistsMany, insertAliases, contactsOfUnits } from './repo';
export * as orgTables from './tables';
export type { UnitRecord, OrgSnapshot, IsoDate } from './types';
export type { Resolution } from './resolver';
