import { can } from '../../platform/auth';
import { defineFileOwner } from '../../platform/files';
import { findInquiry } from './repo';

// The file of an answer is read wherever the inquiry is (every signed-in user reads inquiries).
defineFileOwner('press_inquiry', async (db, actor, inquiryId) => can(actor, 'press.read') && (await findInquiry(db, inquiryId)) !== null);
