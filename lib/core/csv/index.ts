export * from './export-csv';
export * from './guess-mapping';
export * from './import-fields';
export * from './merge-prospects';
export * from './neutralise-formula';
export * from './parse-csv';
export * from './validate-row';
