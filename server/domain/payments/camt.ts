// ISO 20022 bank-to-customer messages (DOMAIN-SE.md §6.9): camt.054 (debit/credit notification, the
// Swedish banks' replacement for BgMax) and camt.053 (the day's statement), versions 001.02 to 001.13,
// told apart by the namespace. The file is checked whole (structure, amounts, batch and entry sums,
// TxsSummry, a statement's balances) and refused with each error's XML path, or read whole.
// Field paths follow the published samples and the Swedish banks' guides as far as they could be read;
// where 001.02 and 001.08 differ both are read (Sts vs Sts/Cd, Dbtr/Nm vs Dbtr/Pty/Nm, TtlNetNtryAmt vs
// TtlNetNtry/Amt).
import { amountToOre, checkBalances, checkSummary, isoDateOf, readAmount, type Amount, type EntryTotals } from './camt-amounts.ts';
import { all, first, textOf, texts, type XmlNode, type XmlValue } from './camt-xml.ts';
import { readXmlStream } from './xml-stream.ts';
import { ErrorList, fail, type FileResult } from './file-errors.ts';
import { paymentFingerprint, uniqueIdentities, type IncomingPayment, type Payer, type PaymentReference } from './incoming.ts';

export type CamtMessage = 'camt.053' | 'camt.054';

export interface CamtReport {
  /** Ntfctn/Id or Stmt/Id. */
  id: string;
  /** The account reported on: IBAN, or Othr/Id (a bankgiro with scheme BGNR). */
  account: string;
  entries: number;
}

/** An entry that is not booked (Sts INFO or PDNG): read and checked, never a payment. */
export interface IgnoredEntry {
  path: string;
  status: string;
  amountOre: number;
}

export interface CamtFile {
  message: CamtMessage;
  /** '001.02', '001.08' … */
  version: string;
  messageId: string;
  createdAt: string;
  reports: CamtReport[];
  payments: IncomingPayment[];
  ignored: IgnoredEntry[];
}

const ISO_NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3})\.(\d{3}\.\d{2})$/;
const BODY: Record<CamtMessage, { body: string; report: string }> = {
  'camt.054': { body: 'BkToCstmrDbtCdtNtfctn', report: 'Ntfctn' },
  'camt.053': { body: 'BkToCstmrStmt', report: 'Stmt' },
};

function namespaceOf(document: XmlValue): string {
  if (typeof document !== 'object' || Array.isArray(document)) return '';
  const declared = Object.entries(document).filter(([name]) => name === '@xmlns' || name.startsWith('@xmlns:')).map(([, v]) => String(v));
  return declared.find((ns) => ISO_NAMESPACE.test(ns)) ?? declared[0] ?? '';
}

/** A date element (Dt or DtTm inside it) as YYYY-MM-DD; an error when present and malformed. */
function dateOf(node: XmlValue | undefined, path: string, errors: ErrorList): string | null {
  if (node === undefined) return null;
  const text = textOf(node, 'Dt') ?? textOf(node, 'DtTm');
  const date = text === undefined ? null : isoDateOf(text);
  if (date === null) errors.add('BAD_VALUE', { path }, { value: text ?? '', expected: 'date' });
  return date;
}

function required(node: XmlValue | undefined, name: string, path: string, errors: ErrorList): string {
  const value = textOf(node, name);
  if (value === undefined || value === '') errors.add('MISSING_ELEMENT', { path: `${path}/${name}` });
  return value ?? '';
}

/** The digits of an account's Othr/Id with scheme BGNR (a bankgiro), or null. */
function bankgiroOf(account: XmlValue | undefined): string | null {
  const other = first(account, 'Id', 'Othr');
  if (textOf(other, 'SchmeNm', 'Prtry') !== 'BGNR') return null;
  return (textOf(other, 'Id') ?? '').replace(/[\s-]/g, '') || null;
}

function bankTransactionCode(node: XmlValue | undefined): string | null {
  const domain = first(node, 'BkTxCd', 'Domn');
  if (domain !== undefined) return [textOf(domain, 'Cd'), textOf(domain, 'Fmly', 'Cd'), textOf(domain, 'Fmly', 'SubFmlyCd')].filter(Boolean).join('/');
  return textOf(node, 'BkTxCd', 'Prtry', 'Cd') ?? null;
}

/** The payer (for a credit) or payee (for a debit): 001.08 puts the party under Pty. */
function partyOf(parties: XmlValue | undefined, role: 'Dbtr' | 'Cdtr'): Payer {
  const holder = first(parties, role);
  const party = first(holder, 'Pty') ?? holder;
  const ultimate = first(parties, `Ultmt${role}`);
  const address = first(party, 'PstlAdr');
  const lines = [
    ...texts(address, 'AdrLine'),
    [textOf(address, 'StrtNm'), textOf(address, 'BldgNb')].filter(Boolean).join(' '),
    [textOf(address, 'PstCd'), textOf(address, 'TwnNm')].filter(Boolean).join(' '),
    textOf(address, 'Ctry') ?? '',
  ].filter((line) => line !== '');
  const id = textOf(party, 'Id', 'OrgId', 'Othr', 'Id') ?? textOf(party, 'Id', 'PrvtId', 'Othr', 'Id');
  return {
    name: textOf(party, 'Nm') ?? textOf(first(ultimate, 'Pty') ?? ultimate, 'Nm') ?? null,
    addressLines: lines,
    identityNumber: id ? id.replace(/\D/g, '') || null : null,
    bankgiro: bankgiroOf(first(parties, `${role}Acct`)),
  };
}

/** OCRs (SCOR, or a Ref without type) with their amounts; other references as text (§6.9). */
function remittance(tx: XmlValue | undefined): { references: PaymentReference[]; other: string[]; free: string[] } {
  const references: PaymentReference[] = [];
  const other: string[] = [];
  const info = first(tx, 'RmtInf');
  for (const strd of all(info, 'Strd')) {
    const creditor = first(strd, 'CdtrRefInf');
    const ref = textOf(creditor, 'Ref')?.trim();
    const type = first(creditor, 'Tp');
    if (ref) {
      const ocr = ref.replace(/\s+/g, '');
      if ((type === undefined || textOf(type, 'CdOrPrtry', 'Cd') === 'SCOR') && /^\d{2,25}$/.test(ocr)) {
        const remitted = amountToOre(textOf(strd, 'RfrdDocAmt', 'RmtdAmt') ?? '');
        const creditNote = amountToOre(textOf(strd, 'RfrdDocAmt', 'CdtNoteAmt') ?? '');
        references.push({ ocr, amountOre: remitted ? remitted : creditNote ? -creditNote : null });
      } else other.push(ref);
    }
    other.push(...all(strd, 'RfrdDocInf').map((doc) => textOf(doc, 'Nb') ?? '').filter(Boolean));
  }
  const free = [...texts(info, 'Ustrd'), ...all(info, 'Strd').flatMap((s) => texts(s, 'AddtlRmtInf'))];
  return { references, other, free };
}

interface EntryContext {
  message: CamtMessage;
  account: string;
  accountBankgiro: string | null;
  path: string;
  errors: ErrorList;
}

function readEntry(entry: XmlValue, ctx: EntryContext, payments: IncomingPayment[], ignored: IgnoredEntry[]): EntryTotals | null {
  const { path, errors } = ctx;
  const amount = readAmount(first(entry, 'Amt'), `${path}/Amt`, errors);
  const indicator = required(entry, 'CdtDbtInd', path, errors);
  if (indicator !== '' && indicator !== 'CRDT' && indicator !== 'DBIT') errors.add('BAD_VALUE', { path: `${path}/CdtDbtInd` }, { value: indicator, expected: 'CRDT or DBIT' });
  const reversalText = textOf(entry, 'RvslInd');
  if (reversalText !== undefined && reversalText !== 'true' && reversalText !== 'false') errors.add('BAD_VALUE', { path: `${path}/RvslInd` }, { value: reversalText, expected: 'true or false' });
  const status = textOf(entry, 'Sts', 'Cd') ?? textOf(entry, 'Sts', 'Prtry') ?? textOf(entry, 'Sts') ?? '';
  if (status === '') errors.add('MISSING_ELEMENT', { path: `${path}/Sts` });
  if (first(entry, 'BkTxCd') === undefined) errors.add('MISSING_ELEMENT', { path: `${path}/BkTxCd` });
  const bookingDate = dateOf(first(entry, 'BookgDt'), `${path}/BookgDt`, errors);
  const valueDate = dateOf(first(entry, 'ValDt'), `${path}/ValDt`, errors);
  const booked = status === 'BOOK';
  if (booked && first(entry, 'BookgDt') === undefined && first(entry, 'ValDt') === undefined) errors.add('MISSING_ELEMENT', { path: `${path}/BookgDt` });
  if (!amount) return null;
  const credit = indicator === 'CRDT';
  const reversal = reversalText === 'true';
  const totals = { ore: amount.ore, credit, reversal, booked };
  const details = all(entry, 'NtryDtls');
  const txs = details.flatMap((d) => all(d, 'TxDtls'));
  const lumpSum = checkBatches(details, amount, path, errors) && txs.length <= 1;
  if (!booked) {
    ignored.push({ path, status, amountOre: amount.ore });
    return totals;
  }
  const entryRef = textOf(entry, 'AcctSvcrRef');
  const date = bookingDate ?? valueDate ?? '';
  const entryIdentity = entryRef ? `camt:${entryRef}` : `camt:${ctx.account}:${date}:${textOf(entry, 'NtryRef') ?? ''}:${indicator}:${amount.ore}`;
  const code = bankTransactionCode(entry);
  (txs.length > 0 ? txs : [undefined]).forEach((tx, i) => {
    const txPath = tx === undefined ? path : `${path}/NtryDtls/TxDtls[${i + 1}]`;
    // One transaction (or none) is the entry's booked amount; several each carry their own.
    const txAmount = txs.length <= 1 ? amount : transactionAmount(tx, txPath, errors);
    if (!txAmount) {
      errors.add('MISSING_ELEMENT', { path: `${txPath}/AmtDtls/TxAmt/Amt` });
      return;
    }
    const txCredit = (textOf(tx, 'CdtDbtInd') ?? indicator) === 'CRDT';
    const amountOre = txCredit ? txAmount.ore : -txAmount.ore;
    const { references, other, free } = remittance(tx);
    const txRef = textOf(tx, 'Refs', 'AcctSvcrRef');
    const endToEnd = textOf(tx, 'Refs', 'EndToEndId');
    const parties = first(tx, 'RltdPties');
    const own = bankgiroOf(first(parties, txCredit ? 'CdtrAcct' : 'DbtrAcct'));
    const e2e = endToEnd && endToEnd !== 'NOTPROVIDED' ? endToEnd : undefined;
    // Decision 0015: an entry of one payment is that payment (a statement may give it without the
    // transaction's reference); in an entry of several each is known by the bank's reference for it.
    const identity = txs.length <= 1 && entryRef ? entryIdentity
      : txRef ? `camt:tx:${txRef}`
      : txs.length <= 1 ? entryIdentity : `${entryIdentity}/${e2e ?? textOf(tx, 'Refs', 'TxId') ?? i + 1}`;
    payments.push({
      identity, entryIdentity, fingerprint: paymentFingerprint(date, amountOre, references), source: ctx.message,
      kind: credit && !reversal && txCredit ? 'payment' : 'return', amountOre, currency: txAmount.currency, bookingDate: date, valueDate,
      references, otherReferences: other, freeText: txs.length <= 1 ? [...free, ...texts(entry, 'AddtlNtryInf')] : free,
      receivingBankgiro: own ?? ctx.accountBankgiro, payer: partyOf(parties, txCredit ? 'Dbtr' : 'Cdtr'),
      refusal: txAmount.currency === 'SEK' ? null : 'currency_not_sek', bankTransactionCode: bankTransactionCode(tx) ?? code,
      returnReason: textOf(tx, 'RtrInf', 'Rsn', 'Cd') ?? null, lumpSum, path: txPath,
    });
  });
  return totals;
}

/** A transaction's amount: TxDtls/Amt (later versions) or AmtDtls/TxAmt/Amt; null when it has none. */
function transactionAmount(tx: XmlValue | undefined, path: string, errors: ErrorList): Amount | null {
  const own = first(tx, 'Amt');
  if (own !== undefined) return readAmount(own, `${path}/Amt`, errors);
  const booked = first(tx, 'AmtDtls', 'TxAmt', 'Amt');
  return booked === undefined ? null : readAmount(booked, `${path}/AmtDtls/TxAmt/Amt`, errors);
}

/**
 * A batch is reported in detail (a TxDtls a transaction: their count and sum must be the batch's and
 * the entry's) or as a lump sum (at most one TxDtls, the details sent in a camt.054). True when some
 * batch says it has more transactions than are listed.
 */
function checkBatches(details: XmlValue[], entryAmount: Amount, path: string, errors: ErrorList): boolean {
  let lumped = false;
  let total = 0;
  let complete = true;
  let count = 0;
  details.forEach((d, i) => {
    const txs = all(d, 'TxDtls');
    const amounts = txs.map((tx, j) => transactionAmount(tx, `${path}/NtryDtls[${i + 1}]/TxDtls[${j + 1}]`, new ErrorList()));
    const stated = textOf(d, 'Btch', 'NbOfTxs');
    if (stated !== undefined && Number(stated) > txs.length && txs.length <= 1) lumped = true;
    else if (stated !== undefined && Number(stated) !== txs.length) errors.add('COUNT_MISMATCH', { path: `${path}/NtryDtls[${i + 1}]/Btch/NbOfTxs` }, { stated: Number(stated), actual: txs.length });
    const sum = amounts.reduce((s, a) => s + (a?.ore ?? 0), 0);
    const batchTotal = textOf(d, 'Btch', 'TtlAmt');
    if (batchTotal !== undefined && txs.length > 1 && amounts.every((a) => a) && amountToOre(batchTotal) !== sum) {
      errors.add('SUM_MISMATCH', { path: `${path}/NtryDtls[${i + 1}]/Btch/TtlAmt` }, { statedOre: amountToOre(batchTotal) ?? batchTotal, actualOre: sum });
    }
    complete &&= amounts.every((a) => a && a.currency === entryAmount.currency);
    total += sum;
    count += txs.length;
  });
  if (count > 0 && complete && total !== entryAmount.ore) errors.add('SUM_MISMATCH', { path: `${path}/Amt` }, { statedOre: entryAmount.ore, actualOre: total });
  return lumped;
}

/** The message, version and body names a Document's namespace declares, or the error that refuses it. */
function messageOf(root: string, namespace: string): FileResult<{ message: CamtMessage; version: string }> {
  const m = ISO_NAMESPACE.exec(namespace);
  if (root !== 'Document' || !m) return fail('NOT_ISO20022', { path: root }, { root, namespace });
  const messageId = `${m[1]}.${m[2]}`;
  if (m[1] !== 'camt.053' && m[1] !== 'camt.054') return fail('NOT_A_NOTIFICATION', { path: 'Document' }, { message: messageId });
  const version = m[2]!;
  const minor = Number(version.slice(4));
  if (!version.startsWith('001.') || minor < 2 || minor > 13) return fail('UNSUPPORTED_VERSION', { path: 'Document' }, { message: messageId });
  return { ok: true, value: { message: m[1], version } };
}

/** A report's (Ntfctn's or Stmt's) entries read as they were parsed, with their errors in file order. */
interface ReadEntries {
  payments: IncomingPayment[];
  ignored: IgnoredEntry[];
  /** Of the entries that had an amount. */
  totals: EntryTotals[];
  count: number;
  errors: ErrorList;
}

function entryContext(message: CamtMessage, report: XmlValue | undefined, path: string, errors: ErrorList): EntryContext {
  const accountNode = first(report, 'Acct');
  const account = textOf(accountNode, 'Id', 'IBAN') ?? textOf(accountNode, 'Id', 'Othr', 'Id') ?? '';
  return { message, account, accountBankgiro: bankgiroOf(accountNode), errors, path };
}

/**
 * The checks over the whole file, on its tree: the header, each report, its entries (read here from
 * the tree, or before, as they were parsed: `read`), the control sums. Nothing is partial: the file's
 * payments, or every error.
 */
function checkCamt(tree: XmlNode, read: (report: number) => ReadEntries | undefined): FileResult<CamtFile> {
  const roots = Object.keys(tree).filter((k) => !k.startsWith('#') && !k.startsWith('?'));
  const document = tree.Document;
  const namespace = document === undefined ? '' : namespaceOf(document);
  if (roots.length !== 1 || document === undefined) return fail('NOT_ISO20022', { path: roots[0] ?? '' }, { root: roots[0] ?? '', namespace });
  const known = messageOf('Document', namespace);
  if (!known.ok) return known;
  const { message, version } = known.value;

  const errors = new ErrorList();
  const { body: bodyName, report: reportName } = BODY[message];
  const body = first(document, bodyName);
  const bodyPath = `Document/${bodyName}`;
  if (body === undefined) return fail('MISSING_ELEMENT', { path: bodyPath });
  const header = first(body, 'GrpHdr');
  if (header === undefined) errors.add('MISSING_ELEMENT', { path: `${bodyPath}/GrpHdr` });
  const msgId = required(header, 'MsgId', `${bodyPath}/GrpHdr`, errors);
  const createdAt = required(header, 'CreDtTm', `${bodyPath}/GrpHdr`, errors);
  const reports = all(body, reportName);
  if (reports.length === 0) errors.add('MISSING_ELEMENT', { path: `${bodyPath}/${reportName}` });

  const payments: IncomingPayment[] = [];
  const ignored: IgnoredEntry[] = [];
  const summaries: CamtReport[] = [];
  reports.forEach((report, r) => {
    const path = `${bodyPath}/${reportName}[${r + 1}]`;
    const id = required(report, 'Id', path, errors);
    required(report, 'CreDtTm', path, errors);
    const ctx = entryContext(message, report, '', errors);
    if (ctx.account === '') errors.add('MISSING_ELEMENT', { path: `${path}/Acct/Id` });
    if (message === 'camt.053' && all(report, 'Bal').length === 0) errors.add('MISSING_ELEMENT', { path: `${path}/Bal` });
    let entries: EntryTotals[];
    let count: number;
    const before = read(r);
    if (before) {
      errors.append(before.errors);
      for (const p of before.payments) payments.push(p);
      for (const i of before.ignored) ignored.push(i);
      entries = before.totals;
      count = before.count;
    } else {
      const inTree = all(report, 'Ntry');
      entries = inTree.map((entry, e) => readEntry(entry, { ...ctx, path: `${path}/Ntry[${e + 1}]` }, payments, ignored)).filter((t): t is EntryTotals => t !== null);
      count = inTree.length;
    }
    if (entries.length === count) {
      checkSummary(report, path, entries, errors);
      if (message === 'camt.053') checkBalances(report, path, entries, errors);
    }
    summaries.push({ id, account: ctx.account, entries: entries.length });
  });
  if (!errors.empty) return errors.result();
  return { ok: true, value: { message, version, messageId: msgId, createdAt, reports: summaries, payments: uniqueIdentities(payments), ignored } };
}

/** A camt file's tree read whole (readXml) checked as parseCamt checks it: the reading parseCamt must agree with. */
export function parseCamtTree(tree: XmlNode): FileResult<CamtFile> {
  return checkCamt(tree, () => undefined);
}

/**
 * A camt.054 or camt.053 file's payments, or the reasons it is refused, each with its XML path. Read in
 * one pass (xml-stream.ts): each entry (Ntry) of a report is read when it ends and only its payments
 * are kept; the rest of the tree (header, account, summaries, balances) is checked at the end, as
 * parseCamtTree checks a tree read whole. An entry before its report's account (against the schema's
 * order) leaves that report's entries in the tree, read at the end.
 */
export function parseCamt(bytes: Uint8Array): FileResult<CamtFile> {
  let names: { message: CamtMessage; body: string; report: string } | null = null;
  let bodies = 0;
  let reports = -1;
  const read = new Map<number, ReadEntries>();
  let current: ReadEntries | null = null;
  let ctx: EntryContext | null = null;
  const xml = readXmlStream(bytes, {
    cut(path, parent, attributes) {
      switch (path.length) {
        case 1: {
          const declared = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@${k}`, v]));
          const known = messageOf(path[0]!, namespaceOf(declared));
          if (known.ok) names = { message: known.value.message, ...BODY[known.value.message] };
          return false;
        }
        case 2:
          if (names && path[1] === names.body) bodies += 1;
          return false;
        case 3:
          if (names && bodies === 1 && path[1] === names.body && path[2] === names.report) {
            reports += 1;
            current = null;
          }
          return false;
        case 4: {
          if (!names || bodies !== 1 || path[1] !== names.body || path[2] !== names.report || path[3] !== 'Ntry') return false;
          if (current === null) {
            // The report's first entry: read as they end when its account came before them, else from the tree.
            if (parent === null || first(parent, 'Acct') === undefined || read.has(reports) || all(parent, 'Ntry').length > 0) return false;
            const errors = new ErrorList();
            current = { payments: [], ignored: [], totals: [], count: 0, errors };
            ctx = entryContext(names.message, parent, '', errors);
            read.set(reports, current);
          }
          return true;
        }
        default:
          return false;
      }
    },
    take(entry) {
      const into = current!;
      const path = `Document/${names!.body}/${names!.report}[${reports + 1}]/Ntry[${into.count + 1}]`;
      into.count += 1;
      const totals = readEntry(entry, { ...ctx!, path }, into.payments, into.ignored);
      if (totals) into.totals.push(totals);
    },
  });
  if (!xml.ok) return xml;
  return checkCamt(xml.value, (r) => read.get(r));
}
