import { can } from '../../platform/auth';
import { defineFileOwner } from '../../platform/files';
import { findReport } from './repo';

// Evidence of a progress report is read wherever the report is (every signed-in user reads plans and their reports).
defineFileOwner('progress_report', async (db, actor, reportId) => can(actor, 'plans.read') && (await findReport(db, reportId)) !== null);
