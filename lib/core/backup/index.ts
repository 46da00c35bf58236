export * from './backup-document';
export * from './parse-backup';
export * from './references';
