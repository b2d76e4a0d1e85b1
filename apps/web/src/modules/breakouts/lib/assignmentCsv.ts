/**
 * The CSV reader of "import assignment", behind a dynamic import: it brings a CSV parser that only
 * the organiser who imports a file needs.
 */
export { parseAssignmentCsv } from '@hadir/domain';
