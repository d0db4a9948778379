// Bankfiler: receive a bank file (camt.054, camt.053 or BgMax) from the browser or a bank integration,
// the imports latest first, and one import's status, progress and report. Finance and administrators
// import (billing.edit); whoever reads billing follows.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import type { AppContext } from '../../http/context.ts';
import { IdParams, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { readOneFile, uploadLimits, uploadRateLimit } from '../../http/multipart.ts';
import { AppError } from '../../errors.ts';
import { findBankFile, listBankFiles, unmatchedOfFile } from '../../repositories/bank-files.ts';
import { BankFileListView, BankFileReceivedView, BankFileResponseView, bankFileRefusal, presentBankFile, presentBankFileDetail, receivedMessage } from '../../presenters/bank-files.ts';
import { BANK_FILE_MAX_BYTES, bankFileTooLarge, receiveBankFile } from '../../usecases/payments/receive-bank-file.ts';

export default async function backofficeBankFileRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(multipart, uploadLimits(BANK_FILE_MAX_BYTES));

  app.post('/api/backoffice/bank-files', {
    config: uploadRateLimit(ctx.config.uploadRateLimit),
    schema: {
      tags: ['backoffice'], consumes: ['multipart/form-data'],
      summary: 'Receive a bank file (field "file": camt.054, camt.053 or BgMax, at most 64 MB), read and checked whole: 202 and its import job, follow it at /api/backoffice/bank-files/{id}; the same bytes again answer 200 with the earlier import, nothing booked; a malformed file 422 BANK_FILE_REFUSED, nothing booked, with details.errors (each with its line or XML path and the reason in words) and details.bankFileId (the refused file, listed with the imports)',
      response: withErrors({ 200: BankFileReceivedView, 202: BankFileReceivedView }, 401, 403, 413, 415, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    // Refused by its size before a byte is read when it says how large it is.
    if (Number(request.headers['content-length'] ?? 0) > BANK_FILE_MAX_BYTES + 64 * 1024) throw bankFileTooLarge();
    const upload = await readOneFile(request, { tooLarge: 'BANK_FILE_TOO_LARGE' });
    // An empty part without a name is the browser's "no file chosen"; an empty file with a name is refused as empty.
    if (upload.data.length === 0 && !upload.filename) throw new AppError('NO_FILE');
    // A browser says where a request comes from; a bank integration posting the file does not.
    const source = request.headers['sec-fetch-site'] || request.headers.origin ? 'upload' : 'api';
    const received = await receiveBankFile(ctx, { bytes: upload.data, fileName: upload.filename, source, staffId: staff.userId, ip: request.ip });
    if (received.refused) throw bankFileRefusal(received.id, received.refused, request.lang);
    const found = (await findBankFile(ctx.db, received.id))!;
    return reply.status(received.alreadyImported ? 200 : 202).send({
      bankFile: presentBankFile(found), alreadyImported: received.alreadyImported, message: receivedMessage(received.alreadyImported, found, request.lang),
    });
  });

  app.get('/api/backoffice/bank-files', {
    schema: { tags: ['backoffice'], summary: 'Bank files received, latest first (at most 100), with their status and counts', response: withErrors({ 200: BankFileListView }, 401, 403) },
  }, async (request) => {
    authorize(request, 'billing.read');
    return { bankFiles: (await listBankFiles(ctx.db, 100)).map(presentBankFile) };
  });

  app.get('/api/backoffice/bank-files/:id', {
    schema: {
      tags: ['backoffice'], summary: "One import: status, progress, the report (payments read, matched, split, credit, unmatched, duplicates, totals per deposit), a refused file's errors in words",
      params: IdParams,
      response: withErrors({ 200: BankFileResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    const found = await findBankFile(ctx.db, request.params.id);
    if (!found) throw new AppError('NOT_FOUND');
    return { bankFile: presentBankFileDetail(found, await unmatchedOfFile(ctx.db, found.file.id, 200), request.lang) };
  });
}
