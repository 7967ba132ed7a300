import type { Executor } from '../../../platform/db';
import { enqueueMails, type MailPurpose } from '../../../platform/mail';
import { contactsOfUnits } from '../../organisations';
import { consulteesOf } from '../repo';

/**
 * Mails the people (with an email) of the bodies asked to answer a round in writing that have not answered yet,
 * in the caller's transaction; returns how many mails were queued. No subscription to a round exists: commenters
 * hear about the round through the portal and the answer mail.
 */
export async function mailPendingConsultees(tx: Executor, roundId: string, message: { purpose: MailPurpose; subject: string; text: string }): Promise<number> {
  const waiting = (await consulteesOf(tx, [roundId])).filter((c) => !c.answeredOn).map((c) => c.unitId);
  const contacts = await contactsOfUnits(tx, waiting);
  const addresses = [...new Set(contacts.map((c) => c.email.trim().toLowerCase()))];
  await enqueueMails(tx, addresses.map((to) => ({ to, ...message })));
  return addresses.length;
}
