import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../../api';
import type { BankFileError } from '@api';
import { ErrorPlace } from './ReportSections';
import { bankFileHref } from './bankFileWords';

/** So many of a refused file's errors are listed in the form; its page lists them all. */
const LISTED = 10;

/** What the server says about a malformed file it refused (422 BANK_FILE_REFUSED): the file and every error. */
export interface Refusal {
  bankFileId: string;
  fileName: string;
  errors: BankFileError[];
}

export function refusalOf(error: ApiError, fileName: string): Refusal | undefined {
  if (error.code !== 'BANK_FILE_REFUSED') return undefined;
  const { bankFileId, errors } = error.details ?? {};
  return typeof bankFileId === 'string' && Array.isArray(errors) ? { bankFileId, fileName, errors: errors as BankFileError[] } : undefined;
}

/**
 * In the upload form's error summary: the refused file's errors, each with its line or XML path and the
 * reason in words (the first ten), and a link to the refused file's page, which lists them all.
 */
export function RefusedFileErrors({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation();
  const more = refusal.errors.length - LISTED;
  return (
    <>
      <h3 className="error-summary__subtitle">{t('backoffice.bankFiles.refusedErrors')}</h3>
      <ul className="error-summary__details">
        {refusal.errors.slice(0, LISTED).map((error, index) => (
          <li key={index}>
            {(error.line !== null || error.path) && (
              <>
                <ErrorPlace error={error} />:{' '}
              </>
            )}
            {error.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t('backoffice.bankFiles.refusedMore', { count: more })}</p>}
      <p>
        <Link to={bankFileHref(refusal.bankFileId)}>{t('backoffice.bankFiles.refusedLink', { name: refusal.fileName })}</Link>
      </p>
    </>
  );
}
