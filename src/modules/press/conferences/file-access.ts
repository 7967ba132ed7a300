import { can } from '../../../platform/auth';
import { defineFileOwner } from '../../../platform/files';
import { findConference } from './repo';

// A conference's materials are read wherever the conference is (every signed-in user reads conferences).
defineFileOwner('press_conference', async (db, actor, conferenceId) => can(actor, 'press.read') && (await findConference(db, conferenceId)) !== null);
