export * from './model';
export * from './schedule';
export * from './policies';
export * from './queue';
export * from './content';
