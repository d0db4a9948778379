// Bank files (their row, status, progress and report) and what an import asks the ledger of a file's
// payments: identities and fingerprints booked already, entries booked in detail.
import { and, desc, eq, isNotNull, like, sql } from 'drizzle-orm';
import { anyOf } from '../db/any-of.ts';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { bankFiles, payments, staffUsers } from '../db/schema/index.ts';
import type { BookedFingerprint, BookedPayment, PaymentFamily } from '../domain/payments/index.ts';
import { paymentLeftOre } from './ledger.ts';

export type BankFileRow = typeof bankFiles.$inferSelect;

export async function insertBankFile(tx: Tx, values: typeof bankFiles.$inferInsert & { id: string }): Promise<void> {
  await tx.insert(bankFiles).values(values);
}

const fileColumns = { file: bankFiles, receivedByName: staffUsers.name };

export async function findBankFile(db: Db, id: string) {
  const [row] = await db.select(fileColumns).from(bankFiles).leftJoin(staffUsers, eq(staffUsers.id, bankFiles.receivedBy)).where(eq(bankFiles.id, id));
  return row ?? null;
}

export type BankFileWithReceiver = NonNullable<Awaited<ReturnType<typeof findBankFile>>>;

export async function findBankFileBySha256(db: Db, sha256: string) {
  const [row] = await db.select(fileColumns).from(bankFiles).leftJoin(staffUsers, eq(staffUsers.id, bankFiles.receivedBy)).where(eq(bankFiles.sha256, sha256));
  return row ?? null;
}

export async function listBankFiles(db: Db, limit: number) {
  return db.select(fileColumns).from(bankFiles).leftJoin(staffUsers, eq(staffUsers.id, bankFiles.receivedBy))
    .orderBy(desc(bankFiles.receivedAt), desc(bankFiles.id)).limit(limit);
}

export async function updateBankFile(db: Db, id: string, values: Partial<Omit<typeof bankFiles.$inferInsert, 'id'>>): Promise<void> {
  await db.update(bankFiles).set(values).where(eq(bankFiles.id, id));
}

/**
 * Progress while the booking transaction runs, written on its own connection (not the transaction's),
 * so the back office sees it before the commit. Never backwards, and only while importing: a late
 * write after the commit (or the rollback's failure record) changes nothing.
 */
export async function reportBankFileProgress(db: Db, id: string, done: number): Promise<void> {
  await db.update(bankFiles).set({ paymentsDone: sql`greatest(${bankFiles.paymentsDone}, ${done})` })
    .where(and(eq(bankFiles.id, id), eq(bankFiles.status, 'importing')));
}

export async function bankFileStatus(db: Db, id: string): Promise<BankFileRow['status'] | null> {
  const [row] = await db.select({ status: bankFiles.status }).from(bankFiles).where(eq(bankFiles.id, id));
  return row?.status ?? null;
}

/** The booked payments with any of these identities. */
export async function bookedByIdentity(tx: Tx, identities: string[]): Promise<BookedPayment[]> {
  if (identities.length === 0) return [];
  const rows = await tx.select({ identity: payments.identity, amountOre: payments.amountOre, paidOn: payments.paidOn, bankFileId: payments.bankFileId })
    .from(payments).where(anyOf(payments.identity, identities));
  return rows.map((r) => ({ ...r, identity: r.identity! }));
}

/** How many payments of a family (by their identity's prefix) the ledger has per fingerprint. */
export async function bookedFingerprints(tx: Tx, fingerprints: string[], family: PaymentFamily): Promise<Map<string, BookedFingerprint>> {
  if (fingerprints.length === 0) return new Map();
  const rows = await tx.select({
    fingerprint: payments.fingerprint,
    count: sql<number>`count(*)::int`.mapWith(Number),
    bankFileId: sql<string | null>`(array_agg(${payments.bankFileId}::text order by ${payments.createdAt}))[1]`,
  }).from(payments).where(and(anyOf(payments.fingerprint, fingerprints), like(payments.identity, `${family}:%`))).groupBy(payments.fingerprint);
  return new Map(rows.map((r) => [r.fingerprint!, { count: r.count, bankFileId: r.bankFileId }]));
}

/** The entries (camt Ntry) of which payments are booked: a statement's lump sum of one is booked in detail. */
export async function bookedEntries(tx: Tx, entryIdentities: string[]): Promise<Set<string>> {
  if (entryIdentities.length === 0) return new Set();
  const entry = sql<string>`${payments.details}->>'entryIdentity'`;
  const rows = await tx.selectDistinct({ entry }).from(payments).where(anyOf(entry, entryIdentities));
  return new Set(rows.map((r) => r.entry));
}

/** The payments of a file that wait in the queue (what is left of them, and why), for its report. */
export async function unmatchedOfFile(db: Db, bankFileId: string, limit: number) {
  return db.select({
    id: payments.id, kind: payments.kind, paidOn: payments.paidOn, amountOre: payments.amountOre, leftOre: paymentLeftOre,
    reference: payments.reference, payerName: payments.payerName, reason: payments.unmatchedReason,
  }).from(payments)
    .where(and(eq(payments.bankFileId, bankFileId), isNotNull(payments.unmatchedReason)))
    .orderBy(payments.paidOn, payments.createdAt, payments.id)
    .limit(limit);
}
