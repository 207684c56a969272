/** The ledger feature's public face: the board's export buttons. The import page is a lazy route. */
export { LedgerExportButtons } from './export-buttons';
