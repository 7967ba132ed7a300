import { can } from '../../platform/auth';
import { defineFileOwner } from '../../platform/files';
import { deliverableFileOwner } from './repo';

// A deliverable's file is read wherever the order is (every signed-in user reads orders).
defineFileOwner('press_commission_deliverable', async (db, actor, deliverableId) => can(actor, 'commissions.read') && (await deliverableFileOwner(db, deliverableId)));
