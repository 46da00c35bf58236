export * from './suggest-content';
export { normalizeTag, type ProspectProfile } from './tag-match';
export * from './fill-template';
export * from './first-name';
export * from './starter-library';
export * from './filled-suggestion';
