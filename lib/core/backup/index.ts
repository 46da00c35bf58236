export * from './backup-document';
export * from './parse-backup';
export * from './references';
export * from './read-backup-text';
